import {
  generateKeyPairSync,
  randomBytes,
  verify as verifySignature,
  type KeyObject,
} from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerControlFailure,
  type BodyLimit,
  ControlError,
  flatHeaders,
  HttpSandbox,
  parseJsonObject,
  readBody,
  sendJson,
} from '../http';
import { A1ParseError, formatA1, parseA1, type A1Range } from './a1';

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

const SPREADSHEET_MIME = 'application/vnd.google-apps.spreadsheet';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
const SHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';
const DRIVE_SCOPES = [
  'https://www.googleapis.com/auth/drive',
  'https://www.googleapis.com/auth/drive.readonly',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
  'https://www.googleapis.com/auth/drive.file',
];
const TOKEN_LIFETIME_S = 3599;
const MIN_ROWS = 1000;
const MIN_COLUMNS = 26;

interface AccessToken {
  subject: string;
  scopes: string[];
  expiresAt: number;
}

interface RefreshToken {
  clientId: string;
  scopes: string[];
  revoked: boolean;
}

class GoogleApiError extends Error {
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

function apiError(code: number, message: string): GoogleApiError {
  return new GoogleApiError(code, STATUS_TEXT[code] ?? 'UNKNOWN', message);
}

function sendGoogleError(response: ServerResponse, error: GoogleApiError): void {
  const headers: Record<string, string> =
    error.code === 401 ? { 'www-authenticate': 'Bearer realm="https://accounts.google.com/"' } : {};
  sendJson(
    response,
    error.code,
    { error: { code: error.code, message: error.message, status: error.status } },
    headers,
  );
}

const BODY_LIMIT: BodyLimit = {
  maxBytes: 2 * 1024 * 1024,
  tooLarge: () => apiError(400, 'Request payload size exceeds the limit.'),
};

function parseBody(text: string, contentType: string): unknown {
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

function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  return query;
}

function base64UrlDecode(text: string): Buffer {
  return Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

/** USER_ENTERED: what Sheets would make of typed text (numbers, TRUE/FALSE, a leading '). */
function userEntered(value: unknown): CellValue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = String(value);
  if (text.startsWith("'")) return text.slice(1);
  if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text.trim())) return Number(text.trim());
  if (/^(true|false)$/i.test(text.trim())) return text.trim().toUpperCase() === 'TRUE';
  return text;
}

function raw(value: unknown): CellValue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

