import { testContext, toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { MercadoPagoSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mercadoPagoConnector } from './index';

const check: NonNullable<typeof mercadoPagoConnector.auth>['check'] = (credentials, ctx) => {
  if (!mercadoPagoConnector.auth) throw new Error('the connector declares no account');
  return mercadoPagoConnector.auth.check(credentials, ctx);
};

describe('mercadoPagoConnector', () => {
  let mp: MercadoPagoSandbox;

  beforeAll(async () => {
    mp = await MercadoPagoSandbox.start();
  });

  afterAll(async () => {
    await mp.stop();
  });

  it('should produce a valid manifest with the frozen keys', () => {
    const manifest = connectorManifestSchema.parse(toManifest(mercadoPagoConnector));

    expect(manifest).toMatchObject({
      key: 'mercado-pago',
      name: 'Mercado Pago',
      group: 'payment-gateways',
    });
    expect(manifest.auth?.fields.map((field) => [field.key, field.secret ?? false])).toEqual([
      ['accessToken', true],
      ['webhookSecret', true],
      ['apiBaseUrl', false],
    ]);
    expect(manifest.sources).toEqual([
      expect.objectContaining({ key: 'notifications', kind: 'instant', requiresAccount: true }),
    ]);
    expect(manifest.sources[0].fields[0].options?.map((option) => option.value)).toEqual([
      'payment-approved',
      'payment-pending',
      'payment-rejected',
      'payment-refunded',
      'payment-charged-back',
      'payment-cancelled',
      'subscription-updated',
      'subscription-payment',
    ]);
  });

  it('should ship a small SVG logo', () => {
    expect(mercadoPagoConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(mercadoPagoConnector.logoSvg.length).toBeLessThan(1024);
  });

  it('should report the account when the access token works', async () => {
    const credentials = { accessToken: mp.accessToken, webhookSecret: 's', apiBaseUrl: mp.url };

    const result = await check(credentials, testContext());

    expect(result).toEqual({ ok: true, message: 'Connected to Mercado Pago as LOJA_SANDBOX.' });
    expect(mp.requests().at(-1)).toMatchObject({ method: 'GET', path: '/users/me' });
  });

  it('should explain the refusal when the access token is wrong', async () => {
    const credentials = { accessToken: 'wrong', webhookSecret: 's', apiBaseUrl: mp.url };

    const result = await check(credentials, testContext());

    expect(result.ok).toBe(false);
    expect(result.message).toContain('Mercado Pago refused the access token (401)');
  });
});
