import type { InboundRequest, UploadedFileInfo } from './connector';
import { InboundRejectedError } from './errors';

/** Deepest nesting a call's JSON may have; vendors send a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/**
 * Never passed on or stored: they authenticate a browser or client to Fluxo itself, not a
 * vendor's call to its source.
 */
const WITHHELD_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

/** A call's body the host cannot read; the call is stored with this reason and refused. */
export class InboundBodyError extends InboundRejectedError {
  constructor(statusCode: 400 | 415, code: string, message: string) {
    super(statusCode, code, message);
    this.name = 'InboundBodyError';
  }
}

/** An HTTP call as it arrived, before anything looked into it. */
export interface RawInboundCall {
  method: string;
  /** The full URL the vendor called. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string>;
  rawBody: Buffer;
}

/** Lower-cased names, repeated headers joined, Fluxo's own credentials left out. */
export function inboundHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    if (value === undefined || WITHHELD_HEADERS.has(key)) continue;
    flat[key] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}

/**
 * The InboundRequest a source's verify and parse see. The one way it is built: by the host
 * for hook calls and status callbacks, and by the hook test harness, so connector specs meet
 * exactly what production hands them.
 */
export async function buildInboundRequest(call: RawInboundCall): Promise<InboundRequest> {
  const headers = inboundHeaders(call.headers);
  const contentType = headers['content-type'] ?? '';
  return {
    method: call.method,
    headers,
    query: call.query,
    contentType,
    ...(await parseInboundBody(contentType, call.rawBody)),
    rawBody: call.rawBody,
    url: call.url,
  };
}

export type BodyKind = 'json' | 'form' | 'multipart';

/** How a body with this Content-Type is read, or null for a type calls may not use. */
export function bodyKindOf(contentType: string): BodyKind | null {
  const mediaType = mediaTypeOf(contentType);
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'json';
  if (mediaType === 'application/x-www-form-urlencoded') return 'form';
  if (mediaType === 'multipart/form-data') return 'multipart';
  return null;
}

const mediaTypeOf = (contentType: string) => contentType.split(';')[0].trim().toLowerCase();

/**
 * Parses a body by its content type. Every failure is an InboundBodyError with the status and
 * the words the sender needs to fix the request.
 */
export async function parseInboundBody(
  contentType: string,
  raw: Buffer,
): Promise<{ body: unknown; files: UploadedFileInfo[] }> {
  if (raw.length === 0) {
    throw new InboundBodyError(
      400,
      'EMPTY_BODY',
      'The request has no body; send the form fields or a JSON object',
    );
  }
  switch (bodyKindOf(contentType)) {
    case 'json':
      return { body: parseJson(raw), files: [] };
    case 'form':
      return { body: collectFields(new URLSearchParams(raw.toString('utf8'))), files: [] };
    case 'multipart':
      return parseMultipart(contentType, raw);
  }
  throw new InboundBodyError(
    415,
    'UNSUPPORTED_CONTENT_TYPE',
    `Content type "${mediaTypeOf(contentType) || '(none)'}" is not accepted; send application/json, application/x-www-form-urlencoded or multipart/form-data`,
  );
}

function parseJson(raw: Buffer): unknown {
  let body: unknown;
  try {
    body = JSON.parse(raw.toString('utf8'));
  } catch (error) {
    throw new InboundBodyError(
      400,
      'INVALID_JSON',
      `The body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (nestedDeeperThan(body, MAX_JSON_DEPTH)) {
    throw new InboundBodyError(
      400,
      'JSON_TOO_DEEP',
      `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep`,
    );
  }
  return body;
}

async function parseMultipart(
  contentType: string,
  raw: Buffer,
): Promise<{ body: unknown; files: UploadedFileInfo[] }> {
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new InboundBodyError(
      400,
      'INVALID_MULTIPART',
      'The multipart body could not be read; check its boundary',
    );
  }
  const fields: [string, string][] = [];
  const files: UploadedFileInfo[] = [];
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields.push([name, value]);
    else files.push({ field: name, filename: value.name, mimeType: value.type, size: value.size });
  }
  return { body: collectFields(fields), files };
}

/** Repeated names (checkboxes, multi-selects) become arrays, single ones stay strings. */
function collectFields(entries: Iterable<[string, string]>): Record<string, string | string[]> {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of entries) {
    const existing = fields[name];
    if (existing === undefined) fields[name] = value;
    else fields[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return fields;
}

/** Whether `value` nests objects and arrays deeper than `max`; walks without recursion. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  while (pending.length) {
    const [current, depth] = pending.pop() as [unknown, number];
    if (!current || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(current)) {
      if (child && typeof child === 'object') pending.push([child, depth + 1]);
    }
  }
  return false;
}
