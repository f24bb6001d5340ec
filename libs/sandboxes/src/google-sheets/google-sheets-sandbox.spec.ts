import { createSign } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { GoogleSheetsSandbox } from './google-sheets-sandbox';

const SHEETS = 'https://www.googleapis.com/auth/spreadsheets';

// Answers are read loosely here; each assertion states the exact shape it expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

const read = async (response: Response): Promise<Json> => response.json();

function base64Url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function signJwt(claims: Record<string, unknown>, privateKey: string): string {
  const unsigned = `${base64Url({ alg: 'RS256', typ: 'JWT' })}.${base64Url(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey, 'base64url');
  return `${unsigned}.${signature}`;
}

describe(GoogleSheetsSandbox.name, () => {
  let sut: GoogleSheetsSandbox;
  let token: string;
  let id: string;

  beforeAll(async () => {
    sut = await GoogleSheetsSandbox.start();
  });
  afterAll(() => sut.stop());
  beforeEach(() => {
    sut.reset();
    token = sut.issueAccessToken().accessToken;
    id = sut.seedSpreadsheet({
      title: 'Orders',
      sheets: [
        {
          title: 'Sheet1',
          rows: [
            ['Name', 'Total'],
            ['Ana', 10],
            ['Bo', 12],
          ],
        },
        { title: 'My Sheet', rows: [['A', '', 'C']] },
      ],
    }).id;
  });

  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${sut.url}${path}`, {
      ...init,
      headers: { authorization: `Bearer ${token}`, ...(init.headers ?? {}) },
    });

  it("should answer 401 in Google's envelope when the call has no valid Bearer token", async () => {
    const response = await fetch(`${sut.url}/v4/spreadsheets/${id}`);

    expect(response.status).toBe(401);
    expect(await read(response)).toMatchObject({
      error: { code: 401, status: 'UNAUTHENTICATED' },
    });
  });

  it('should list the tabs when asked for the spreadsheet', async () => {
    const body = await read(await api(`/v4/spreadsheets/${id}`));

    expect(body.properties.title).toBe('Orders');
    expect(body.sheets.map((s: { properties: { title: string } }) => s.properties.title)).toEqual([
      'Sheet1',
      'My Sheet',
    ]);
    expect(body.sheets[0].properties.sheetId).toBe(0);
  });

  it('should return formatted values and the clipped range when reading a whole sheet', async () => {
    const body = await read(await api(`/v4/spreadsheets/${id}/values/Sheet1`));

    expect(body).toEqual({
      range: 'Sheet1!A1:Z1000',
      majorDimension: 'ROWS',
      values: [
        ['Name', 'Total'],
        ['Ana', '10'],
        ['Bo', '12'],
      ],
    });
  });

  it('should omit values when the range is empty and transpose when COLUMNS is asked', async () => {
    const empty = await read(await api(`/v4/spreadsheets/${id}/values/Sheet1!D1:E5`));
    const columns = await read(
      await api(
        `/v4/spreadsheets/${id}/values/${encodeURIComponent("'My Sheet'!A:C")}?majorDimension=COLUMNS&valueRenderOption=UNFORMATTED_VALUE`,
      ),
    );

    expect(empty).toEqual({ range: 'Sheet1!D1:E5', majorDimension: 'ROWS' });
    expect(columns).toEqual({
      range: "'My Sheet'!A1:C1000",
      majorDimension: 'COLUMNS',
      values: [['A'], [], ['C']],
    });
  });

  it('should answer every range when batchGet repeats the ranges key', async () => {
    const body = await read(
      await api(`/v4/spreadsheets/${id}/values:batchGet?ranges=Sheet1!1:1&ranges=Sheet1!A3`),
    );

    expect(body.valueRanges.map((range: { values: string[][] }) => range.values)).toEqual([
      [['Name', 'Total']],
      [['Bo']],
    ]);
  });

  it('should append after the table and parse typed values when USER_ENTERED', async () => {
    const response = await api(
      `/v4/spreadsheets/${id}/values/Sheet1:append?valueInputOption=USER_ENTERED&insertDataOption=INSERT_ROWS`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ values: [['Cy', '7.5']] }),
      },
    );
    const unformatted = await read(
      await api(`/v4/spreadsheets/${id}/values/Sheet1!B4?valueRenderOption=UNFORMATTED_VALUE`),
    );

    expect(await read(response)).toEqual({
      spreadsheetId: id,
      tableRange: 'Sheet1!A1:B3',
      updates: {
        spreadsheetId: id,
        updatedRange: 'Sheet1!A4:B4',
        updatedRows: 1,
        updatedColumns: 2,
        updatedCells: 2,
      },
    });
    expect(unformatted.values).toEqual([[7.5]]);
  });

  it('should refuse an append without valueInputOption and a range it cannot parse', async () => {
    const noOption = await api(`/v4/spreadsheets/${id}/values/Sheet1:append`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ values: [['x']] }),
    });
    const badRange = await api(`/v4/spreadsheets/${id}/values/Nope!A1`);

    expect(noOption.status).toBe(400);
    expect((await read(badRange)).error).toEqual({
      code: 400,
      message: 'Unable to parse range: Nope!A1',
      status: 'INVALID_ARGUMENT',
    });
  });

  it('should answer 404 NOT_FOUND when the spreadsheet does not exist', async () => {
    const response = await api('/v4/spreadsheets/missing/values/Sheet1');

    expect(response.status).toBe(404);
    expect((await read(response)).error.status).toBe('NOT_FOUND');
  });

  it('should answer 429 RESOURCE_EXHAUSTED for the given number of calls when the quota fault is set', async () => {
    sut.setFault({ mode: 'quota', times: 1 });

    const first = await api(`/v4/spreadsheets/${id}`);
    const second = await api(`/v4/spreadsheets/${id}`);

    expect(first.status).toBe(429);
    expect((await read(first)).error.status).toBe('RESOURCE_EXHAUSTED');
    expect(second.status).toBe(200);
  });

  it('should list spreadsheets from Drive when the token has a Drive scope', async () => {
    const query = encodeURIComponent("mimeType='application/vnd.google-apps.spreadsheet'");
    const listed = await read(await api(`/drive/v3/files?q=${query}`));
    token = sut.issueAccessToken([SHEETS]).accessToken;
    const refused = await api(`/drive/v3/files?q=${query}`);

    expect(listed.files).toEqual([
      {
        kind: 'drive#file',
        mimeType: 'application/vnd.google-apps.spreadsheet',
        id,
        name: 'Orders',
      },
    ]);
    expect(refused.status).toBe(403);
  });

  it('should issue a token for a JWT signed with the key it created and refuse a forged one', async () => {
    const key = sut.createServiceAccountKey();
    const other = sut.createServiceAccountKey();
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      iss: key.client_email,
      scope: SHEETS,
      aud: 'https://oauth2.googleapis.com/token',
      iat: now,
      exp: now + 3600,
    };
    const grant = (assertion: string) =>
      fetch(key.token_uri, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion,
        }),
      });

    const good = await grant(signJwt(claims, key.private_key));
    const forged = await grant(signJwt(claims, other.private_key));
    const issued = await read(good);
    const call = await fetch(`${sut.url}/v4/spreadsheets/${id}`, {
      headers: { authorization: `Bearer ${issued.access_token}` },
    });

    expect(good.status).toBe(200);
    expect(forged.status).toBe(400);
    expect(await forged.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Invalid JWT Signature.',
    });
    expect(call.status).toBe(200);
  });

  it('should refresh a token until access is revoked, then answer invalid_grant', async () => {
    const refreshToken = sut.issueRefreshToken('client-1');
    const refresh = () =>
      fetch(sut.tokenUrl, {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: refreshToken,
          client_id: 'client-1',
          client_secret: 'secret',
        }),
      });

    const before = await refresh();
    sut.revokeTokens();
    const after = await refresh();
    const oldToken = await api(`/v4/spreadsheets/${id}`);

    expect(before.status).toBe(200);
    expect(after.status).toBe(400);
    expect(await after.json()).toEqual({
      error: 'invalid_grant',
      error_description: 'Token has been expired or revoked.',
    });
    expect(oldToken.status).toBe(401);
  });

  it('should record each API call with its raw path, query and body when called', async () => {
    sut.clearRequests();

    await api(`/v4/spreadsheets/${id}/values/Sheet1%21A1:append?valueInputOption=RAW`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ values: [['z']] }),
    });

    expect(sut.requests()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: `/v4/spreadsheets/${id}/values/Sheet1%21A1:append`,
        query: { valueInputOption: 'RAW' },
        body: { values: [['z']] },
        headers: expect.objectContaining({ authorization: `Bearer ${token}` }),
      }),
    ]);
  });

  it('should insert, edit and delete rows when the control API is called', async () => {
    const rowsUrl = `${sut.url}/__control/spreadsheets/${id}/sheets/Sheet1/rows`;
    const post = (path: string, method: string, body: unknown) =>
      fetch(`${rowsUrl}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    await post('', 'POST', { rows: [['Mid', 1]], at: 3 });
    await post('/2', 'PUT', { values: ['Ana', 11] });
    const afterDelete = await read(await fetch(`${rowsUrl}/4`, { method: 'DELETE' }));

    expect(afterDelete).toEqual([
      ['Name', 'Total'],
      ['Ana', '11'],
      ['Mid', '1'],
    ]);
  });

  it('should hand out a service-account key whose token_uri is the sandbox when asked over HTTP', async () => {
    const response = await fetch(`${sut.url}/__control/service-account-keys`, { method: 'POST' });
    const key = await read(response);

    expect(response.status).toBe(201);
    expect(key).toMatchObject({ type: 'service_account', token_uri: `${sut.url}/token` });
    expect(key.private_key).toContain('BEGIN PRIVATE KEY');
  });
});
