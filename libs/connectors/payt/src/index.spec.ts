import { silentLogger, toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema, optionsOf } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { paytConnector } from './index';

describe('paytConnector', () => {
  it('should produce a valid manifest with the frozen keys when served to the editor', () => {
    const manifest = connectorManifestSchema.parse(toManifest(paytConnector));

    expect(manifest).toMatchObject({ key: 'payt', name: 'PayT', group: 'payment-gateways' });
    expect(manifest.auth?.fields.map((field) => [field.key, field.required, field.secret])).toEqual(
      [['integrationKey', true, true]],
    );
    expect(manifest.sources).toEqual([
      expect.objectContaining({ key: 'postback', kind: 'instant', requiresAccount: true }),
    ]);
    const events = manifest.sources[0]?.fields[0];
    expect(events).toMatchObject({ key: 'events', type: 'multi-select', required: true });
    expect(events?.default).toBeUndefined();
    expect(events && optionsOf(events).map((option) => option.value)).toEqual([
      'waiting-payment',
      'cancelled',
      'abandoned-checkout',
      'approved',
      'chargeback',
      'shipping-updated',
      'order-shipped',
      'order-delivered',
      'invoiced',
      'refunded',
    ]);
  });

  it('should ship a small SVG logo', () => {
    expect(paytConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(paytConnector.logoSvg.length).toBeLessThan(1024);
  });

  it('should refuse an account without a key when checking the connection', async () => {
    const check = paytConnector.auth?.check ?? (() => Promise.reject(new Error('no check')));

    await expect(check({ integrationKey: '  ' }, { logger: silentLogger })).resolves.toMatchObject({
      ok: false,
    });
    await expect(check({ integrationKey: 'abc' }, { logger: silentLogger })).resolves.toMatchObject(
      {
        ok: true,
      },
    );
  });
});
