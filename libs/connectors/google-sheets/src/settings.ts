/** Header texts as payload keys: blanks get the column letter, repeats a number. */
export function headerNames(header: string[]): string[] {
  const used = new Map<string, number>();
  return header.map((cell, index) => {
    const base = cell.trim() || columnLetter(index);
    const seen = used.get(base.toLowerCase()) ?? 0;
    used.set(base.toLowerCase(), seen + 1);
    return seen ? `${base} ${seen + 1}` : base;
  });
}

export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** Cells as text with whitespace-only cells blank and trailing blanks dropped. */
export function normaliseRow(row: unknown[] | undefined): string[] {
  const cells = (row ?? []).map((cell) => {
    const text = cell === null || cell === undefined ? '' : String(cell);
    return text.trim() === '' ? '' : text;
  });
  while (cells.length && cells[cells.length - 1] === '') cells.pop();
  return cells;
}
