import { A1ParseError, formatA1, parseA1, type A1Range } from './a1';
import {
  type AccessToken,
  apiError,
  type CellValue,
  DRIVE_SCOPES,
  formatted,
  type GoogleSheetsRequest,
  gridSize,
  raw,
  type SandboxSheet,
  type SandboxSpreadsheet,
  SPREADSHEET_MIME,
  trim,
  userEntered,
} from './google-sheets-wire';

// The Sheets v4 and Drive v3 calls the connector makes, answered from the sandbox's spreadsheets.

export function listFiles(
  spreadsheets: Map<string, SandboxSpreadsheet>,
  query: Record<string, string | string[]>,
  token: AccessToken,
): unknown {
  if (!token.scopes.some((scope) => DRIVE_SCOPES.includes(scope))) {
    throw apiError(403, 'Request had insufficient authentication scopes.');
  }
  const q = typeof query.q === 'string' ? query.q : '';
  const mime = /mimeType\s*=\s*'([^']+)'/.exec(q)?.[1];
  const files = mime && mime !== SPREADSHEET_MIME ? [] : [...spreadsheets.values()];
  const pageSize = Math.min(Number(query.pageSize ?? 100) || 100, 1000);
  const offset = Number(query.pageToken ?? 0) || 0;
  const page = files.slice(offset, offset + pageSize);
  return {
    kind: 'drive#fileList',
    incompleteSearch: false,
    ...(offset + pageSize < files.length ? { nextPageToken: String(offset + pageSize) } : {}),
    files: page.map((file) => ({
      kind: 'drive#file',
      mimeType: SPREADSHEET_MIME,
      id: file.id,
      name: file.title,
    })),
  };
}

export function sheetsCall(
  spreadsheets: Map<string, SandboxSpreadsheet>,
  method: string,
  segments: string[],
  entry: GoogleSheetsRequest,
): unknown {
  // segments: [id] | [id, 'values', range] | [id, 'values:batchGet'] | [id, 'values', 'range:append']
  const spreadsheet = spreadsheets.get(decodeURIComponent(segments[0]));
  if (!spreadsheet) throw apiError(404, 'Requested entity was not found.');
  if (segments.length === 1 && method === 'GET') return metadata(spreadsheet);
  if (segments.length === 2 && segments[1] === 'values:batchGet' && method === 'GET') {
    const ranges = entry.query.ranges ?? [];
    return {
      spreadsheetId: spreadsheet.id,
      valueRanges: (Array.isArray(ranges) ? ranges : [ranges]).map((range) =>
        readRange(spreadsheet, range, entry.query),
      ),
    };
  }
  if (segments.length === 3 && segments[1] === 'values') {
    const rawRange = segments[2];
    if (method === 'POST' && rawRange.endsWith(':append')) {
      return append(spreadsheet, decodeURIComponent(rawRange.slice(0, -':append'.length)), entry);
    }
    if (method === 'GET') {
      return readRange(spreadsheet, decodeURIComponent(rawRange), entry.query);
    }
  }
  throw apiError(404, 'Method not found.');
}

