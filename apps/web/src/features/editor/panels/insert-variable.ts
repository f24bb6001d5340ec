/** How a variable can be inserted: as it is, or through one of the mapping language's filters. */
export const VARIABLE_FORMATS = [
  'plain',
  'upcase',
  'downcase',
  'capitalize',
  'dateDay',
  'dateIso',
  'dateTime',
  'round2',
  'default',
] as const;
export type VariableFormat = (typeof VARIABLE_FORMATS)[number];

const FILTERS: Record<Exclude<VariableFormat, 'plain' | 'default'>, string> = {
  upcase: 'upcase',
  downcase: 'downcase',
  capitalize: 'capitalize',
  dateDay: 'date: "%d.%m.%Y"',
  dateIso: 'date: "%Y-%m-%d"',
  dateTime: 'date: "%d.%m.%Y %H:%M"',
  round2: 'round: 2',
};

/** A LiquidJS string literal: backslashes and double quotes escaped. */
export function liquidString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The filter for a format, e.g. `date: "%d.%m.%Y"`; null inserts the variable as it is. */
export function formatFilter(format: VariableFormat, defaultText = ''): string | null {
  if (format === 'plain') return null;
  if (format === 'default') return `default: ${liquidString(defaultText)}`;
  return FILTERS[format];
}

/** The template tag for a sample variable, e.g. `{{ customer.name }}` or `{{ name | upcase }}`. */
export function variableTag(path: string, filter?: string | null): string {
  return filter ? `{{ ${path} | ${filter} }}` : `{{ ${path} }}`;
}

export interface InsertResult {
  value: string;
  /** Where the caret goes: right after the inserted tag. */
  caret: number;
}

/**
 * Inserts `{{ path }}` (or `{{ path | filter }}`) at the cursor, replacing the selected text.
 * Without a known cursor (the field was never focused) the tag goes at the end.
 */
export function insertVariable(
  value: string,
  path: string,
  selectionStart: number | null,
  selectionEnd: number | null = selectionStart,
  filter?: string | null,
): InsertResult {
  const tag = variableTag(path, filter);
  const clamp = (n: number) => Math.min(Math.max(n, 0), value.length);
  const start = selectionStart === null ? value.length : clamp(selectionStart);
  const end = selectionEnd === null ? start : Math.max(start, clamp(selectionEnd));
  return { value: value.slice(0, start) + tag + value.slice(end), caret: start + tag.length };
}
