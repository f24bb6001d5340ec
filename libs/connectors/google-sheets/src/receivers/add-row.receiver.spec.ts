import { PermanentDeliveryError, TransientDeliveryError, testContext } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { GoogleSheetsSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { serviceAccountCredentials } from '../__fixtures__/accounts';
import { addRowReceiver as sut, parseNamedLines } from './add-row.receiver';

describe('addRowReceiver', () => {
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
      title: 'Leads',
      sheets: [
        {
          title: 'Sheet1',
          rows: [
            ['Name', 'Email', 'Amount'],
            ['Ana', 'ana@x.com', 5],
          ],
        },
      ],
    }).id;
    ctx = testContext({ credentials: serviceAccountCredentials(sandbox) });
  });

  const apiCalls = () => sandbox.requests().filter((request) => request.path !== '/token');

  it('should map "Header: value" lines onto the header columns when the row is written by name', async () => {
    const result = await sut.deliver(
      {
        spreadsheet: spreadsheetId,
        sheet: 'Sheet1',
        row: 'amount: 12.5\nName: Bo',
      },
      ctx,
    );

    expect(result.response).toEqual({
      updatedRange: 'Sheet1!A3:C3',
      updatedRows: 1,
      spreadsheetUrl: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit`,
    });
    const [header, append] = apiCalls();
    expect(header).toMatchObject({
      method: 'GET',
      path: `/v4/spreadsheets/${spreadsheetId}/values/%27Sheet1%27%211%3A1`,
    });
    expect(append).toMatchObject({
      method: 'POST',
      path: `/v4/spreadsheets/${spreadsheetId}/values/%27Sheet1%27:append`,
      query: { valueInputOption: 'USER_ENTERED', insertDataOption: 'INSERT_ROWS' },
      body: { majorDimension: 'ROWS', values: [['Bo', '', '12.5']] },
      headers: { authorization: expect.stringMatching(/^Bearer ya29\./) },
    });
    expect(sandbox.rows(spreadsheetId, 'Sheet1')[2]).toEqual(['Bo', '', '12.5']);
  });

  it('should put each mapped column under its header when the columns are mapped one by one', async () => {
    await sut.deliver(
      {
        spreadsheet: spreadsheetId,
        sheet: 'Sheet1',
        row: '',
        'column:Amount': '7,50',
        'column:Name': 'Cy',
        'column:Email': '',
      },
      ctx,
    );

    const append = apiCalls().find((call) => call.method === 'POST');
    expect(append?.body).toEqual({ majorDimension: 'ROWS', values: [['Cy', '', '7,50']] });
  });

  it('should refuse a mapped column the sheet no longer has, naming the real ones', async () => {
    const deliver = sut.deliver(
      { spreadsheet: spreadsheetId, sheet: 'Sheet1', 'column:Phone': '+5511999998888' },
      ctx,
    );

    await expect(deliver).rejects.toThrow(
      new PermanentDeliveryError(
        'The sheet "Sheet1" has no column "Phone". Its columns are: Name, Email, Amount.',
      ),
    );
  });

  it('should append tab-separated values in column order without reading the header', async () => {
    ctx.settings = {
      spreadsheet: `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=0`,
      sheet: 'Sheet1',
    };

    await sut.deliver({ row: 'Cy\tcy@x.com\t7' }, ctx);

    expect(apiCalls().map((request) => request.method)).toEqual(['POST']);
    expect(apiCalls()[0].body).toEqual({
      majorDimension: 'ROWS',
      values: [['Cy', 'cy@x.com', '7']],
    });
  });

  it('should refuse a header the sheet does not have and list the real ones', async () => {
    const delivery = sut.deliver(
      { spreadsheet: spreadsheetId, sheet: 'Sheet1', row: 'Phone: 555' },
      ctx,
    );

    await expect(delivery).rejects.toThrow(
      new PermanentDeliveryError(
        'The sheet "Sheet1" has no column "Phone". Its columns are: Name, Email, Amount.',
      ),
    );
    expect(apiCalls().some((request) => request.method === 'POST')).toBe(false);
  });

  it('should throw a transient error once (no hidden retries) when Google answers 429', async () => {
    sandbox.setFault({ mode: 'quota' });

    const delivery = sut.deliver({ spreadsheet: spreadsheetId, sheet: 'Sheet1', row: 'x\ty' }, ctx);

    await expect(delivery).rejects.toBeInstanceOf(TransientDeliveryError);
    expect(apiCalls()).toHaveLength(1);
  });

  it('should throw a transient error when Google answers 503', async () => {
    sandbox.setFault({ mode: 'unavailable', times: 1 });

    await expect(
      sut.deliver({ spreadsheet: spreadsheetId, sheet: 'Sheet1', row: 'x\ty' }, ctx),
    ).rejects.toThrow('Google Sheets is not answering properly right now (503)');
  });

  it('should tell whom to share with when Google answers 403', async () => {
    sandbox.setFault({ mode: 'permission-denied' });
    const email = JSON.parse(String(ctx.credentials.serviceAccountKey)).client_email;

    await expect(
      sut.deliver({ spreadsheet: spreadsheetId, sheet: 'Sheet1', row: 'x\ty' }, ctx),
    ).rejects.toThrow(`Share the spreadsheet with ${email}`);
  });

  it('should say the spreadsheet was not found when the id is unknown', async () => {
    await expect(
      sut.deliver({ spreadsheet: 'nope', sheet: 'Sheet1', row: 'x\ty' }, ctx),
    ).rejects.toThrow('Google Sheets could not find the spreadsheet nope: check the link.');
  });

  it('should refuse an empty row before calling Google', async () => {
    await expect(
      sut.deliver({ spreadsheet: spreadsheetId, sheet: 'Sheet1', row: '\t \t' }, ctx),
    ).rejects.toThrow('Nothing to add');
    expect(apiCalls()).toEqual([]);
  });
});

describe(parseNamedLines.name, () => {
  it('should continue a value on the next line when that line has no header', () => {
    expect(parseNamedLines('Address: Rua 1\napto 2\nName: Ana')).toEqual(
      new Map([
        ['Address', 'Rua 1\napto 2'],
        ['Name', 'Ana'],
      ]),
    );
  });

  it('should return null when the text contains a Tab', () => {
    expect(parseNamedLines('Time: 10:30\tAna')).toBeNull();
  });
});
