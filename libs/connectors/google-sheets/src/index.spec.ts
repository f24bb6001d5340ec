import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { googleSheetsConnector } from './index';
import { loadColumns, loadSheets, loadSpreadsheets } from './option-loaders';

describe('googleSheetsConnector', () => {
  it('should declare the frozen keys and a manifest the editor accepts', () => {
    const manifest = connectorManifestSchema.parse(toManifest(googleSheetsConnector));

    expect(manifest).toMatchObject({
      key: 'google-sheets',
      name: 'Google Sheets',
      group: 'spreadsheets',
    });
    expect(manifest.sources.map((s) => s.key)).toEqual(['new-rows']);
    expect(manifest.receivers.map((r) => r.key)).toEqual(['add-row']);
    expect(manifest.receivers[0].fields.map((f) => f.key)).toEqual(['spreadsheet', 'sheet', 'row']);
    expect(manifest.auth?.fields.map((f) => f.key)).toEqual([
      'authType',
      'serviceAccountKey',
      'apiBaseUrl',
    ]);
    // Every list the editor asks for is served by the loader its field declares.
    const loaders = googleSheetsConnector.optionLoaders;
    const [spreadsheet, sheet] = manifest.receivers[0].fields;
    expect(spreadsheet.type === 'dynamic-select' && loaders[spreadsheet.optionsLoader]).toBe(
      loadSpreadsheets,
    );
    expect(sheet.type === 'dynamic-select' && loaders[sheet.optionsLoader]).toBe(loadSheets);
    expect(loaders[manifest.receivers[0].dynamicFields?.optionsLoader ?? '']).toBe(loadColumns);
    expect(Object.keys(loaders)).toHaveLength(3);
    expect(googleSheetsConnector.auth?.oauth2).toEqual({
      authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
      tokenUrl: 'https://oauth2.googleapis.com/token',
      scopes: [
        'https://www.googleapis.com/auth/spreadsheets',
        'https://www.googleapis.com/auth/drive.metadata.readonly',
      ],
      authorizeParams: { access_type: 'offline', prompt: 'consent' },
    });
  });
});