function metadata(spreadsheet: SandboxSpreadsheet): unknown {
  return {
    spreadsheetId: spreadsheet.id,
    properties: {
      title: spreadsheet.title,
      locale: 'en_US',
      autoRecalc: 'ON_CHANGE',
      timeZone: 'Etc/GMT',
    },
    sheets: spreadsheet.sheets.map((sheet, index) => ({
      properties: {
        sheetId: sheet.sheetId,
        title: sheet.title,
        index,
        sheetType: 'GRID',
        gridProperties: gridSize(sheet),
      },
    })),
    spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`,
  };
}

function resolve(
  spreadsheet: SandboxSpreadsheet,
  range: string,
): { sheet: SandboxSheet; bounds: Required<Omit<A1Range, 'sheet'>> } {
  let parsed: A1Range;
  try {
    parsed = parseA1(
      range,
      spreadsheet.sheets.map((sheet) => sheet.title),
    );
  } catch (error) {
    if (error instanceof A1ParseError) throw apiError(400, error.message);
    throw error;
  }
  const sheet =
    parsed.sheet === undefined
      ? spreadsheet.sheets[0]
      : spreadsheet.sheets.find((candidate) => candidate.title === parsed.sheet);
  if (!sheet) throw apiError(400, `Unable to parse range: ${range}`);
  const grid = gridSize(sheet);
  return {
    sheet,
    bounds: {
      startRow: parsed.startRow ?? 0,
      startColumn: parsed.startColumn ?? 0,
      endRow: Math.min(parsed.endRow ?? grid.rowCount - 1, grid.rowCount - 1),
      endColumn: Math.min(parsed.endColumn ?? grid.columnCount - 1, grid.columnCount - 1),
    },
  };
}

function readRange(
  spreadsheet: SandboxSpreadsheet,
  range: string,
  query: Record<string, string | string[]>,
): unknown {
  const { sheet, bounds } = resolve(spreadsheet, range);
  const render = query.valueRenderOption ?? 'FORMATTED_VALUE';
  const cells: (CellValue | null)[][] = [];
  for (let r = bounds.startRow; r <= bounds.endRow && r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    const out: (CellValue | null)[] = [];
    for (let c = bounds.startColumn; c <= bounds.endColumn && c < row.length; c++) {
      const value = row[c] ?? null;
      out.push(render === 'UNFORMATTED_VALUE' ? value : formatted(value));
    }
    cells.push(out);
  }
  let values = trim(cells);
  const majorDimension = query.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
  if (majorDimension === 'COLUMNS') {
    const width = Math.max(0, ...values.map((row) => row.length));
    values = trim(
      Array.from({ length: width }, (_, c) => values.map((row) => row[c] ?? '')),
    ) as CellValue[][];
  }
  return {
    range: formatA1(
      sheet.title,
      bounds.startRow,
      bounds.startColumn,
      bounds.endRow,
      bounds.endColumn,
    ),
    majorDimension,
    ...(values.length ? { values } : {}),
  };
}

function append(
  spreadsheet: SandboxSpreadsheet,
  range: string,
  entry: GoogleSheetsRequest,
): unknown {
  const inputOption = entry.query.valueInputOption;
  if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED') {
    throw apiError(400, 'Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED');
  }
  const body = entry.body as { values?: unknown[][]; majorDimension?: string } | undefined;
  if (!body || !Array.isArray(body.values) || !body.values.every(Array.isArray)) {
    throw apiError(
      400,
      'Invalid JSON payload received. Unknown name "values": expected a list of rows.',
    );
  }
  const { sheet, bounds } = resolve(spreadsheet, range);
  const convert = inputOption === 'RAW' ? raw : userEntered;
  const newRows = body.values.map((row) => row.map(convert));

  // The "table": the first block of consecutive non-empty rows inside the range; rows go
  // right after it, starting at its first column (Sheets' documented append behaviour).
  const hasData = (r: number) =>
    (sheet.rows[r] ?? []).some(
      (value, c) => c >= bounds.startColumn && c <= bounds.endColumn && value !== null,
    );
  let first = bounds.startRow;
  const lastDataRow = sheet.rows.length - 1;
  while (first <= lastDataRow && !hasData(first)) first++;
  let tableRange: string | undefined;
  let insertAt = bounds.startRow;
  let startColumn = bounds.startColumn;
  if (first <= lastDataRow) {
    let last = first;
    while (last + 1 <= lastDataRow && hasData(last + 1)) last++;
    const used = sheet.rows.slice(first, last + 1);
    const columns = used.flatMap((row) =>
      row.flatMap((value, c) =>
        value !== null && c >= bounds.startColumn && c <= bounds.endColumn ? [c] : [],
      ),
    );
    startColumn = Math.min(...columns);
    tableRange = formatA1(sheet.title, first, startColumn, last, Math.max(...columns));
    insertAt = last + 1;
  }
  const width = Math.max(1, ...newRows.map((row) => row.length));
  const placed = newRows.map((row) => {
    const cells: (CellValue | null)[] = Array<CellValue | null>(startColumn).fill(null);
    return cells.concat(row);
  });
  while (sheet.rows.length < insertAt) sheet.rows.push([]);
  if (entry.query.insertDataOption === 'INSERT_ROWS') {
    sheet.rows.splice(insertAt, 0, ...placed);
  } else {
    placed.forEach((row, i) => {
      const existing = sheet.rows[insertAt + i] ?? [];
      const merged = [...existing];
      row.forEach((value, c) => {
        if (c >= startColumn) merged[c] = value;
      });
      sheet.rows[insertAt + i] = merged;
    });
  }
  const updatedRange = formatA1(
    sheet.title,
    insertAt,
    startColumn,
    insertAt + newRows.length - 1,
    startColumn + width - 1,
  );
  return {
    spreadsheetId: spreadsheet.id,
    ...(tableRange ? { tableRange } : {}),
    updates: {
      spreadsheetId: spreadsheet.id,
      updatedRange,
      updatedRows: newRows.length,
      updatedColumns: width,
      updatedCells: newRows.reduce((sum, row) => sum + row.length, 0),
    },
  };
}
