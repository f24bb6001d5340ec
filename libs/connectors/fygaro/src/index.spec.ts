import { silentLogger, toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { fygaroConnector } from './index';

describe('fygaroConnector', () => {
  it('should produce a valid manifest with the frozen keys when served to the editor', () => {
    const manifest = connectorManifestSchema.parse(toManifest(fygaroConnector));

    expect(manifest).toMatchObject({ key: 'fygaro', name: 'Fygaro', group: 'payment-gateways' });
    expect(manifest.auth?.fields.map((field) => [field.key, field.required, field.secret])).toEqual(
      [
        ['publicKey', true, undefined],
        ['secret', true, true],
      ],
    );
    expect(manifest.sources).toEqual([
      expect.objectContaining({ key: 'payment-hook', kind: 'instant', requiresAccount: true }),
    ]);
  });

  it('should ship a small SVG logo', () => {
    expect(fygaroConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(fygaroConnector.logoSvg.length).toBeLessThan(1024);
  });

  it('should say what is missing when checking an incomplete account', async () => {
    const check = fygaroConnector.auth?.check;

    await expect(
      check?.({ publicKey: 'pk', secret: ' \n ' }, { logger: silentLogger }),
    ).resolves.toEqual({
      ok: false,
      message: 'Enter the secret key of your Fygaro API credential.',
    });
    await expect(
      check?.({ publicKey: 'pk', secret: 'sk' }, { logger: silentLogger }),
    ).resolves.toMatchObject({
      ok: true,
    });
  });
});
