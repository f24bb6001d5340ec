export { GoogleSheetsSandbox, GOOGLE_SHEETS_FAULT_MODES } from './google-sheets-sandbox';
export type {
  CellValue,
  GoogleSheetsFaultMode,
  GoogleSheetsRequest,
  GoogleSheetsSandboxOptions,
  SandboxSheet,
  SandboxSpreadsheet,
  SeedSheet,
  SeedSpreadsheet,
  ServiceAccountKey,
} from './google-sheets-sandbox';
