import { ControlError, type ControlRoute, controlRoute } from '../http';
import type { CellValue, SeedSpreadsheet } from './google-sheets-wire';

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface GoogleSheetsControls {
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

const ROWS = /\/spreadsheets\/([^/]+)\/sheets\/([^/]+)\/rows/;
const ROW = /\/spreadsheets\/([^/]+)\/sheets\/([^/]+)\/rows\/(\d+)/;

/** /__control/ of the Google Sheets sandbox: keys and tokens, spreadsheets and their rows. */
export function googleSheetsControlRoutes(sandbox: GoogleSheetsControls): ControlRoute[] {
  const strings = (value: unknown) => (Array.isArray(value) ? (value as string[]) : undefined);
  return [
    controlRoute('POST', '/service-account-keys', async (call) => {
      const { name } = await call.json();
      return [201, sandbox.createServiceAccountKey(typeof name === 'string' ? name : undefined)];
    }),
    controlRoute('POST', '/access-tokens', async (call) => [
      201,
      sandbox.issueAccessToken(strings((await call.json())['scopes'])),
    ]),
    controlRoute('POST', '/refresh-tokens', async (call) => {
      const body = await call.json();
      if (typeof body['clientId'] !== 'string' || !body['clientId']) {
        throw new ControlError(400, 'clientId is required');
      }
      const refreshToken = sandbox.issueRefreshToken(body['clientId'], strings(body['scopes']));
      return [201, { refreshToken }];
    }),
    controlRoute('POST', '/revoke', () => {
      sandbox.revokeTokens();
      return [200, {}];
    }),
    controlRoute('POST', '/spreadsheets', async (call) => [
      201,
      sandbox.seedSpreadsheet((await call.json()) as unknown as SeedSpreadsheet),
    ]),
    controlRoute('GET', ROWS, ({ params: [id, title] }) => [200, sandbox.rows(id, title)]),
    controlRoute('POST', ROWS, async (call) => {
      const [id, title] = call.params;
      const body = (await call.json()) as { rows?: CellValue[][]; at?: number };
      sandbox.insertRows(id, title, body.rows ?? [], body.at);
      return [200, sandbox.rows(id, title)];
    }),
    controlRoute('DELETE', ROW, ({ params: [id, title, row], url }) => {
      sandbox.deleteRows(id, title, Number(row), Number(url.searchParams.get('count') ?? 1));
      return [200, sandbox.rows(id, title)];
    }),
    controlRoute('PUT', ROW, async (call) => {
      const [id, title, row] = call.params;
      const body = (await call.json()) as { values?: CellValue[] };
      sandbox.editRow(id, title, Number(row), body.values ?? []);
      return [200, sandbox.rows(id, title)];
    }),
  ];
}
