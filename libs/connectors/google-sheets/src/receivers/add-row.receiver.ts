import {
  defineField,
  defineReceiver,
  PermanentDeliveryError,
  type ConnectorContext,
} from '@fluxo/connector-sdk';
import {
  googleClients,
  parseSpreadsheetRef,
  resolveSheetTitle,
  sheetRange,
  toDeliveryError,
  type GoogleClients,
} from '../client';
import { sheetField, spreadsheetField } from '../fields';
import { loadColumns } from '../option-loaders';
import { normaliseRow } from '../settings';

export const addRowFields = [
  spreadsheetField,
  sheetField,
  defineField({
    key: 'row',
    label: 'Row as text',
    type: 'textarea',
    required: false,
    placeholder: 'Name: {{customer.name}}\nEmail: {{customer.email}}',
    help:
      'Optional, instead of the columns below: one value per column, in column order, separated ' +
      'by a Tab, or written as column: value lines, e.g. `Name: {{customer.name}}`',
  }),
] as const;

/** Mapped columns arrive as `column:<header>` payload keys (the receiver's dynamic fields). */
export const COLUMN_KEY_PREFIX = 'column:';

function mappedColumns(payload: Record<string, unknown>): Map<string, string> {
  const columns = new Map<string, string>();
  for (const [key, value] of Object.entries(payload)) {
    if (!key.startsWith(COLUMN_KEY_PREFIX)) continue;
    const text = String(value ?? '');
    if (text.trim() !== '') columns.set(key.slice(COLUMN_KEY_PREFIX.length), text);
  }
  return columns;
}

const NAMED_LINE = /^\s*([^:\n]{1,100}?)\s*:[ \t]?(.*)$/;

/** `Header: value` lines, when the text has no Tab and starts with such a line. */
export function parseNamedLines(text: string): Map<string, string> | null {
  if (text.includes('\t')) return null;
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((line) => line.trim() !== '');
  if (first < 0 || !NAMED_LINE.test(lines[first])) return null;
  const named = new Map<string, string>();
  let current: string | undefined;
  for (const line of lines.slice(first)) {
    const match = NAMED_LINE.exec(line);
    if (match) {
      current = match[1];
      named.set(current, match[2]);
    } else if (current !== undefined) {
      // A line without "Header:" continues the previous value (an address on two lines).
      named.set(current, `${named.get(current)}\n${line}`);
    }
  }
  return named;
}

async function headerRow(
  clients: GoogleClients,
  spreadsheetId: string,
  sheet: string,
): Promise<string[]> {
  try {
    const { data } = await clients.sheets.spreadsheets.values.get({
      spreadsheetId,
      range: sheetRange(sheet, '1:1'),
    });
    return normaliseRow(data.values?.[0]);
  } catch (error) {
    throw toDeliveryError(error, {
      spreadsheetId,
      sheet,
      serviceAccountEmail: clients.serviceAccountEmail,
    });
  }
}

function mapOntoHeaders(named: Map<string, string>, header: string[], sheet: string): string[] {
  const row: string[] = header.map(() => '');
  for (const [name, value] of named) {
    const column = header.findIndex((cell) => cell.trim().toLowerCase() === name.toLowerCase());
    if (column < 0) {
      const real = header.filter((cell) => cell.trim() !== '');
      throw new PermanentDeliveryError(
        `The sheet "${sheet}" has no column "${name}". Its columns are: ${real.join(', ')}.`,
      );
    }
    row[column] = value;
  }
  return row;
}

/** The mapped value, else what older connections kept in the step's settings. */
function setting(payload: Record<string, string>, ctx: ConnectorContext, key: string): unknown {
  return payload[key]?.trim() ? payload[key] : ctx.settings[key];
}

export const addRowReceiver = defineReceiver({
  key: 'add-row',
  name: 'Add row',
  description: 'Adds a row at the bottom of a sheet, with each value under its column.',
  fields: addRowFields,
  outputs: [
    { key: 'updatedRange', label: 'Row added', example: 'Orders!A42:F42' },
    {
      key: 'spreadsheetUrl',
      label: 'Spreadsheet link',
      example: 'https://docs.google.com/spreadsheets/d/1AbC/edit',
    },
  ],
  dynamicFields: {
    loadOptions: loadColumns,
    dependsOn: ['spreadsheet', 'sheet'],
    keyPrefix: COLUMN_KEY_PREFIX,
    label: 'Columns',
    help: "The sheet's first row: map a value into each column you want filled.",
  },
  // Sheets' append has no idempotency key: a retry after a lost answer may add the row twice.
  async deliver(payload, ctx) {
    const clients = await googleClients(ctx);
    const ref = parseSpreadsheetRef(setting(payload, ctx, 'spreadsheet'));
    const sheet = await resolveSheetTitle(clients, ref, setting(payload, ctx, 'sheet'));
    const text = payload.row.replace(/\r?\n$/, '');
    const columns = mappedColumns(payload);
    const named = columns.size
      ? new Map([...(parseNamedLines(text) ?? []), ...columns])
      : parseNamedLines(text);
    let row: string[];
    if (named) {
      const header = await headerRow(clients, ref.id, sheet);
      if (!header.length) {
        throw new PermanentDeliveryError(
          `The first row of the sheet "${sheet}" is empty: type the column names there, or separate the values with Tabs.`,
        );
      }
      row = mapOntoHeaders(named, header, sheet);
    } else {
      row = text.split('\t');
    }
    while (row.length && row[row.length - 1].trim() === '') row.pop();
    if (!row.length)
      throw new PermanentDeliveryError('Nothing to add: every value of the row is empty.');

    try {
      const { data } = await clients.sheets.spreadsheets.values.append({
        spreadsheetId: ref.id,
        range: sheetRange(sheet),
        valueInputOption: 'USER_ENTERED',
        insertDataOption: 'INSERT_ROWS',
        requestBody: { majorDimension: 'ROWS', values: [row] },
      });
      return {
        response: {
          updatedRange: data.updates?.updatedRange ?? null,
          updatedRows: data.updates?.updatedRows ?? 0,
          spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${ref.id}/edit`,
        },
      };
    } catch (error) {
      throw toDeliveryError(error, {
        spreadsheetId: ref.id,
        sheet,
        serviceAccountEmail: clients.serviceAccountEmail,
      });
    }
  },
});
