import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { emailConnector } from './index';

describe('emailConnector', () => {
  it('should produce a valid manifest when served by the API', () => {
    const manifest = connectorManifestSchema.parse(toManifest(emailConnector));

    expect(manifest).toMatchObject({
      key: 'email',
      name: 'E-mail (SMTP)',
      group: 'email',
      messengerChannel: 'email',
    });
    expect(manifest.receivers.map((receiver) => receiver.key)).toEqual(['send-email']);
    expect(
      manifest.receivers[0].fields.map((field) => [field.key, field.type, field.required]),
    ).toEqual([
      ['to', 'email', true],
      ['cc', 'email', false],
      ['bcc', 'email', false],
      ['replyTo', 'email', false],
      ['subject', 'text', true],
      ['text', 'textarea', false],
      ['html', 'textarea', false],
    ]);
  });

  it('should ship a small SVG logo', () => {
    expect(emailConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(emailConnector.logoSvg.length).toBeLessThan(1024);
  });
});
