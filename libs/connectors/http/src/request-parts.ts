import { PermanentDeliveryError } from '@fluxo/connector-sdk';
import { excerptAround, locateJsonError } from './json-error';

export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

export const BODY_TYPES = ['json', 'form', 'none'] as const;
export type BodyType = (typeof BODY_TYPES)[number];

export const AUTH_TYPES = ['none', 'basic', 'bearer'] as const;
export type AuthType = (typeof AUTH_TYPES)[number];

export const DEFAULT_TIMEOUT_SECONDS = 30;
export const MAX_TIMEOUT_SECONDS = 120;

/** The request as it will go on the wire, plus the values to keep out of anything recorded. */
export interface PreparedRequest {
  method: HttpMethod;
  url: URL;
  headers: Array<[string, string]>;
  body: string | undefined;
  timeoutMs: number;
  /** Passwords, tokens and Authorization values, redacted from the recorded response. */
  secrets: string[];
}

// Set by the HTTP layer from the connection itself; a user value would corrupt the request.
const MANAGED_HEADERS = new Set([
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'proxy-connection',
]);
const HEADER_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
// Header values travel as bytes: Latin-1 at most, and never a line break.
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;

export const text = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  return value === undefined || value === null ? '' : String(value);
};

const nonBlankLines = (value: string): Array<{ line: string; number: number }> =>
  value
    .split(/\r?\n/)
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '');

function choice<T extends string>(
  value: string,
  allowed: readonly T[],
  fallback: T,
  label: string,
  normalise: (raw: string) => string,
): T {
  const raw = normalise(value.trim());
  if (raw === '') return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  throw new PermanentDeliveryError(`${label} must be one of: ${allowed.join(', ')}`);
}

export const readMethod = (value: string): HttpMethod =>
  choice(value, HTTP_METHODS, 'POST', 'Method', (raw) => raw.toUpperCase());
export const readBodyType = (value: string): BodyType =>
  choice(value, BODY_TYPES, 'json', 'Body type', (raw) => raw.toLowerCase());
export const readAuthType = (value: string): AuthType =>
  choice(value, AUTH_TYPES, 'none', 'Authentication', (raw) => raw.toLowerCase());

/** Only http and https; anything else is refused before a socket opens. */
export function readUrl(value: string): URL {
  const raw = value.trim();
  if (raw === '') throw new PermanentDeliveryError('URL is required');
  const shown = raw.length > 100 ? `${raw.slice(0, 100)}…` : raw;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PermanentDeliveryError(
      `URL "${shown}" is not a valid web address: it must start with https:// or http://`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new PermanentDeliveryError(
      `URL must start with https:// or http://, not ${url.protocol}//`,
    );
  }
  if (url.username || url.password) {
    // The address is shown in run history; the password must not be in it.
    throw new PermanentDeliveryError(
      'URL must not contain a user name or password: choose "Basic" authentication and fill in ' +
        'User name and Password instead',
    );
  }
  url.hash = '';
  return url;
}

/** `Name: value` lines; names may repeat (sent as repeated headers). */
export function readHeaderLines(value: string): Array<[string, string]> {
  return nonBlankLines(value).map(({ line, number }) => {
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim() : '';
    const headerValue = colon > 0 ? line.slice(colon + 1).trim() : '';
    const where = `Headers, line ${number}`;
    if (!name || !HEADER_NAME.test(name)) {
      throw new PermanentDeliveryError(`${where}: write it as "Name: value", like "X-Shop-Id: 42"`);
    }
    if (MANAGED_HEADERS.has(name.toLowerCase())) {
      throw new PermanentDeliveryError(
        `${where}: ${name} is set by Fluxo itself; remove this line`,
      );
    }
    if (!HEADER_VALUE.test(headerValue)) {
      throw new PermanentDeliveryError(
        `${where}: the value of ${name} has characters a header cannot carry (such as emoji or ` +
          'non-Latin letters)',
      );
    }
    return [name, headerValue];
  });
}

/** `name=value` lines, taken literally (spaces and symbols are encoded when sent). */
export function readPairLines(value: string, label: string): Array<[string, string]> {
  return nonBlankLines(value).map(({ line, number }) => {
    const equals = line.indexOf('=');
    if (equals <= 0) {
      throw new PermanentDeliveryError(
        `${label}, line ${number}: write it as "name=value", like "ref=fluxo"`,
      );
    }
    return [line.slice(0, equals).trim(), line.slice(equals + 1).trim()];
  });
}

