import { defineSource, type SourceItem } from '@fluxo/connector-sdk';
import {
  googleClients,
  parseSpreadsheetRef,
  resolveSheetTitle,
  sheetRange,
  toDeliveryError,
} from '../client';
import { assignRowKeys, type RowIdentityCursor } from '../row-identity';
import { sheetField, spreadsheetField } from '../fields';
import { columnLetter, headerNames, normaliseRow } from '../settings';

export interface NewRowsCursor {
  /** `<spreadsheet id>/<sheet>`: another sheet starts from a clean slate. */
  sheet: string;
  identity: RowIdentityCursor;
}

function previousIdentity(cursor: unknown, sheet: string): unknown {
  const previous = cursor as Partial<NewRowsCursor> | undefined;
  return previous?.sheet === sheet ? previous.identity : undefined;
}

export const newRowsSource = defineSource({
  key: 'new-rows',
  name: 'New rows',
  description: 'Starts the connection for each new row of a sheet. The first row gives the names.',
  kind: 'polling',
  defaultIntervalMinutes: 5,
  newItemsRule:
    'A row counts as new the first time Fluxo sees its content. Editing an old row (changing ' +
    'fewer than half of its cells) does not send it again, and inserting, deleting or sorting ' +
    'rows never makes others repeat. Empty rows are skipped.',
  fields: [spreadsheetField, sheetField],
  async poll(ctx, cursor) {
    const clients = await googleClients(ctx);
    const ref = parseSpreadsheetRef(ctx.settings.spreadsheet);
    const title = await resolveSheetTitle(clients, ref, ctx.settings.sheet);
    let values: unknown[][];
    try {
      const { data } = await clients.sheets.spreadsheets.values.get({
        spreadsheetId: ref.id,
        range: sheetRange(title),
        majorDimension: 'ROWS',
        valueRenderOption: 'FORMATTED_VALUE',
      });
      values = data.values ?? [];
    } catch (error) {
      throw toDeliveryError(error, {
        spreadsheetId: ref.id,
        sheet: title,
        serviceAccountEmail: clients.serviceAccountEmail,
      });
    }
    const sheet = `${ref.id}/${title}`;
    const header = normaliseRow(values[0]);
    if (!header.length) return { items: [], cursor };

    const names = headerNames(header);
    const rows = values
      .slice(1)
      .map((row, index) => ({ number: index + 2, cells: normaliseRow(row) }))
      .filter((row) => row.cells.length > 0);
    const { keyed, cursor: identity } = assignRowKeys(
      rows.map((row) => row.cells),
      previousIdentity(cursor, sheet),
    );
    const items: SourceItem[] = keyed.map(({ index, key }) => {
      const { number, cells } = rows[index];
      const payload: Record<string, unknown> = {};
      names.forEach((name, column) => (payload[name] = cells[column] ?? ''));
      for (let column = names.length; column < cells.length; column++) {
        payload[columnLetter(column)] = cells[column];
      }
      payload._row = number;
      return { key, payload };
    });
    const next: NewRowsCursor = { sheet, identity };
    return { items, cursor: next };
  },
});
