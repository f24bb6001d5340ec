import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { googleSheetsConnector } from './index';

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
    expect(Object.keys(googleSheetsConnector.optionLoaders ?? {})).toEqual([
      'spreadsheets',
      'sheets',
      'columns',
    ]);
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
