import { PermanentDeliveryError, TransientDeliveryError, testContext } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { GoogleSheetsSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { oauthCredentials } from '../__fixtures__/accounts';
import { REVOKED_MESSAGE } from '../client';
import { newRowsSource as sut } from './new-rows.source';

describe('newRowsSource', () => {
  let sandbox: GoogleSheetsSandbox;
  let spreadsheetId: string;
  let ctx: ReturnType<typeof testContext>;

  beforeAll(async () => {
    sandbox = await GoogleSheetsSandbox.start();
  });
  afterAll(() => sandbox.stop());
  beforeEach(() => {
    sandbox.reset();
    spreadsheetId = sandbox.seedSpreadsheet({
      title: 'Orders',
      sheets: [
        {
          title: 'Orders 2025',
          rows: [
            ['Name', 'Email', 'Total'],
            ['Ana', 'ana@example.com', 10],
            ['Bo', 'bo@example.com', 12],
          ],
        },
      ],
    }).id;
    ctx = testContext({
      credentials: oauthCredentials(sandbox),
      settings: { spreadsheet: spreadsheetId, sheet: 'Orders 2025' },
    });
  });

  const names = (items: { payload: Record<string, unknown> }[]) =>
    items.map((item) => item.payload.Name);

  async function pollTwice(change: () => void) {
    const first = await sut.poll(ctx, undefined);
    change();
    const second = await sut.poll(ctx, first.cursor);
    const seen = new Set(first.items.map((item) => item.key));
    return { first, second, fresh: second.items.filter((item) => !seen.has(item.key)) };
  }

  it('should read the sheet with the header row as variable names when polled', async () => {
    sandbox.clearRequests();

    const { items } = await sut.poll(ctx, undefined);

    expect(items.map((item) => item.payload)).toEqual([
      { Name: 'Ana', Email: 'ana@example.com', Total: '10', _row: 2 },
      { Name: 'Bo', Email: 'bo@example.com', Total: '12', _row: 3 },
    ]);
    const [request] = sandbox.requests();
    expect(request).toMatchObject({
      method: 'GET',
      path: `/v4/spreadsheets/${spreadsheetId}/values/%27Orders%202025%27`,
      query: { majorDimension: 'ROWS', valueRenderOption: 'FORMATTED_VALUE' },
      headers: { authorization: `Bearer ${ctx.credentials.oauthAccessToken}` },
    });
    expect(sandbox.requests()).toHaveLength(1);
  });

  it('should return only the appended row as new when polled a second time', async () => {
    const { fresh } = await pollTwice(() =>
      sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Cy', 'cy@example.com', 7]]),
    );

    expect(fresh.map((item) => item.payload)).toEqual([
      { Name: 'Cy', Email: 'cy@example.com', Total: '7', _row: 4 },
    ]);
  });

  it('should keep old keys when a row is inserted in the middle', async () => {
    const { second, fresh } = await pollTwice(() =>
      sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Mid', 'mid@example.com', 1]], 3),
    );

    expect(names(fresh)).toEqual(['Mid']);
    expect(second.items.map((item) => item.payload._row)).toEqual([2, 3, 4]);
  });

  it('should repeat nothing when rows are deleted', async () => {
    sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Cy', 'cy@example.com', 7]]);

    const { second, fresh } = await pollTwice(() =>
      sandbox.deleteRows(spreadsheetId, 'Orders 2025', 2, 2),
    );

    expect(fresh).toEqual([]);
    expect(names(second.items)).toEqual(['Cy']);
  });

  it('should not send an old row again when one of its cells is edited', async () => {
    const { fresh } = await pollTwice(() =>
      sandbox.editRow(spreadsheetId, 'Orders 2025', 2, ['Ana', 'ana@example.com', 11]),
    );

    expect(fresh).toEqual([]);
  });

  it('should send a row that replaced a deleted one when their cells differ', async () => {
    const { fresh } = await pollTwice(() => {
      sandbox.deleteRows(spreadsheetId, 'Orders 2025', 3);
      sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Dee', 'dee@example.com', 12]]);
    });

    expect(names(fresh)).toEqual(['Dee']);
  });

  it('should send identical rows as separate items when they are added', async () => {
    const { fresh } = await pollTwice(() =>
      sandbox.insertRows(spreadsheetId, 'Orders 2025', [
        ['Bo', 'bo@example.com', 12],
        ['Bo', 'bo@example.com', 12],
      ]),
    );

    expect(fresh.map((item) => item.payload._row)).toEqual([4, 5]);
    expect(new Set(fresh.map((item) => item.key)).size).toBe(2);
  });

  it('should give a new identical row a fresh key when an earlier twin was deleted', async () => {
    sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Bo', 'bo@example.com', 12]]);
    const first = await sut.poll(ctx, undefined);
    sandbox.deleteRows(spreadsheetId, 'Orders 2025', 3);
    const second = await sut.poll(ctx, first.cursor);
    sandbox.insertRows(spreadsheetId, 'Orders 2025', [['Bo', 'bo@example.com', 12]]);

    const third = await sut.poll(ctx, second.cursor);

    const seen = new Set([...first.items, ...second.items].map((item) => item.key));
    expect(third.items.filter((item) => !seen.has(item.key)).map((i) => i.payload._row)).toEqual([
      4,
    ]);
  });

  it('should skip empty rows and keep their row numbers when rows have gaps', async () => {
    sandbox.insertRows(spreadsheetId, 'Orders 2025', [
      ['', '  ', ''],
      ['Cy', '', 7],
    ]);

    const { items } = await sut.poll(ctx, undefined);

    expect(items.map((item) => item.payload)).toContainEqual({
      Name: 'Cy',
      Email: '',
      Total: '7',
      _row: 5,
    });
    expect(items).toHaveLength(3);
  });

  it('should return no items when the sheet has only its header row', async () => {
    sandbox.deleteRows(spreadsheetId, 'Orders 2025', 2, 2);

    const { items } = await sut.poll(ctx, undefined);

    expect(items).toEqual([]);
  });

  it('should throw a transient error when Google answers 429', async () => {
    sandbox.setFault({ mode: 'quota' });

    const poll = sut.poll(ctx, undefined);

    await expect(poll).rejects.toBeInstanceOf(TransientDeliveryError);
    await expect(poll).rejects.toThrow('too many requests');
    expect(sandbox.requests().filter((r) => r.path.startsWith('/v4'))).toHaveLength(1);
  });

  it('should refresh an expired sign-in through the token URL before reading', async () => {
    ctx.credentials = oauthCredentials(sandbox, { expired: true });

    const { items } = await sut.poll(ctx, undefined);

    expect(items).toHaveLength(2);
    expect(sandbox.requests().map((request) => `${request.method} ${request.path}`)).toEqual([
      'POST /token',
      `GET /v4/spreadsheets/${spreadsheetId}/values/%27Orders%202025%27`,
    ]);
  });

  it('should hand the refreshed token to the host to keep with the account', async () => {
    ctx.credentials = oauthCredentials(sandbox, { expired: true });
    const saved: Record<string, unknown>[] = [];
    ctx.saveCredentials = async (changes) => {
      saved.push(changes);
    };

    await sut.poll(ctx, undefined);

    expect(saved).toHaveLength(1);
    expect(saved[0].oauthAccessToken).toEqual(expect.any(String));
    expect(saved[0].oauthAccessToken).not.toBe(ctx.credentials.oauthAccessToken);
    expect(Number(saved[0].oauthExpiresAt)).toBeGreaterThan(Date.now());
  });

  it('should fail permanently with a plain message when the sign-in was revoked', async () => {
    ctx.credentials = oauthCredentials(sandbox, { expired: true });
    sandbox.revokeTokens();

    await expect(sut.poll(ctx, undefined)).rejects.toThrow(
      new PermanentDeliveryError(REVOKED_MESSAGE),
    );
  });

  it('should name the sheet when the chosen sheet does not exist', async () => {
    ctx.settings = { spreadsheet: spreadsheetId, sheet: 'Renamed' };

    await expect(sut.poll(ctx, undefined)).rejects.toThrow(
      new PermanentDeliveryError(
        'The spreadsheet has no sheet called "Renamed". Choose the sheet again (was it renamed?).',
      ),
    );
  });

  it('should read the tab a pasted link points at when no sheet is chosen', async () => {
    const other = sandbox.seedSpreadsheet({
      title: 'Two tabs',
      sheets: [
        { title: 'First', rows: [['A'], ['first']] },
        { title: 'Second', rows: [['A'], ['second']] },
      ],
    });
    const gid = other.sheets[1].sheetId;
    ctx.settings = {
      spreadsheet: `https://docs.google.com/spreadsheets/d/${other.id}/edit#gid=${gid}`,
    };

    const { items } = await sut.poll(ctx, undefined);

    expect(items.map((item) => item.payload.A)).toEqual(['second']);
  });
});
