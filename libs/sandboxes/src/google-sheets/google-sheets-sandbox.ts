import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerControlFailure,
  ControlError,
  type ControlRoute,
  flatHeaders,
  HttpSandbox,
  readBody,
  sendJson,
} from '../http';
import { googleSheetsControlRoutes } from './google-sheets-control';
import { GoogleSheetsTokens } from './google-sheets-tokens';
import { listFiles, sheetsCall } from './google-sheets-values';
import {
  apiError,
  BODY_LIMIT,
  type CellValue,
  formatted,
  GoogleApiError,
  type GoogleSheetsFault,
  GOOGLE_SHEETS_FAULT_MODES,
  type GoogleSheetsFaultMode,
  type GoogleSheetsRequest,
  type GoogleSheetsSandboxOptions,
  parseBody,
  queryObject,
  raw,
  type SandboxSheet,
  type SandboxSpreadsheet,
  type SeedSpreadsheet,
  sendGoogleError,
  type ServiceAccountKey,
  trim,
} from './google-sheets-wire';

/**
 * Google Sheets, Drive's file list and Google's token endpoint on one local port. The state is the
 * spreadsheets and the requests seen; the vendor calls live in google-sheets-values.ts, the token
 * side in google-sheets-tokens.ts and the control API in google-sheets-control.ts.
 */
export class GoogleSheetsSandbox extends HttpSandbox<GoogleSheetsRequest, GoogleSheetsFault> {
  protected override readonly controlBodyLimit = BODY_LIMIT;
  private readonly spreadsheets = new Map<string, SandboxSpreadsheet>();
  private readonly tokens = new GoogleSheetsTokens(() => this.tokenUrl);
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
      `  Add a row (a "new row" for Fluxo's next poll): POST ${this.url}/__control/spreadsheets/<id>/sheets/<tab>/rows`,
      '    {"rows":[["Ana","ana@example.com"]]}   (appended after the last row; "at": n inserts before row n)',
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

  /** Copies: a spec that edits what it read must not change what the sandbox saw. */
  override requests(): GoogleSheetsRequest[] {
    return this.received.map((request) => structuredClone(request));
  }

  /** A new key pair; the sandbox keeps the public half to verify the key's token requests. */
  createServiceAccountKey(name?: string): ServiceAccountKey {
    return this.tokens.createServiceAccountKey(name);
  }

  /** An access token as if the user had just signed in (default scopes: Sheets and Drive list). */
  issueAccessToken(
    scopes?: string[],
    subject?: string,
  ): { accessToken: string; expiresAt: number } {
    return this.tokens.issueAccessToken(scopes, subject);
  }

  /** A refresh token for an OAuth client, as the consent redirect would have returned. */
  issueRefreshToken(clientId: string, scopes?: string[]): string {
    return this.tokens.issueRefreshToken(clientId, scopes);
  }

  /** The user removed Fluxo's access: every token stops working, refreshes get invalid_grant. */
  revokeTokens(): void {
    this.tokens.revoke();
  }

  override reset(): void {
    super.reset();
    this.spreadsheets.clear();
    this.tokens.clear();
  }

  // ---- HTTP ----

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    if (error instanceof GoogleApiError) return sendGoogleError(response, error);
    answerControlFailure(response, error, {
      error: { code: 500, message: 'Internal error encountered.', status: 'INTERNAL' },
    });
  }

  protected override controlRoutes(): ControlRoute[] {
    return googleSheetsControlRoutes(this);
  }

  /** `{"mode": "quota" | "unavailable" | "permission-denied", "times"?}`; mode "none" heals. */
  protected override parseFault(input: Record<string, unknown>): GoogleSheetsFault | null {
    const mode = input['mode'] as GoogleSheetsFaultMode;
    if (!GOOGLE_SHEETS_FAULT_MODES.includes(mode)) {
      throw new ControlError(400, `mode must be one of: ${GOOGLE_SHEETS_FAULT_MODES.join(', ')}`);
    }
    if (mode === 'none') return null;
    return { mode, times: typeof input['times'] === 'number' ? input['times'] : undefined };
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
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

    if (method === 'POST' && rawPath === '/token')
      return this.tokens.answerTokenRequest(entry.body, response);
    const token = this.tokens.authenticate(headers.authorization);
    this.applyFault();

    const segments = rawPath.split('/').slice(1);
    if (rawPath === '/drive/v3/files' && method === 'GET') {
      return sendJson(response, 200, listFiles(this.spreadsheets, entry.query, token));
    }
    if (segments[0] === 'v4' && segments[1] === 'spreadsheets' && segments.length >= 3) {
      return sendJson(
        response,
        200,
        sheetsCall(this.spreadsheets, method, segments.slice(2), entry),
      );
    }
    throw apiError(404, `Method not found.`);
  }

  private applyFault(): void {
    const mode = this.fault.take()?.mode;
    if (!mode) return;
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

  private sheetOrThrow(spreadsheetId: string, title: string): SandboxSheet {
    const sheet = this.spreadsheets
      .get(spreadsheetId)
      ?.sheets.find((candidate) => candidate.title === title);
    if (!sheet) throw new ControlError(400, `No sheet "${title}" in spreadsheet ${spreadsheetId}`);
    return sheet;
  }
}
