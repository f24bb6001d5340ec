/** Stored in place of a value too big to keep in run history. */
export interface TruncatedJson {
  _truncated: true;
  /** UTF-8 size of the value's JSON, or -1 when it cannot be serialised at all. */
  _originalBytes: number;
  /** The start of the JSON text, so the user still sees what arrived. */
  preview: string;
}

const encoder = new TextEncoder();

const byteLength = (text: string) => encoder.encode(text).length;

/** Longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, never splitting a character. */
function prefixWithinBytes(text: string, maxBytes: number): string {
  if (maxBytes <= 0) return '';
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const size = byteLength(char);
    if (bytes + size > maxBytes) break;
    bytes += size;
    end += char.length;
  }
  return text.slice(0, end);
}

function marker(originalBytes: number, preview: string): TruncatedJson {
  return { _truncated: true, _originalBytes: originalBytes, preview };
}

/**
 * Returns `value` when its JSON fits in `maxBytes`, otherwise a marker whose own JSON fits
 * (as far as the marker's fixed keys allow) and keeps as much of the start as possible.
 */
export function capJson<T>(value: T, maxBytes: number): T | TruncatedJson {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch {
    // Cycles and BigInts: keep a marker rather than fail the run that carried them.
    return marker(-1, '');
  }
  if (json === undefined) return value;
  const originalBytes = byteLength(json);
  if (originalBytes <= maxBytes) return value;

  const overhead = byteLength(JSON.stringify(marker(originalBytes, '')));
  let budget = maxBytes - overhead;
  let preview = prefixWithinBytes(json, budget);
  // Escaping quotes and backslashes grows the preview inside the marker; shrink until it fits.
  for (;;) {
    const excess = byteLength(JSON.stringify(marker(originalBytes, preview))) - maxBytes;
    if (excess <= 0 || preview === '') break;
    budget -= excess;
    preview = prefixWithinBytes(json, budget);
  }
  return marker(originalBytes, preview);
}
