import { describe, expect, it } from '@jest/globals';
import { defineConnector, toManifest } from './define-connector';

const echo = defineConnector({
  key: 'echo',
  name: 'Echo',
  description: 'Test connector',
  group: 'http',
  logoSvg: '<svg/>',
  auth: {
    fields: [{ key: 'token', label: 'Token', type: 'password', required: true, secret: true }],
    check: async () => ({ ok: true, message: 'ok' }),
  },
  sources: [],
  receivers: [
    {
      key: 'say',
      name: 'Say',
      description: 'Says it',
      fields: [{ key: 'text', label: 'Text', type: 'text', required: true }],
      deliver: async (payload) => ({ response: payload }),
    },
  ],
});

describe(toManifest.name, () => {
  it('should keep every declared field and drop the functions', () => {
    const manifest = toManifest(echo);

    expect(manifest.auth).toEqual({ fields: echo.auth?.fields });
    expect(manifest.receivers).toEqual([
      { key: 'say', name: 'Say', description: 'Says it', fields: echo.receivers[0].fields },
    ]);
    expect(JSON.stringify(manifest)).not.toContain('deliver');
  });
});
