import { testContext, toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { PagHiperSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { paghiperConnector } from './index';

const check: NonNullable<typeof paghiperConnector.auth>['check'] = (credentials, ctx) => {
  if (!paghiperConnector.auth) throw new Error('the connector declares no account');
  return paghiperConnector.auth.check(credentials, ctx);
};

describe('paghiperConnector', () => {
  let paghiper: PagHiperSandbox;

  beforeAll(async () => {
    paghiper = await PagHiperSandbox.start();
  });

  afterAll(async () => {
    await paghiper.stop();
  });

  it('should produce a valid manifest with the frozen keys', () => {
    const manifest = connectorManifestSchema.parse(toManifest(paghiperConnector));

    expect(manifest).toMatchObject({
      key: 'paghiper',
      name: 'PagHiper',
      group: 'payment-gateways',
    });
    expect(manifest.auth?.fields.map((field) => field.key)).toEqual([
      'apiKey',
      'token',
      'apiBaseUrl',
      'pixApiBaseUrl',
    ]);
    expect(manifest.sources).toEqual([
      expect.objectContaining({
        key: 'payment-status-changed',
        kind: 'polling',
        newItemsRule:
          "Each change of a payment's status is one new item; PagHiper sends no tracking (UTM) variables.",
      }),
      expect.objectContaining({
        key: 'payment-notification',
        kind: 'instant',
        requiresAccount: true,
      }),
    ]);
    expect(manifest.sources[0].fields.map((field) => [field.key, field.required])).toEqual([
      ['kinds', true],
      ['statuses', false],
      ['lookBackDays', false],
      ['reminders', false],
      ['dueSoonDays', false],
    ]);
  });

  it('should poll every 5 minutes by default', () => {
    const [polling] = paghiperConnector.sources;

    expect(polling.kind === 'polling' && polling.defaultIntervalMinutes).toBe(5);
  });

  it('should ship a small SVG logo', () => {
    expect(paghiperConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(paghiperConnector.logoSvg.length).toBeLessThan(1024);
  });

  it('should accept the account when the key and token work', async () => {
    const credentials = {
      apiKey: paghiper.apiKey,
      token: paghiper.token,
      apiBaseUrl: paghiper.url,
    };

    const result = await check(credentials, testContext());

    expect(result).toEqual({ ok: true, message: 'PagHiper accepted the API key and token.' });
    expect(paghiper.requests().at(-1)?.path).toBe('/transaction/list/');
  });

  it('should explain the refusal when the token is wrong', async () => {
    const credentials = { apiKey: paghiper.apiKey, token: 'wrong', apiBaseUrl: paghiper.url };

    const result = await check(credentials, testContext());

    expect(result.ok).toBe(false);
    expect(result.message).toContain('"apiKey ou token inválidos"');
  });
});
