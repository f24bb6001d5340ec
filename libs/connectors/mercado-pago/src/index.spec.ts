import { testContext, toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema, optionsOf } from '@fluxo/contracts';
import { MercadoPagoSandbox } from '@fluxo/sandboxes';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
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
      ['publicKey', false],
      ['country', false],
      ['apiBaseUrl', false],
    ]);
    expect(manifest.sources).toEqual([
      expect.objectContaining({ key: 'notifications', kind: 'instant', requiresAccount: true }),
      expect.objectContaining({ key: 'payments-polled', kind: 'polling' }),
    ]);
    expect(optionsOf(manifest.sources[0].fields[0]).map((option) => option.value)).toEqual([
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

  it('should connect without the webhook secret, saying notifications need it', async () => {
    const credentials = { accessToken: mp.accessToken, apiBaseUrl: mp.url };

    const result = await check(credentials, testContext());

    expect(result).toEqual({
      ok: true,
      message:
        'Connected to Mercado Pago as LOJA_SANDBOX. Without the webhook secret notifications are refused; "Payments (polled)" works.',
    });
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

  describe('when the API address is not Mercado Pago', () => {
    let other: Server;
    let otherUrl: string;
    const seen: { url: string; authorization?: string }[] = [];

    beforeAll(async () => {
      other = createServer((req, res) => {
        seen.push({ url: req.url ?? '', authorization: req.headers.authorization });
        if (req.url === '/users/me') res.writeHead(302, { location: '/login' }).end();
        else res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
      otherUrl = `http://127.0.0.1:${(other.address() as AddressInfo).port}`;
    });

    afterAll(async () => {
      await new Promise((resolve) => other.close(resolve));
    });

    it('should not follow a redirect, and say what the address answered', async () => {
      const credentials = { accessToken: 'tok', webhookSecret: 's', apiBaseUrl: otherUrl };

      const result = await check(credentials, testContext());

      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/answered with a redirect \(302\)/);
      expect(seen.map((call) => call.url)).toEqual(['/users/me']);
    });

    it('should refuse an answer that names no account instead of "Connected as undefined"', async () => {
      const credentials = { accessToken: 'tok', webhookSecret: 's', apiBaseUrl: `${otherUrl}/x` };

      const result = await check(credentials, testContext());

      expect(result.ok).toBe(false);
      expect(result.message).toMatch(/names no Mercado Pago account/);
    });
  });
});
