import { createHash } from 'node:crypto';

/*
 * Which rows of a sheet are new, without trusting row numbers (they shift on every insert and
 * delete). Each data row gets an identity key; the host keeps items whose key it has not seen.
 *
 * - A row's key starts as a hash of its content plus an occurrence counter, so two identical
 *   rows are two items and a row keeps its key when rows above it are inserted or deleted.
 * - The cursor remembers, for the last MAX_TRACKED_ROWS rows, a short fingerprint of each row
 *   (its content hash plus a 2-character hash per cell) and the keys that are not simply
 *   "content hash #1". On the next poll a row whose content was there before keeps that row's
 *   key (even when moved or sorted). A row with unseen content is paired with a row that
 *   disappeared if more than half of their non-empty cells are equal, column by column: that
 *   is an edit and the row keeps the old key, so it is not sent again. Anything else is new.
 *
 * Trade-offs: a row deleted and a similar one typed in between two polls reads as an edit
 * (not sent); a row edited in most of its cells reads as new (sent). Rows above the tracked
 * window keep their content keys, so only edits up there are sent again. Deleting a row and
 * typing exactly the same content again is not new. Every choice errs on the side of the
 * common case: new rows appended or inserted, old rows corrected in one or two cells.
 */

/** Fingerprints of this many rows (from the bottom) are kept: about 40 bytes per row. */
export const MAX_TRACKED_ROWS = 5000;
/** Cells compared for edits; later columns only count through the content hash. */
const MAX_COMPARED_CELLS = 30;
const MAX_EDIT_COMPARISONS = 2_000_000;

export interface RowIdentityCursor {
  v: 1;
  /** `<content hash>.<cell hashes>` per tracked data row, in sheet order. */
  rows: string[];
  /** Keys that differ from `<content hash>#1`, by index into `rows`. */
  keys: Record<string, string>;
  /** Highest occurrence handed out per content hash, when above 1. */
  counts: Record<string, number>;
}

export interface KeyedRow {
  /** Position in the list given to `assignRowKeys`. */
  index: number;
  key: string;
}

function hash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}

export function contentHash(cells: string[]): string {
  return hash(JSON.stringify(cells), 16);
}

function fingerprint(cells: string[]): string {
  const perCell = cells
    .slice(0, MAX_COMPARED_CELLS)
    .map((cell) => (cell === '' ? '__' : hash(cell, 2)))
    .join('');
  return `${contentHash(cells)}.${perCell}`;
}

function parseKey(key: string): { content: string; occurrence: number } {
  const at = key.lastIndexOf('#');
  return { content: key.slice(0, at), occurrence: Number(key.slice(at + 1)) || 1 };
}

function cellHashes(print: string): string[] {
  return (print.split('.')[1] ?? '').match(/.{2}/g) ?? [];
}

/** More than half of the non-empty cells are equal in the same columns. */
function similar(a: string[], b: string[]): boolean {
  let equal = 0;
  let filledA = 0;
  let filledB = 0;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i] ?? '__';
    const right = b[i] ?? '__';
    if (left !== '__') filledA++;
    if (right !== '__') filledB++;
    if (left !== '__' && left === right) equal++;
  }
  return equal * 2 > Math.max(filledA, filledB);
}

function isCursor(value: unknown): value is RowIdentityCursor {
  const cursor = value as RowIdentityCursor | undefined;
  return (
    !!cursor &&
    cursor.v === 1 &&
    Array.isArray(cursor.rows) &&
    typeof cursor.keys === 'object' &&
    typeof cursor.counts === 'object'
  );
}

/**
 * Gives every (non-empty, trimmed) data row a key, carrying keys over from the previous poll
 * as described above, and returns the cursor for the next poll.
 */
export function assignRowKeys(
  rows: string[][],
  previous: unknown,
): { keyed: KeyedRow[]; cursor: RowIdentityCursor } {
  const prints = rows.map(fingerprint);
  const before = isCursor(previous) ? previous : { v: 1 as const, rows: [], keys: {}, counts: {} };
  const counts: Record<string, number> = { ...before.counts };

  // Previous rows still unclaimed, by fingerprint, in order.
  const unclaimed = new Map<string, { index: number; key: string }[]>();
  before.rows.forEach((print, index) => {
    const key = before.keys[index] ?? `${print.split('.')[0]}#1`;
    const list = unclaimed.get(print) ?? [];
    list.push({ index, key });
    unclaimed.set(print, list);
  });

  const keys: (string | undefined)[] = prints.map((print) => unclaimed.get(print)?.shift()?.key);

  // Unmatched current rows: edits of a vanished previous row, or new. Past a few million
  // comparisons (a whole column rewritten in a huge sheet) edits are no longer looked for.
  const vanished = [...unclaimed.entries()].flatMap(([print, list]) =>
    list.map((entry) => ({ cells: cellHashes(print), ...entry })),
  );
  const unmatched = prints.flatMap((print, i) => (keys[i] ? [] : [i]));
  if (vanished.length && unmatched.length * vanished.length <= MAX_EDIT_COMPARISONS) {
    const taken = new Set<number>();
    for (const i of unmatched) {
      const cells = cellHashes(prints[i]);
      const edited = vanished.find((old) => !taken.has(old.index) && similar(old.cells, cells));
      if (edited) {
        taken.add(edited.index);
        keys[i] = edited.key;
      }
    }
  }

  // Occurrences already in use among carried keys, so a new identical row gets the next one.
  for (const key of keys) {
    if (!key) continue;
    const { content, occurrence } = parseKey(key);
    counts[content] = Math.max(counts[content] ?? 1, occurrence);
  }
  const seenNow = new Set(keys.filter((key): key is string => !!key));
  prints.forEach((print, i) => {
    if (keys[i]) return;
    const content = print.split('.')[0];
    let occurrence =
      seenNow.has(`${content}#1`) || counts[content] ? (counts[content] ?? 1) + 1 : 1;
    while (seenNow.has(`${content}#${occurrence}`)) occurrence++;
    counts[content] = Math.max(counts[content] ?? 1, occurrence);
    keys[i] = `${content}#${occurrence}`;
    seenNow.add(keys[i] as string);
  });

  const start = Math.max(0, prints.length - MAX_TRACKED_ROWS);
  const cursor: RowIdentityCursor = { v: 1, rows: prints.slice(start), keys: {}, counts: {} };
  for (let i = start; i < prints.length; i++) {
    const key = keys[i] as string;
    if (key !== `${prints[i].split('.')[0]}#1`) cursor.keys[String(i - start)] = key;
  }
  // Only contents still in the sheet need their count (so a new identical row gets a fresh key).
  const present = new Set(prints.map((print) => print.split('.')[0]));
  for (const [content, count] of Object.entries(counts)) {
    if (count > 1 && present.has(content)) cursor.counts[content] = count;
  }
  return {
    keyed: keys.map((key, index) => ({ index, key: key as string })),
    cursor,
  };
}
