import type { IncomingMessage, ServerResponse } from 'node:http';
import { ControlError, parseJsonObject, readBody, sendJson } from '../http';
import {
  BODY_LIMIT,
  type CellValue,
  GOOGLE_SHEETS_FAULT_MODES,
  type GoogleSheetsFaultMode,
  type SeedSpreadsheet,
} from './google-sheets-wire';

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface GoogleSheetsControls {
  requests(): unknown;
  clearRequests(): void;
  reset(): void;
  setFault(mode: GoogleSheetsFaultMode, times?: number): void;
  createServiceAccountKey(name?: string): unknown;
  issueAccessToken(scopes?: string[]): unknown;
  issueRefreshToken(clientId: string, scopes?: string[]): string;
  revokeTokens(): void;
  seedSpreadsheet(seed: SeedSpreadsheet): unknown;
  rows(spreadsheetId: string, sheet: string): string[][];
  insertRows(spreadsheetId: string, sheet: string, rows: CellValue[][], at?: number): void;
  deleteRows(spreadsheetId: string, sheet: string, from: number, count?: number): void;
  editRow(spreadsheetId: string, sheet: string, row: number, values: CellValue[]): void;
}

/** Serves /__control/…: seed and read spreadsheets, issue keys and tokens, faults, requests. */
export async function serveControl(
  sandbox: GoogleSheetsControls,
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
): Promise<void> {
  const parts = url.pathname.split('/').slice(2).map(decodeURIComponent);
  const method = request.method ?? 'GET';
  const json = async <T>() => parseJsonObject(await readBody(request, BODY_LIMIT)) as T;
  const route = `${method} ${parts[0] ?? ''}`;
  if (route === 'GET requests') return sendJson(response, 200, sandbox.requests());
  if (route === 'DELETE requests') {
    sandbox.clearRequests();
    return sendJson(response, 200, {});
  }
  if (route === 'POST reset') {
    sandbox.reset();
    return sendJson(response, 200, {});
  }
  if (route === 'POST fault') {
    const body = await json<{ mode?: GoogleSheetsFaultMode; times?: number }>();
    if (!GOOGLE_SHEETS_FAULT_MODES.includes(body.mode as GoogleSheetsFaultMode)) {
      throw new ControlError(400, `mode must be one of: ${GOOGLE_SHEETS_FAULT_MODES.join(', ')}`);
    }
    sandbox.setFault(body.mode as GoogleSheetsFaultMode, body.times);
    return sendJson(response, 200, { mode: body.mode });
  }
  if (route === 'POST service-account-keys') {
    const body = await json<{ name?: string }>();
    return sendJson(response, 201, sandbox.createServiceAccountKey(body.name));
  }
  if (route === 'POST access-tokens') {
    const body = await json<{ scopes?: string[] }>();
    return sendJson(response, 201, sandbox.issueAccessToken(body.scopes));
  }
  if (route === 'POST refresh-tokens') {
    const body = await json<{ clientId?: string; scopes?: string[] }>();
    if (!body.clientId) throw new ControlError(400, 'clientId is required');
    return sendJson(response, 201, {
      refreshToken: sandbox.issueRefreshToken(body.clientId, body.scopes),
    });
  }
  if (route === 'POST revoke') {
    sandbox.revokeTokens();
    return sendJson(response, 200, {});
  }
  if (route === 'POST spreadsheets' && parts.length === 1) {
    return sendJson(response, 201, sandbox.seedSpreadsheet(await json<SeedSpreadsheet>()));
  }
  // spreadsheets/:id/sheets/:title/rows[/:n]
  if (parts[0] === 'spreadsheets' && parts[2] === 'sheets' && parts[4] === 'rows') {
    const [, id, , title] = parts;
    if (method === 'GET' && parts.length === 5) {
      return sendJson(response, 200, sandbox.rows(id, title));
    }
    if (method === 'POST' && parts.length === 5) {
      const body = await json<{ rows?: CellValue[][]; at?: number }>();
      sandbox.insertRows(id, title, body.rows ?? [], body.at);
      return sendJson(response, 200, sandbox.rows(id, title));
    }
    if (method === 'DELETE' && parts.length === 6) {
      sandbox.deleteRows(id, title, Number(parts[5]), Number(url.searchParams.get('count') ?? 1));
      return sendJson(response, 200, sandbox.rows(id, title));
    }
    if (method === 'PUT' && parts.length === 6) {
      const body = await json<{ values?: CellValue[] }>();
      sandbox.editRow(id, title, Number(parts[5]), body.values ?? []);
      return sendJson(response, 200, sandbox.rows(id, title));
    }
  }
  return sendJson(response, 404, { error: `No route ${method} ${url.pathname}` });
}
