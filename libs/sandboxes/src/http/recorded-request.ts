import type { IncomingMessage } from 'node:http';

/** One request a sandbox received on its vendor API (never its control API). */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased names, as node gives them. */
  headers: Record<string, string>;
  /** The body as text (empty for GET). */
  body: string;
  receivedAt: string;
}

export function recordRequest(request: IncomingMessage, url: URL, body: string): RecordedRequest {
  return {
    method: request.method ?? 'GET',
    path: url.pathname,
    query: queryOf(url),
    headers: flatHeaders(request),
    body,
    receivedAt: new Date().toISOString(),
  };
}

/** Repeated headers joined as node joins most of them, so specs compare plain strings. */
export function flatHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

export function queryOf(url: URL): Record<string, string> {
  return Object.fromEntries(url.searchParams.entries());
}