function formatted(value: CellValue | null): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Drops trailing empty cells and rows, as the Sheets API does. */
function trim<T>(rows: (T | '' | null)[][]): T[][] {
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
export class GoogleSheetsSandbox extends HttpSandbox {
  private readonly spreadsheets = new Map<string, SandboxSpreadsheet>();
  private readonly received: GoogleSheetsRequest[] = [];
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly serviceAccounts = new Map<string, KeyObject>();
  private fault: { mode: GoogleSheetsFaultMode; remaining: number } = {
    mode: 'none',
    remaining: 0,
  };
  private sheetIds = 0;

  private constructor() {
    // Only start() makes one: a sandbox is of no use before its server listens.
    super();
  }

  get host(): string {
    return this.server.host;
  }

  get port(): number {
    return this.server.port;
  }

  /** Where a service-account key or OAuth client sends its token requests. */
  get tokenUrl(): string {
    return `${this.url}/token`;
  }

  static start(options: GoogleSheetsSandboxOptions = {}): Promise<GoogleSheetsSandbox> {
    return new GoogleSheetsSandbox().listen(options);
  }

  cliHelp(): string {
    return [
      `Google Sheets sandbox on ${this.url}`,
      '  Create a test key:  curl -X POST ' + `${this.url}/__control/service-account-keys`,
      '  Add a "Google Sheets" account in Fluxo with:',
      '    Sign-in:      Service account key (JSON) — paste the key printed by the call above',
      `    API address:  ${this.url}/`,
      `  Seed a spreadsheet: POST ${this.url}/__control/spreadsheets`,
      '    {"title":"Orders","sheets":[{"title":"Sheet1","rows":[["Name","Email"]]}]}',
      `  Rows of a tab:   GET ${this.url}/__control/spreadsheets/<id>/sheets/<tab>/rows`,
      `  Requests seen:   GET ${this.url}/__control/requests`,
      `  Faults:          POST ${this.url}/__control/fault {"mode":"quota"|"unavailable"|"permission-denied"|"none"}`,
    ].join('\n');
  }

  // ---- control helpers (the same operations are served under /__control/) ----

  seedSpreadsheet(seed: SeedSpreadsheet): SandboxSpreadsheet {
    const id = seed.id ?? randomBytes(33).toString('base64url');
    const spreadsheet: SandboxSpreadsheet = {
      id,
      title: seed.title,
      sheets: (seed.sheets.length ? seed.sheets : [{ title: 'Sheet1' }]).map((sheet, index) => ({
        // The first tab of a new spreadsheet is gid 0; later ones get large ids, as in Sheets.
        sheetId: index === 0 ? 0 : 100_000_000 + ++this.sheetIds,
        title: sheet.title,
        rows: (sheet.rows ?? []).map((row) => row.map(raw)),
      })),
    };
    this.spreadsheets.set(id, spreadsheet);
    return spreadsheet;
  }

  /** The rows of a tab as a user would see them (formatted, trailing blanks trimmed). */
  rows(spreadsheetId: string, sheet: string): string[][] {
    return trim(this.sheetOrThrow(spreadsheetId, sheet).rows.map((row) => row.map(formatted)));
  }

  /** Inserts rows before sheet row `at` (1-based; default: after the last row). */
  insertRows(spreadsheetId: string, sheet: string, rows: CellValue[][], at?: number): void {
    const target = this.sheetOrThrow(spreadsheetId, sheet);
    const index = at === undefined ? trim(target.rows).length : at - 1;
    while (target.rows.length < index) target.rows.push([]);
    target.rows.splice(index, 0, ...rows.map((row) => row.map(raw)));
  }

  /** Deletes `count` rows starting at sheet row `from` (1-based); rows below move up. */
  deleteRows(spreadsheetId: string, sheet: string, from: number, count = 1): void {
    this.sheetOrThrow(spreadsheetId, sheet).rows.splice(from - 1, count);
  }

  /** Replaces the cells of sheet row `row` (1-based). */
  editRow(spreadsheetId: string, sheet: string, row: number, values: CellValue[]): void {
    const target = this.sheetOrThrow(spreadsheetId, sheet);
    while (target.rows.length < row) target.rows.push([]);
    target.rows[row - 1] = values.map(raw);
  }

  requests(): GoogleSheetsRequest[] {
    return this.received.map((request) => structuredClone(request));
  }

  clearRequests(): void {
    this.received.length = 0;
  }

  /** Makes the next `times` API calls fail (all of them when omitted). */
  setFault(mode: GoogleSheetsFaultMode, times = Number.POSITIVE_INFINITY): void {
    this.fault = { mode, remaining: mode === 'none' ? 0 : times };
  }

  /** A new key pair; the sandbox keeps the public half to verify the key's token requests. */
  createServiceAccountKey(name = 'fluxo-sheets'): ServiceAccountKey {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const clientEmail = `${name}-${this.serviceAccounts.size + 1}@fluxo-sandbox.iam.gserviceaccount.com`;
    this.serviceAccounts.set(clientEmail, publicKey);
    return {
      type: 'service_account',
      project_id: 'fluxo-sandbox',
      private_key_id: randomBytes(20).toString('hex'),
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      client_email: clientEmail,
      client_id: String(100_000_000_000_000_000_000n + BigInt(this.serviceAccounts.size)),
      auth_uri: 'https://accounts.google.com/o/oauth2/auth',
      token_uri: this.tokenUrl,
      auth_provider_x509_cert_url: 'https://www.googleapis.com/oauth2/v1/certs',
      client_x509_cert_url: `https://www.googleapis.com/robot/v1/metadata/x509/${encodeURIComponent(clientEmail)}`,
      universe_domain: 'googleapis.com',
    };
  }

  /** An access token as if the user had just signed in (default scopes: Sheets and Drive list). */
  issueAccessToken(
    scopes = [SHEETS_SCOPE, 'https://www.googleapis.com/auth/drive.metadata.readonly'],
    subject = 'user@example.com',
  ): { accessToken: string; expiresAt: number } {
    const accessToken = `ya29.sandbox-${randomBytes(24).toString('base64url')}`;
    const expiresAt = Date.now() + TOKEN_LIFETIME_S * 1000;
    this.accessTokens.set(accessToken, { subject, scopes, expiresAt });
    return { accessToken, expiresAt };
  }

  /** A refresh token for an OAuth client, as the consent redirect would have returned. */
  issueRefreshToken(
    clientId: string,
    scopes = [SHEETS_SCOPE, 'https://www.googleapis.com/auth/drive.metadata.readonly'],
  ): string {
    const refreshToken = `1//sandbox-${randomBytes(24).toString('base64url')}`;
    this.refreshTokens.set(refreshToken, { clientId, scopes, revoked: false });
    return refreshToken;
  }

  /** The user removed Fluxo's access: every token stops working, refreshes get invalid_grant. */
  revokeTokens(): void {
    this.accessTokens.clear();
    for (const token of this.refreshTokens.values()) token.revoked = true;
  }

  reset(): void {
    this.spreadsheets.clear();
    this.received.length = 0;
    this.accessTokens.clear();
    this.refreshTokens.clear();
    this.fault = { mode: 'none', remaining: 0 };
  }

  // ---- HTTP ----

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    if (error instanceof GoogleApiError) return sendGoogleError(response, error);
    answerControlFailure(response, error, {
      error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' },
    });
  }

  protected override async handle(
    request: IncomingMessage,
    response: ServerResponse,
  ): Promise<void> {
    const url = new URL(request.url ?? '/', this.url);
    if (url.pathname.startsWith('/__control/')) return this.control(request, response, url);
    const text = await readBody(request, BODY_LIMIT);
    const headers = flatHeaders(request);
    const rawPath = (request.url ?? '/').split('?')[0];
    const method = request.method ?? 'GET';
    const entry: GoogleSheetsRequest = {
      method,
      path: rawPath,
      query: queryObject(url.searchParams),
      headers,
      body: text,
    };
    this.received.push(entry);
    entry.body = parseBody(text, headers['content-type'] ?? '');

    if (method === 'POST' && rawPath === '/token') return this.token(entry, response);
    const token = this.authenticate(headers.authorization);
    this.applyFault();

    const segments = rawPath.split('/').slice(1);
    if (rawPath === '/drive/v3/files' && method === 'GET') {
      return sendJson(response, 200, this.listFiles(entry.query, token));
    }
    if (segments[0] === 'v4' && segments[1] === 'spreadsheets' && segments.length >= 3) {
      return sendJson(response, 200, this.sheetsCall(method, segments.slice(2), entry));
    }
    throw apiError(404, `Method not found.`);
  }

  private authenticate(header: string | undefined): AccessToken {
    const match = /^Bearer (\S+)$/i.exec(header ?? '');
    const token = match ? this.accessTokens.get(match[1]) : undefined;
    if (!token || token.expiresAt <= Date.now()) {
      throw apiError(
        401,
        'Request had invalid authentication credentials. Expected OAuth 2 access token, login ' +
          'cookie or other valid authentication credential. See ' +
          'https://developers.google.com/identity/sign-in/web/devconsole-project.',
      );
    }
    return token;
  }

  private applyFault(): void {
    if (this.fault.mode === 'none' || this.fault.remaining <= 0) return;
    this.fault.remaining--;
    const mode = this.fault.mode;
    if (this.fault.remaining <= 0) this.fault = { mode: 'none', remaining: 0 };
    if (mode === 'quota') {
      throw apiError(
        429,
        "Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute " +
          "per user' of service 'sheets.googleapis.com' for consumer 'project_number:000000000000'.",
      );
    }
    if (mode === 'unavailable') throw apiError(503, 'The service is currently unavailable.');
    throw apiError(403, 'The caller does not have permission');
  }

  private token(entry: GoogleSheetsRequest, response: ServerResponse): void {
    const form = (entry.body ?? {}) as Record<string, string>;
    const fail = (error: string, description: string) =>
      sendJson(response, 400, { error, error_description: description });
    if (form.grant_type === JWT_BEARER) {
      const result = this.verifyAssertion(form.assertion ?? '');
      if ('error' in result) return fail('invalid_grant', result.error);
      const { accessToken } = this.issueAccessToken(result.scopes, result.subject);
      return sendJson(response, 200, {
        access_token: accessToken,
        expires_in: TOKEN_LIFETIME_S,
        token_type: 'Bearer',
      });
    }
    if (form.grant_type === 'refresh_token') {
      const stored = this.refreshTokens.get(form.refresh_token ?? '');
      if (!stored || stored.revoked) {
        return fail('invalid_grant', 'Token has been expired or revoked.');
      }
      if (stored.clientId !== form.client_id) {
        return fail('unauthorized_client', 'Unauthorized');
      }
      const { accessToken } = this.issueAccessToken(stored.scopes, stored.clientId);
      return sendJson(response, 200, {
        access_token: accessToken,
        expires_in: TOKEN_LIFETIME_S,
        scope: stored.scopes.join(' '),
        token_type: 'Bearer',
      });
    }
    return sendJson(response, 400, {
      error: 'unsupported_grant_type',
      error_description: 'Invalid grant_type: ' + (form.grant_type ?? ''),
    });
  }

  private verifyAssertion(
    assertion: string,
  ): { subject: string; scopes: string[] } | { error: string } {
    const parts = assertion.split('.');
    if (parts.length !== 3) return { error: 'Invalid JWT: Token must be a short-lived token.' };
    let header: { alg?: string };
    let claims: { iss?: string; scope?: string; aud?: string; exp?: number; iat?: number };
    try {
      header = JSON.parse(base64UrlDecode(parts[0]).toString('utf8'));
      claims = JSON.parse(base64UrlDecode(parts[1]).toString('utf8'));
    } catch {
      return { error: 'Invalid JWT: Token must be a short-lived token.' };
    }
    if (header.alg !== 'RS256') return { error: 'Invalid JWT Signature.' };
    const publicKey = this.serviceAccounts.get(claims.iss ?? '');
    if (!publicKey) return { error: 'Invalid grant: account not found' };
    const signed = verifySignature(
      'RSA-SHA256',
      Buffer.from(`${parts[0]}.${parts[1]}`),
      publicKey,
      base64UrlDecode(parts[2]),
    );
    if (!signed) return { error: 'Invalid JWT Signature.' };
    // google-auth-library always signs for Google's own token URL, whatever the key says.
    if (claims.aud !== GOOGLE_TOKEN_URL && claims.aud !== this.tokenUrl) {
      return { error: 'Invalid JWT: Failed audience check.' };
    }
    const now = Math.floor(Date.now() / 1000);
    if (!claims.exp || !claims.iat || claims.exp <= now || claims.exp - claims.iat > 3600) {
      return {
        error:
          'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.',
      };
    }
    if (!claims.scope) return { error: 'Invalid OAuth scope or ID token audience provided.' };
    return { subject: claims.iss as string, scopes: claims.scope.split(' ') };
  }

  private listFiles(query: Record<string, string | string[]>, token: AccessToken): unknown {
    if (!token.scopes.some((scope) => DRIVE_SCOPES.includes(scope))) {
      throw apiError(403, 'Request had insufficient authentication scopes.');
    }
    const q = typeof query.q === 'string' ? query.q : '';
    const mime = /mimeType\s*=\s*'([^']+)'/.exec(q)?.[1];
    const files = mime && mime !== SPREADSHEET_MIME ? [] : [...this.spreadsheets.values()];
    const pageSize = Math.min(Number(query.pageSize ?? 100) || 100, 1000);
    const offset = Number(query.pageToken ?? 0) || 0;
    const page = files.slice(offset, offset + pageSize);
    return {
      kind: 'drive#fileList',
      incompleteSearch: false,
      ...(offset + pageSize < files.length ? { nextPageToken: String(offset + pageSize) } : {}),
      files: page.map((file) => ({
        kind: 'drive#file',
        mimeType: SPREADSHEET_MIME,
        id: file.id,
        name: file.title,
      })),
    };
  }

  private sheetsCall(method: string, segments: string[], entry: GoogleSheetsRequest): unknown {
    // segments: [id] | [id, 'values', range] | [id, 'values:batchGet'] | [id, 'values', 'range:append']
    const spreadsheet = this.spreadsheets.get(decodeURIComponent(segments[0]));
    if (!spreadsheet) throw apiError(404, 'Requested entity was not found.');
    if (segments.length === 1 && method === 'GET') return this.metadata(spreadsheet);
    if (segments.length === 2 && segments[1] === 'values:batchGet' && method === 'GET') {
      const ranges = entry.query.ranges ?? [];
      return {
        spreadsheetId: spreadsheet.id,
        valueRanges: (Array.isArray(ranges) ? ranges : [ranges]).map((range) =>
          this.readRange(spreadsheet, range, entry.query),
        ),
      };
    }
    if (segments.length === 3 && segments[1] === 'values') {
      const rawRange = segments[2];
      if (method === 'POST' && rawRange.endsWith(':append')) {
        return this.append(
          spreadsheet,
          decodeURIComponent(rawRange.slice(0, -':append'.length)),
          entry,
        );
      }
      if (method === 'GET') {
        return this.readRange(spreadsheet, decodeURIComponent(rawRange), entry.query);
      }
    }
    throw apiError(404, 'Method not found.');
  }

  private metadata(spreadsheet: SandboxSpreadsheet): unknown {
    return {
      spreadsheetId: spreadsheet.id,
      properties: {
        title: spreadsheet.title,
        locale: 'en_US',
        autoRecalc: 'ON_CHANGE',
        timeZone: 'Etc/GMT',
      },
      sheets: spreadsheet.sheets.map((sheet, index) => ({
        properties: {
          sheetId: sheet.sheetId,
          title: sheet.title,
          index,
          sheetType: 'GRID',
          gridProperties: gridSize(sheet),
        },
      })),
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheet.id}/edit`,
    };
  }

  private resolve(
    spreadsheet: SandboxSpreadsheet,
    range: string,
  ): { sheet: SandboxSheet; bounds: Required<Omit<A1Range, 'sheet'>> } {
    let parsed: A1Range;
    try {
      parsed = parseA1(
        range,
        spreadsheet.sheets.map((sheet) => sheet.title),
      );
    } catch (error) {
      if (error instanceof A1ParseError) throw apiError(400, error.message);
      throw error;
    }
    const sheet =
      parsed.sheet === undefined
        ? spreadsheet.sheets[0]
        : spreadsheet.sheets.find((candidate) => candidate.title === parsed.sheet);
    if (!sheet) throw apiError(400, `Unable to parse range: ${range}`);
    const grid = gridSize(sheet);
    return {
      sheet,
      bounds: {
        startRow: parsed.startRow ?? 0,
        startColumn: parsed.startColumn ?? 0,
        endRow: Math.min(parsed.endRow ?? grid.rowCount - 1, grid.rowCount - 1),
        endColumn: Math.min(parsed.endColumn ?? grid.columnCount - 1, grid.columnCount - 1),
      },
    };
  }

  private readRange(
    spreadsheet: SandboxSpreadsheet,
    range: string,
    query: Record<string, string | string[]>,
  ): unknown {
    const { sheet, bounds } = this.resolve(spreadsheet, range);
    const render = query.valueRenderOption ?? 'FORMATTED_VALUE';
    const cells: (CellValue | null)[][] = [];
    for (let r = bounds.startRow; r <= bounds.endRow && r < sheet.rows.length; r++) {
      const row = sheet.rows[r] ?? [];
      const out: (CellValue | null)[] = [];
      for (let c = bounds.startColumn; c <= bounds.endColumn && c < row.length; c++) {
        const value = row[c] ?? null;
        out.push(render === 'UNFORMATTED_VALUE' ? value : formatted(value));
      }
      cells.push(out);
    }
    let values = trim(cells);
    const majorDimension = query.majorDimension === 'COLUMNS' ? 'COLUMNS' : 'ROWS';
    if (majorDimension === 'COLUMNS') {
      const width = Math.max(0, ...values.map((row) => row.length));
      values = trim(
        Array.from({ length: width }, (_, c) => values.map((row) => row[c] ?? '')),
      ) as CellValue[][];
    }
    return {
      range: formatA1(
        sheet.title,
        bounds.startRow,
        bounds.startColumn,
        bounds.endRow,
        bounds.endColumn,
      ),
      majorDimension,
      ...(values.length ? { values } : {}),
    };
  }

  private append(
    spreadsheet: SandboxSpreadsheet,
    range: string,
    entry: GoogleSheetsRequest,
  ): unknown {
    const inputOption = entry.query.valueInputOption;
    if (inputOption !== 'RAW' && inputOption !== 'USER_ENTERED') {
      throw apiError(400, 'Invalid valueInputOption: INPUT_VALUE_OPTION_UNSPECIFIED');
    }
    const body = entry.body as { values?: unknown[][]; majorDimension?: string } | undefined;
    if (!body || !Array.isArray(body.values) || !body.values.every(Array.isArray)) {
      throw apiError(
        400,
        'Invalid JSON payload received. Unknown name "values": expected a list of rows.',
      );
    }
    const { sheet, bounds } = this.resolve(spreadsheet, range);
    const convert = inputOption === 'RAW' ? raw : userEntered;
    const newRows = body.values.map((row) => row.map(convert));

    // The "table": the first block of consecutive non-empty rows inside the range; rows go
    // right after it, starting at its first column (Sheets' documented append behaviour).
    const hasData = (r: number) =>
      (sheet.rows[r] ?? []).some(
        (value, c) => c >= bounds.startColumn && c <= bounds.endColumn && value !== null,
      );
    let first = bounds.startRow;
    const lastDataRow = sheet.rows.length - 1;
    while (first <= lastDataRow && !hasData(first)) first++;
    let tableRange: string | undefined;
    let insertAt = bounds.startRow;
    let startColumn = bounds.startColumn;
    if (first <= lastDataRow) {
      let last = first;
      while (last + 1 <= lastDataRow && hasData(last + 1)) last++;
      const used = sheet.rows.slice(first, last + 1);
      const columns = used.flatMap((row) =>
        row.flatMap((value, c) =>
          value !== null && c >= bounds.startColumn && c <= bounds.endColumn ? [c] : [],
        ),
      );
      startColumn = Math.min(...columns);
      tableRange = formatA1(sheet.title, first, startColumn, last, Math.max(...columns));
      insertAt = last + 1;
    }
    const width = Math.max(1, ...newRows.map((row) => row.length));
    const placed = newRows.map((row) => {
      const cells: (CellValue | null)[] = Array<CellValue | null>(startColumn).fill(null);
      return cells.concat(row);
    });
    while (sheet.rows.length < insertAt) sheet.rows.push([]);
    if (entry.query.insertDataOption === 'INSERT_ROWS') {
      sheet.rows.splice(insertAt, 0, ...placed);
    } else {
      placed.forEach((row, i) => {
        const existing = sheet.rows[insertAt + i] ?? [];
        const merged = [...existing];
        row.forEach((value, c) => {
          if (c >= startColumn) merged[c] = value;
        });
        sheet.rows[insertAt + i] = merged;
      });
    }
    const updatedRange = formatA1(
      sheet.title,
      insertAt,
      startColumn,
      insertAt + newRows.length - 1,
      startColumn + width - 1,
    );
    return {
      spreadsheetId: spreadsheet.id,
      ...(tableRange ? { tableRange } : {}),
      updates: {
        spreadsheetId: spreadsheet.id,
        updatedRange,
        updatedRows: newRows.length,
        updatedColumns: width,
        updatedCells: newRows.reduce((sum, row) => sum + row.length, 0),
      },
    };
  }

  // ---- control API ----

  private async control(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
    const method = request.method ?? 'GET';
    const json = async <T>() => parseJsonObject(await readBody(request, BODY_LIMIT)) as T;
    const route = `${method} ${parts[0] ?? ''}`;
    if (route === 'GET requests') return sendJson(response, 200, this.requests());
    if (route === 'DELETE requests') {
      this.clearRequests();
      return sendJson(response, 200, {});
    }
    if (route === 'POST reset') {
      this.reset();
      return sendJson(response, 200, {});
    }
    if (route === 'POST fault') {
      const body = await json<{ mode?: GoogleSheetsFaultMode; times?: number }>();
      if (!GOOGLE_SHEETS_FAULT_MODES.includes(body.mode as GoogleSheetsFaultMode)) {
        throw new ControlError(400, `mode must be one of: ${GOOGLE_SHEETS_FAULT_MODES.join(', ')}`);
      }
      this.setFault(body.mode as GoogleSheetsFaultMode, body.times);
      return sendJson(response, 200, { mode: body.mode });
    }
    if (route === 'POST service-account-keys') {
      const body = await json<{ name?: string }>();
      return sendJson(response, 201, this.createServiceAccountKey(body.name));
    }
    if (route === 'POST access-tokens') {
      const body = await json<{ scopes?: string[] }>();
      return sendJson(response, 201, this.issueAccessToken(body.scopes));
    }
    if (route === 'POST refresh-tokens') {
      const body = await json<{ clientId?: string; scopes?: string[] }>();
      if (!body.clientId) throw new ControlError(400, 'clientId is required');
      return sendJson(response, 201, {
        refreshToken: this.issueRefreshToken(body.clientId, body.scopes),
      });
    }
    if (route === 'POST revoke') {
      this.revokeTokens();
      return sendJson(response, 200, {});
    }
    if (route === 'POST spreadsheets' && parts.length === 1) {
      return sendJson(response, 201, this.seedSpreadsheet(await json<SeedSpreadsheet>()));
    }
    // spreadsheets/:id/sheets/:title/rows[/:n]
    if (parts[0] === 'spreadsheets' && parts[2] === 'sheets' && parts[4] === 'rows') {
      const [, id, , title] = parts;
      if (method === 'GET' && parts.length === 5) {
        return sendJson(response, 200, this.rows(id, title));
      }
      if (method === 'POST' && parts.length === 5) {
        const body = await json<{ rows?: CellValue[][]; at?: number }>();
        this.insertRows(id, title, body.rows ?? [], body.at);
        return sendJson(response, 200, this.rows(id, title));
      }
      if (method === 'DELETE' && parts.length === 6) {
        this.deleteRows(id, title, Number(parts[5]), Number(url.searchParams.get('count') ?? 1));
        return sendJson(response, 200, this.rows(id, title));
      }
      if (method === 'PUT' && parts.length === 6) {
        const body = await json<{ values?: CellValue[] }>();
        this.editRow(id, title, Number(parts[5]), body.values ?? []);
        return sendJson(response, 200, this.rows(id, title));
      }
    }
    return sendJson(response, 404, { error: `No route ${method} ${url.pathname}` });
  }

  private sheetOrThrow(spreadsheetId: string, title: string): SandboxSheet {
    const sheet = this.spreadsheets
      .get(spreadsheetId)
      ?.sheets.find((candidate) => candidate.title === title);
    if (!sheet) throw new ControlError(400, `No sheet "${title}" in spreadsheet ${spreadsheetId}`);
    return sheet;
  }
}

function gridSize(sheet: SandboxSheet): { rowCount: number; columnCount: number } {
  return {
    rowCount: Math.max(MIN_ROWS, sheet.rows.length),
    columnCount: Math.max(MIN_COLUMNS, ...sheet.rows.map((row) => row.length)),
  };
}
