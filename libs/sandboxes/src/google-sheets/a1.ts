/**
 * A1 notation as the Sheets API reads it: `Sheet1`, `'My Sheet'!A1:D`, `A:C`, `B2`, `2:5`.
 * Bounds left open (a missing row or column) stay undefined; the caller clips them to the grid.
 */
export interface A1Range {
  /** Undefined when the range names no sheet (`A1:B2`): the first sheet is meant. */
  sheet?: string;
  /** 0-based, inclusive; undefined = open. */
  startRow?: number;
  endRow?: number;
  startColumn?: number;
  endColumn?: number;
}

export class A1ParseError extends Error {
  constructor(readonly range: string) {
    super(`Unable to parse range: ${range}`);
    this.name = 'A1ParseError';
  }
}

const CELL = /^([A-Za-z]{0,3})(\d{0,7})$/;

/** 'A' -> 0, 'Z' -> 25, 'AA' -> 26. */
export function columnIndex(letters: string): number {
  let index = 0;
  for (const char of letters.toUpperCase()) index = index * 26 + (char.charCodeAt(0) - 64);
  return index - 1;
}

/** 0 -> 'A', 26 -> 'AA'. */
export function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

interface CellRef {
  column?: number;
  row?: number;
}

function parseCell(text: string, range: string): CellRef {
  const match = CELL.exec(text);
  if (!match || (!match[1] && !match[2])) throw new A1ParseError(range);
  const row = match[2] ? Number(match[2]) - 1 : undefined;
  if (row !== undefined && row < 0) throw new A1ParseError(range);
  return { column: match[1] ? columnIndex(match[1]) : undefined, row };
}

/** Splits `'It''s'!A1` into the sheet name (quotes undone) and the cell part. */
function splitSheet(range: string): { sheet?: string; cells?: string } {
  if (range.startsWith("'")) {
    let name = '';
    let i = 1;
    for (; i < range.length; i++) {
      if (range[i] === "'") {
        if (range[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += range[i];
    }
    if (i >= range.length) throw new A1ParseError(range);
    const rest = range.slice(i + 1);
    if (rest === '') return { sheet: name };
    if (!rest.startsWith('!')) throw new A1ParseError(range);
    return { sheet: name, cells: rest.slice(1) };
  }
  const bang = range.lastIndexOf('!');
  if (bang >= 0) return { sheet: range.slice(0, bang), cells: range.slice(bang + 1) };
  return { cells: range };
}

function looksLikeCells(text: string): boolean {
  return (
    text.split(':').every((part) => CELL.test(part) && part !== '') && text.split(':').length <= 2
  );
}

/**
 * Parses a range. A bare word that is not a cell reference (`Sheet1`, `Orders`) is a sheet
 * name; `sheetNames` lets a sheet called like a cell (`A1`) still be found, as Sheets does.
 */
export function parseA1(range: string, sheetNames: readonly string[] = []): A1Range {
  const trimmed = range.trim();
  if (trimmed === '') throw new A1ParseError(range);
  const { sheet, cells } = splitSheet(trimmed);
  if (sheet !== undefined && sheet === '') throw new A1ParseError(range);
  if (cells === undefined) return { sheet };
  if (sheet === undefined && (sheetNames.includes(cells) || !looksLikeCells(cells))) {
    return { sheet: cells };
  }
  const parts = cells.split(':');
  if (parts.length > 2) throw new A1ParseError(range);
  const start = parseCell(parts[0], range);
  const end = parts.length === 2 ? parseCell(parts[1], range) : start;
  // `A:C` and `2:5` are whole columns / rows; a lone `A` or `2` is not valid A1.
  if (parts.length === 1 && (start.column === undefined || start.row === undefined)) {
    throw new A1ParseError(range);
  }
  const columnOnly = (cell: CellRef) => cell.row === undefined;
  const rowOnly = (cell: CellRef) => cell.column === undefined;
  if ((columnOnly(start) && rowOnly(end)) || (rowOnly(start) && columnOnly(end))) {
    throw new A1ParseError(range);
  }
  return {
    sheet,
    startRow: start.row,
    endRow: end.row,
    startColumn: start.column,
    endColumn: end.column,
  };
}

/** `My Sheet` -> `'My Sheet'`, `Sheet1` -> `Sheet1`, as Sheets writes ranges back. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !looksLikeCells(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Sheet1!A1:C3`; a single cell is written once (`Sheet1!B2`). */
export function formatA1(
  sheet: string,
  startRow: number,
  startColumn: number,
  endRow: number,
  endColumn: number,
): string {
  const start = `${columnLetters(startColumn)}${startRow + 1}`;
  const end = `${columnLetters(endColumn)}${endRow + 1}`;
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
