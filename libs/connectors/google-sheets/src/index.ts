import { defineConnector } from '@fluxo/connector-sdk';
import { googleSheetsAuth, GOOGLE_SHEETS_CHECK_PHRASES } from './auth';
import { googleSheetsLogoSvg } from './logo';
import { addRowReceiver } from './receivers/add-row.receiver';
import { newRowsSource } from './sources/new-rows.source';
import { SHEETS_ERROR_PHRASES } from './client';
import { googleSheetsTranslations } from './translations';

export const googleSheetsConnector = defineConnector({
  key: 'google-sheets',
  name: 'Google Sheets',
  description: 'Read new rows from a Google Sheet, or add rows to one.',
  group: 'spreadsheets',
  logoSvg: googleSheetsLogoSvg,
  auth: googleSheetsAuth,
  sources: [newRowsSource],
  receivers: [addRowReceiver],
  translations: googleSheetsTranslations,
  phrases: [...Object.values(GOOGLE_SHEETS_CHECK_PHRASES), ...SHEETS_ERROR_PHRASES],
});

export { checkGoogleSheetsAccount, googleSheetsAuthFields, googleSheetsOAuth2 } from './auth';
export {
  DEFAULT_API_BASE_URL,
  GOOGLE_SCOPES,
  REVOKED_MESSAGE,
  gaxiosFetch,
  googleClients,
  parseSpreadsheetRef,
  toDeliveryError,
} from './client';
export { loadColumns, loadSheets, loadSpreadsheets } from './option-loaders';
export { addRowFields, addRowReceiver, parseNamedLines } from './receivers/add-row.receiver';
export { newRowsSource } from './sources/new-rows.source';
export type { NewRowsCursor } from './sources/new-rows.source';
export { assignRowKeys, MAX_TRACKED_ROWS } from './row-identity';
export type { RowIdentityCursor } from './row-identity';
