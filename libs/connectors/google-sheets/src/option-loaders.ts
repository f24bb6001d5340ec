import type { OptionsLoader } from '@fluxo/connector-sdk';
import { googleClients, parseSpreadsheetRef, sheetRange, toDeliveryError } from './client';
import { normaliseRow } from './settings';

const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const PASTE_HINT = 'Paste the spreadsheet link instead';

/** The account's spreadsheets from Drive; accounts that may not list get a hint instead. */
export const loadSpreadsheets: OptionsLoader = async (ctx) => {
  const clients = await googleClients(ctx);
  try {
    const { data } = await clients.drive.files.list({
      q: `mimeType='${SPREADSHEET_MIME}' and trashed=false`,
      fields: 'nextPageToken, files(id, name)',
      orderBy: 'modifiedTime desc',
      pageSize: 200,
      supportsAllDrives: true,
      includeItemsFromAllDrives: true,
    });
    const options = (data.files ?? []).flatMap((file) =>
      file.id ? [{ value: file.id, label: file.name || file.id }] : [],
    );
    return options.length ? { options } : { options, hint: PASTE_HINT };
  } catch (error) {
    const status = (error as { response?: { status?: number } }).response?.status;
    // No Drive scope, Drive API off for the project, or a key that may not list files.
    if (status === 401 || status === 403 || status === 404)
      return { options: [], hint: PASTE_HINT };
    throw toDeliveryError(error, { serviceAccountEmail: clients.serviceAccountEmail });
  }
};

export const loadSheets: OptionsLoader = async (ctx) => {
  if (!String(ctx.settings.spreadsheet ?? '').trim()) {
    return { options: [], hint: 'Choose a spreadsheet first' };
  }
  const ref = parseSpreadsheetRef(ctx.settings.spreadsheet);
  const clients = await googleClients(ctx);
  try {
    const { data } = await clients.sheets.spreadsheets.get({
      spreadsheetId: ref.id,
      fields: 'sheets.properties(sheetId,title)',
    });
    return {
      options: (data.sheets ?? []).flatMap((sheet) =>
        sheet.properties?.title
          ? [{ value: sheet.properties.title, label: sheet.properties.title }]
          : [],
      ),
    };
  } catch (error) {
    throw toDeliveryError(error, {
      spreadsheetId: ref.id,
      serviceAccountEmail: clients.serviceAccountEmail,
    });
  }
};

/** The header row of the chosen sheet. */
export const loadColumns: OptionsLoader = async (ctx) => {
  if (!String(ctx.settings.spreadsheet ?? '').trim()) {
    return { options: [], hint: 'Choose a spreadsheet first' };
  }
  const sheet = String(ctx.settings.sheet ?? '').trim();
  if (!sheet) return { options: [], hint: 'Choose a sheet first' };
  const ref = parseSpreadsheetRef(ctx.settings.spreadsheet);
  const clients = await googleClients(ctx);
  try {
    const { data } = await clients.sheets.spreadsheets.values.get({
      spreadsheetId: ref.id,
      range: sheetRange(sheet, '1:1'),
    });
    const header = normaliseRow(data.values?.[0]).filter((cell) => cell !== '');
    if (!header.length) {
      return {
        options: [],
        hint: 'The first row of this sheet is empty: type the column names there',
      };
    }
    return { options: header.map((name) => ({ value: name, label: name })) };
  } catch (error) {
    throw toDeliveryError(error, {
      spreadsheetId: ref.id,
      sheet,
      serviceAccountEmail: clients.serviceAccountEmail,
    });
  }
};
