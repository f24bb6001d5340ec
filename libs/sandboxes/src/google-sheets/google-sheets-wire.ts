import type { ServerResponse } from 'node:http';
import { type BodyLimit, sendJson } from '../http';

// The wire shapes of the Sheets, Drive and token APIs the sandbox speaks, and the values in cells.

export type CellValue = string | number | boolean;

export interface SeedSheet {
  title: string;
  /** Rows from the first (header) row down; '' is an empty cell. */
  rows?: CellValue[][];
}

export interface SeedSpreadsheet {
  /** Generated when omitted (44 characters, like Google's). */
  id?: string;
  title: string;
  sheets: SeedSheet[];
}

export interface SandboxSheet {
  sheetId: number;
  title: string;
  rows: (CellValue | null)[][];
}

export interface SandboxSpreadsheet {
  id: string;
  title: string;
  sheets: SandboxSheet[];
}

/** One call to the Sheets, Drive or token API, as a spec wants to assert it. */
export interface GoogleSheetsRequest {
  method: string;
  /** The path as sent, still percent-encoded (`/v4/spreadsheets/abc/values/Sheet1%21A1:append`). */
  path: string;
  /** Repeated keys (`ranges=A&ranges=B`) become arrays. */
  query: Record<string, string | string[]>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** JSON bodies parsed, form bodies as an object, otherwise the text. */
  body: unknown;
}

/**
 * `quota`: 429 RESOURCE_EXHAUSTED; `unavailable`: 503; `permission-denied`: 403 on every API
 * call (not the token endpoint). `times` limits it to the next n calls.
 */
export type GoogleSheetsFaultMode = 'none' | 'quota' | 'unavailable' | 'permission-denied';

/** The next `times` API calls (all of them when absent) fail as `mode` says. */
export interface GoogleSheetsFault {
  mode: Exclude<GoogleSheetsFaultMode, 'none'>;
  times?: number;
}

export const GOOGLE_SHEETS_FAULT_MODES: readonly GoogleSheetsFaultMode[] = [
  'none',
  'quota',
  'unavailable',
  'permission-denied',
];

/** A service-account key file, as Google Cloud's console downloads it. */
export interface ServiceAccountKey {
  type: 'service_account';
  project_id: string;
  private_key_id: string;
  private_key: string;
  client_email: string;
  client_id: string;
  auth_uri: string;
  token_uri: string;
  auth_provider_x509_cert_url: string;
  client_x509_cert_url: string;
  universe_domain: string;
}

export interface GoogleSheetsSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
export const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
export const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
export const DRIVE_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
  'https://www.googleapis.com/auth/drive.file',
];
export const TOKEN_LIFETIME_S = 3599;
export const MIN_ROWS = 1000;
export const MIN_COLUMNS = 26;

export interface AccessToken {
  subject: string;
  scopes: string[];
  expiresAt: number;
}

export interface RefreshToken {
  clientId: string;
  scopes: string[];
  revoked: boolean;
}

export class GoogleApiError extends Error {
  constructor(
    readonly code: number,
    readonly status: string,
    message: string,
  ) {
    super(message);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  503: 'UNAVAILABLE',
};

export function apiError(code: number, message: string): GoogleApiError {
  return new GoogleApiError(code, STATUS_TEXT[code] ?? 'UNKNOWN', message);
}

export function sendGoogleError(response: ServerResponse, error: GoogleApiError): void {
  const headers: Record<string, string> =
    error.code === 401 ? { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' } : {};
  sendJson(
    response,
    error.code,
    { error: { code: error.code, message: error.message, status: error.status } },
    headers,
  );
}

export const BODY_LIMIT: BodyLimit = {
  maxBytes: 2 * 1024 * 1024,
  tooLarge: () => apiError(400, 'Request payload size exceeds the limit.'),
};

export function parseBody(text: string, contentType: string): unknown {
  if (text === '') return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text);
    } catch {
      throw apiError(400, 'Invalid JSON payload received.');
    }
  }
  return text;
}

export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

export function base64UrlDecode(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** USER_ENTERED: what Sheets would make of typed text (numbers, TRUE/FALSE, a leading '). */
export function userEntered(value: unknown): CellValue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (text.startsWith("'")) return text.slice(1);
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return Number(text.trim());
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toUpperCase() === 'TRUE';
  return text;
}

export function raw(value: unknown): CellValue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

export function formatted(value: CellValue | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Drops trailing empty cells and rows, as the Sheets API does. */
export function trim<T>(rows: (T | '' | null)[][]): T[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && (row[end - 1] === '' || row[end - 1] === null)) end--;
    return row.slice(0, end) as T[];
  });
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1].length === 0) end--;
  return trimmed.slice(0, end);
}

/**
 * A local Google Sheets API v4 (plus Drive's file list and Google's OAuth token endpoint) that
 * googleapis talks to unchanged through `rootUrl`. Every API call needs a Bearer token the
 * sandbox issued: from a service-account JWT it verifies (RS256, against keys it generated),
 * from a refresh token, or handed out by `issueAccessToken()`.
 */

export function gridSize(sheet: SandboxSheet): { rowCount: number; columnCount: number } {
  return {
    rowCount: Math.max(MIN_ROWS, sheet.rows.length),
    columnCount: Math.max(MIN_COLUMNS, ...sheet.rows.map((row) => row.length)),
  };
}
