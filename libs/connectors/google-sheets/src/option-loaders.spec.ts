import { testContext } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { GoogleSheetsSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { oauthCredentials } from './__fixtures__/accounts';
import { loadColumns, loadSheets, loadSpreadsheets } from './option-loaders';

describe('googleSheetsOptionLoaders', () => {
  let sandbox: GoogleSheetsSandbox;
  let spreadsheetId: string;

  beforeAll(async () => {
    sandbox = await GoogleSheetsSandbox.start();
  });
  afterAll(() => sandbox.stop());
  beforeEach(() => {
    sandbox.reset();
    spreadsheetId = sandbox.seedSpreadsheet({
      title: 'Orders',
      sheets: [{ title: 'Sheet1', rows: [['Name', '', 'Total']] }, { title: 'Empty' }],
    }).id;
  });

  it("should list the account's spreadsheets from Drive when it may list files", async () => {
    const ctx = testContext({ credentials: oauthCredentials(sandbox) });

    const result = await loadSpreadsheets(ctx);

    expect(result).toEqual({ options: [{ value: spreadsheetId, label: 'Orders' }] });
    expect(sandbox.requests()[0]).toMatchObject({
      method: 'GET',
      path: '/drive/v3/files',
      query: {
        q: "mimeType='application/vnd.google-apps.spreadsheet' and trashed=false",
        fields: 'nextPageToken, files(id, name)',
        orderBy: 'modifiedTime desc',
        pageSize: '200',
      },
    });
  });

  it('should hint at pasting the link when the account may not list files', async () => {
    const ctx = testContext({
      credentials: oauthCredentials(sandbox, {
        scopes: ['https://www.googleapis.com/auth/spreadsheets'],
      }),
    });

    expect(await loadSpreadsheets(ctx)).toEqual({
      options: [],
      hint: 'Paste the spreadsheet link instead',
    });
  });

  it('should list the tabs of a pasted link and hint when no spreadsheet is chosen', async () => {
    const credentials = oauthCredentials(sandbox);
    const link = `https://docs.google.com/spreadsheets/d/${spreadsheetId}/edit#gid=0`;

    const tabs = await loadSheets(testContext({ credentials, settings: { spreadsheet: link } }));
    const none = await loadSheets(testContext({ credentials, settings: {} }));

    expect(tabs).toEqual({
      options: [
        { value: 'Sheet1', label: 'Sheet1' },
        { value: 'Empty', label: 'Empty' },
      ],
    });
    expect(none).toEqual({ options: [], hint: 'Choose a spreadsheet first' });
  });

  it("should offer the header row's names as columns when a sheet is chosen", async () => {
    const credentials = oauthCredentials(sandbox);
    const settings = { spreadsheet: spreadsheetId, sheet: 'Sheet1' };

    const columns = await loadColumns(testContext({ credentials, settings }));
    const empty = await loadColumns(
      testContext({ credentials, settings: { ...settings, sheet: 'Empty' } }),
    );

    expect(columns).toEqual({
      options: [
        { value: 'Name', label: 'Name' },
        { value: 'Total', label: 'Total' },
      ],
    });
    expect(empty.hint).toContain('first row of this sheet is empty');
  });
});
