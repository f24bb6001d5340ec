export { GoogleSheetsSandbox } from './google-sheets-sandbox';
export { GOOGLE_SHEETS_FAULT_MODES } from './google-sheets-wire';
export type {
  CellValue,
  GoogleSheetsFault,
  GoogleSheetsFaultMode,
  GoogleSheetsRequest,
  GoogleSheetsSandboxOptions,
  SandboxSheet,
  SandboxSpreadsheet,
  SeedSheet,
  SeedSpreadsheet,
  ServiceAccountKey,
} from './google-sheets-wire';
