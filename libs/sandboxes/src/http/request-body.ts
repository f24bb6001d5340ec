import type { IncomingMessage } from 'node:http';
import { ControlError } from './control-error';

export const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

export interface BodyLimit {
  maxBytes?: number;
  /** What to throw past the limit, for vendors with their own envelope; a 413 by default. */
  tooLarge?: () => Error;
}

export async function readBody(request: IncomingMessage, limit: BodyLimit = {}): Promise<string> {
  const maxBytes = limit.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) throw limit.tooLarge?.() ?? new ControlError(413, 'Body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Control calls: an empty body is `{}`; anything but a JSON object is refused with a 400. */
export function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text || '{}');
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
      return parsed as Record<string, unknown>;
    }
  } catch {
    // refused below
  }
  throw new ControlError(400, 'Send a JSON object');
}

export async function readJsonObject(
  request: IncomingMessage,
  limit: BodyLimit = {},
): Promise<Record<string, unknown>> {
  return parseJsonObject(await readBody(request, limit));
}

/** A control call asking a sandbox to post somewhere: `{"url": "http(s)://…", …options}`. */
export function postTargetOf(input: Record<string, unknown>): {
  url: string;
  options: Record<string, unknown>;
} {
  const { url, ...options } = input;
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) {
    throw new ControlError(400, 'Send {"url":"http(s)://…"} with the address to post to');
  }
  return { url, options };
}
