/**
 * Reading vendor payloads, which arrive as `unknown` and whose fields change type between
 * variants (PayT's flat form post sends numbers as strings, Mercado Pago sends ids as numbers):
 * a reader never throws and answers "nothing" for a value of the wrong shape.
 */

export type PayloadRecord = Record<string, unknown>;

/** A JSON object (not an array, not null). */
export function isRecord(value: unknown): value is PayloadRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The object at a field, or an empty one, so nested reads need no checks. */
export function recordAt(value: unknown): PayloadRecord {
  return isRecord(value) ? value : {};
}

/** A scalar as text; '' for null, undefined, objects and arrays. */
export function textOf(value: unknown): string {
  return value === undefined || value === null || typeof value === 'object' ? '' : String(value);
}

/** A non-empty string or a number as text; null otherwise (so a variable reads as missing). */
export function textOrNull(value: unknown): string | null {
  return (typeof value === 'string' && value !== '') || typeof value === 'number'
    ? String(value)
    : null;
}

/** A finite number, or a string holding one; null for blanks and anything else. */
export function numberOf(value: unknown): number | null {
  const parsed = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof parsed === 'number' && Number.isFinite(parsed) ? parsed : null;
}
