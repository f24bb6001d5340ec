import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { httpConnector } from './index';

describe('httpConnector', () => {
  it('should produce a valid manifest with the frozen keys when served by the API', () => {
    const manifest = connectorManifestSchema.parse(toManifest(httpConnector));

    expect(manifest).toMatchObject({
      key: 'http',
      name: 'HTTP request',
      group: 'http',
      auth: null,
    });
    expect(manifest.sources).toEqual([]);
    expect(manifest.receivers.map((receiver) => receiver.key)).toEqual(['http-request']);
    expect(
      manifest.receivers[0].fields.map((field) => [
        field.key,
        field.type,
        field.required,
        field.default,
      ]),
    ).toEqual([
      ['method', 'select', true, 'POST'],
      ['url', 'url', true, undefined],
      ['headers', 'textarea', false, undefined],
      ['query', 'textarea', false, undefined],
      ['bodyType', 'select', false, 'json'],
      ['body', 'textarea', false, undefined],
      ['authType', 'select', false, 'none'],
      ['username', 'text', false, undefined],
      ['password', 'password', false, undefined],
      ['token', 'password', false, undefined],
      ['timeoutSeconds', 'number', false, 30],
    ]);
  });

  it('should show the credential fields only for their authentication type', () => {
    const fields = Object.fromEntries(
      httpConnector.receivers[0].fields.map((field) => [field.key, field.showWhen]),
    );

    expect(fields.username).toEqual({ field: 'authType', equals: ['basic'] });
    expect(fields.password).toEqual({ field: 'authType', equals: ['basic'] });
    expect(fields.token).toEqual({ field: 'authType', equals: ['bearer'] });
    expect(fields.body).toEqual({ field: 'bodyType', equals: ['json', 'form', ''] });
  });

  it('should give every field a label and every choice field its options', () => {
    for (const field of httpConnector.receivers[0].fields) {
      expect(field.label).not.toBe('');
      if (field.type === 'select') expect(field.options?.length).toBeGreaterThan(1);
    }
  });

  it('should ship a small SVG logo', () => {
    expect(httpConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(httpConnector.logoSvg.length).toBeLessThan(1024);
  });
});
