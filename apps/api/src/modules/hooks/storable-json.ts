/**
 * PostgreSQL's jsonb refuses two things JavaScript strings may hold: the NUL character and
 * UTF-16 surrogates without their pair (JSON's "\ud800" escape makes one). A vendor's call is
 * stored as received in bytes; the copies kept as jsonb (headers, query, item payloads) get
 * U+FFFD in their place, as a UTF-8 decoder does for bytes it cannot read.
 */
// eslint-disable-next-line no-control-regex -- NUL is exactly what must be found
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const REPLACEMENT = '\ufffd';

export function storableText(text: string): string {
  UNSTORABLE.lastIndex = 0;
  return UNSTORABLE.test(text) ? text.replace(UNSTORABLE, REPLACEMENT) : text;
}

/** A copy of `value` whose every string, keys included, jsonb accepts. */
export function storableJson<T>(value: T): T {
  if (typeof value === 'string') return storableText(value) as T;
  if (Array.isArray(value)) return value.map(storableJson) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) copy[storableText(key)] = storableJson(item);
    return copy as T;
  }
  return value;
}