/** Appends the pairs after any query the URL already has, leaving that one byte for byte. */
export function withQuery(url: URL, pairs: Array<[string, string]>): URL {
  if (pairs.length === 0) return url;
  const merged = new URL(url);
  const extra = new URLSearchParams(pairs).toString();
  const existing = url.search.replace(/^\?/, '');
  merged.search = existing ? `${existing}&${extra}` : extra;
  return merged;
}

/** The JSON text as written, once it is known to parse; otherwise where it breaks. */
export function readJsonBody(value: string): string {
  try {
    JSON.parse(value);
    return value;
  } catch (error) {
    const location = locateJsonError(value);
    const where = location
      ? ` at line ${location.line}, column ${location.column}: ${location.reason}` +
        ` (near "${excerptAround(value, location.offset)}")`
      : `: ${(error as Error).message}`;
    throw new PermanentDeliveryError(
      `Body is not valid JSON${where}. If a mapped value may hold quotes or line breaks, write ` +
        'it as {{ value | json }} without quotes around it.',
    );
  }
}

export function readTimeoutMs(value: string): number {
  const raw = value.trim();
  if (raw === '') return DEFAULT_TIMEOUT_SECONDS * 1000;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_SECONDS) {
    throw new PermanentDeliveryError(
      `Timeout must be a number of seconds above 0 and at most ${MAX_TIMEOUT_SECONDS}`,
    );
  }
  return Math.round(seconds * 1000);
}

const hasHeader = (headers: Array<[string, string]>, name: string) =>
  headers.some(([key]) => key.toLowerCase() === name);

function authorization(
  payload: Record<string, unknown>,
): { value: string; secrets: string[] } | null {
  const type = readAuthType(text(payload, 'authType'));
  if (type === 'none') return null;
  if (type === 'basic') {
    const username = text(payload, 'username').trim();
    // Passwords may begin or end with spaces: keep them exactly.
    const password = text(payload, 'password');
    if (!username) throw new PermanentDeliveryError('Enter the user name for Basic authentication');
    if (username.includes(':')) {
      throw new PermanentDeliveryError('User name cannot contain ":" with Basic authentication');
    }
    const encoded = Buffer.from(`${username}:${password}`, 'utf8').toString('base64');
    return { value: `Basic ${encoded}`, secrets: [password, encoded] };
  }
  const token = text(payload, 'token').trim();
  if (!token) throw new PermanentDeliveryError('Enter the token for Bearer authentication');
  if (!HEADER_VALUE.test(token)) {
    throw new PermanentDeliveryError('Token has characters a header cannot carry');
  }
  return { value: `Bearer ${token}`, secrets: [token] };
}

/** Turns the rendered fields into the exact request, or says plainly which field is wrong. */
export function prepareRequest(
  payload: Record<string, unknown>,
  idempotencyKey?: string,
): PreparedRequest {
  const method = readMethod(text(payload, 'method'));
  const url = withQuery(
    readUrl(text(payload, 'url')),
    readPairLines(text(payload, 'query'), 'Query'),
  );
  const timeoutMs = readTimeoutMs(text(payload, 'timeoutSeconds'));
  const bodyType = readBodyType(text(payload, 'bodyType'));
  const headers = readHeaderLines(text(payload, 'headers'));
  const secrets = headers
    .filter(([name]) => ['authorization', 'proxy-authorization'].includes(name.toLowerCase()))
    .map(([, value]) => value);

  const auth = authorization(payload);
  if (auth) {
    // The Authentication fields win over an Authorization line typed into Headers.
    const kept = headers.filter(([name]) => name.toLowerCase() !== 'authorization');
    headers.splice(0, headers.length, ...kept, ['Authorization', auth.value]);
    secrets.push(auth.value, ...auth.secrets);
  }

  let body: string | undefined;
  const rawBody = text(payload, 'body');
  if (bodyType !== 'none' && rawBody.trim() !== '') {
    if (method === 'GET') {
      throw new PermanentDeliveryError(
        'A GET request cannot carry a body: choose another method or set Body type to "No body"',
      );
    }
    const isJson = bodyType === 'json';
    body = isJson
      ? readJsonBody(rawBody)
      : new URLSearchParams(readPairLines(rawBody, 'Body')).toString();
    if (!hasHeader(headers, 'content-type')) {
      headers.push([
        'Content-Type',
        isJson ? 'application/json' : 'application/x-www-form-urlencoded',
      ]);
    }
  }

  if (idempotencyKey && !hasHeader(headers, 'idempotency-key')) {
    headers.push(['Idempotency-Key', idempotencyKey]);
  }
  if (!hasHeader(headers, 'user-agent')) headers.push(['User-Agent', 'Fluxo']);

  return { method, url, headers, body, timeoutMs, secrets: secrets.filter(Boolean) };
}
