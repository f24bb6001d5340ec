import type { UploadedFileInfo } from '@fluxo/connector-sdk';
import { HookBodyError } from './hooks.errors';
import { MAX_JSON_DEPTH, nestedDeeperThan } from './storable-json';

export interface ParsedHookBody {
  body: unknown;
  files: UploadedFileInfo[];
}

/**
 * Parses a hook's raw body by its content type. Every failure is a HookBodyError with the
 * status and words the sender needs to fix the request.
 */
export async function parseHookBody(contentType: string, raw: Buffer): Promise<ParsedHookBody> {
  const mediaType = contentType.split(';')[0].trim().toLowerCase();
  if (raw.length === 0) {
    throw new HookBodyError(
      400,
      'EMPTY_BODY',
      'The request has no body; send the form fields or a JSON object',
    );
  }
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) {
    let body: unknown;
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch (error) {
      throw new HookBodyError(
        400,
        'INVALID_JSON',
        `The body is not valid JSON: ${(error as Error).message}`,
      );
    }
    if (nestedDeeperThan(body, MAX_JSON_DEPTH)) {
      throw new HookBodyError(
        400,
        'JSON_TOO_DEEP',
        `The JSON is nested more than ${MAX_JSON_DEPTH} levels deep`,
      );
    }
    return { body, files: [] };
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { body: collectFields(new URLSearchParams(raw.toString('utf8'))), files: [] };
  }
  if (mediaType === 'multipart/form-data') {
    return parseMultipart(contentType, raw);
  }
  throw new HookBodyError(
    415,
    'UNSUPPORTED_CONTENT_TYPE',
    `Content type "${mediaType || '(none)'}" is not accepted; send application/json, application/x-www-form-urlencoded or multipart/form-data`,
  );
}

async function parseMultipart(contentType: string, raw: Buffer): Promise<ParsedHookBody> {
  let form: FormData;
  try {
    form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw new HookBodyError(
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
