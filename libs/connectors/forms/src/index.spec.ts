import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { formsConnector } from './index';

describe('formsConnector', () => {
  it('should produce a valid manifest with two instant sources and no account', () => {
    const manifest = connectorManifestSchema.parse(toManifest(formsConnector));

    expect(manifest).toMatchObject({ key: 'forms', name: 'Web form', group: 'forms', auth: null });
    expect(manifest.sources).toEqual([
      expect.objectContaining({
        key: 'new-submission',
        name: 'New form submission',
        kind: 'instant',
      }),
      expect.objectContaining({ key: 'hosted-form', name: 'Hosted form', kind: 'instant' }),
    ]);
    expect(manifest.receivers).toEqual([]);
  });

  it('should ship a small SVG logo', () => {
    expect(formsConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(formsConnector.logoSvg.length).toBeLessThan(1024);
  });
});
