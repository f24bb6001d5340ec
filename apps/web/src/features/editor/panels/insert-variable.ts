/** The template tag for a sample variable, e.g. `{{ customer.name }}`. */
export function variableTag(path: string): string {
  return `{{ ${path} }}`;
}

export interface InsertResult {
  value: string;
  /** Where the caret goes: right after the inserted tag. */
  caret: number;
}

/**
 * Inserts `{{ path }}` at the cursor, replacing the selected text. Without a known cursor
 * (the field was never focused) the tag goes at the end.
 */
export function insertVariable(
  value: string,
  path: string,
  selectionStart: number | null,
  selectionEnd: number | null = selectionStart,
): InsertResult {
  const tag = variableTag(path);
  const clamp = (n: number) => Math.min(Math.max(n, 0), value.length);
  const start = selectionStart === null ? value.length : clamp(selectionStart);
  const end = selectionEnd === null ? start : Math.max(start, clamp(selectionEnd));
  return { value: value.slice(0, start) + tag + value.slice(end), caret: start + tag.length };
}
