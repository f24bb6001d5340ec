import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { portmoneConnector } from './index';

describe('portmoneConnector', () => {
  it('should produce a valid manifest with the frozen keys when served by the API', () => {
    const manifest = connectorManifestSchema.parse(toManifest(portmoneConnector));

    expect(manifest).toMatchObject({
      key: 'portmone',
      name: 'Portmone',
      group: 'payment-gateways',
    });
    expect(
      manifest.auth?.fields.map((field) => [field.key, field.required, !!field.secret]),
    ).toEqual([
      ['payeeId', true, false],
      ['login', true, false],
      ['password', true, true],
      ['signatureKey', false, true],
      ['apiBaseUrl', false, false],
    ]);
    expect(manifest.receivers.map((receiver) => [receiver.key, receiver.name])).toEqual([
      ['send-invoice-email', 'Create and send invoice by e-mail'],
      ['send-invoice-sms', 'Create and send invoice by SMS'],
    ]);
    expect(manifest.sources.map((source) => [source.key, source.kind])).toEqual([
      ['invoice-status-changed', 'polling'],
    ]);
  });

  it('should offer the e-mail and SMS fields and their sending accounts when listing receivers', () => {
    const [email, sms] = portmoneConnector.receivers;
    const shape = (fields: typeof email.fields) =>
      fields.map((field) => [field.key, field.type, field.required]);

    expect(shape(email.fields)).toEqual([
      ['payerName', 'text', true],
      ['email', 'email', true],
      ['amount', 'money', true],
      ['currency', 'select', false],
      ['description', 'textarea', false],
      ['orderNumber', 'text', false],
      ['expiresAt', 'text', false],
      ['language', 'select', false],
      ['successUrl', 'url', false],
      ['failureUrl', 'url', false],
      ['messageSubject', 'text', false],
      ['messageText', 'textarea', false],
      ['sendVia', 'account', true],
    ]);
    expect(shape(sms.fields)[1]).toEqual(['phone', 'phone', true]);
    // An SMS has no subject, only the user's own text.
    expect(shape(sms.fields).map(([key]) => key)).not.toContain('messageSubject');
    expect(shape(sms.fields).map(([key]) => key)).toContain('messageText');
    expect(email.fields.at(-1)).toMatchObject({
      accountConnectors: ['email'],
      help: 'The e-mail account the invoice link is sent from.',
    });
    expect(sms.fields.at(-1)).toMatchObject({
      accountConnectors: ['sms-twilio'],
      help: 'The SMS account the invoice link is sent from.',
    });
    expect(portmoneConnector.sources[0]).toMatchObject({ defaultIntervalMinutes: 15 });
  });

  it('should ship a small SVG logo', () => {
    expect(portmoneConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(portmoneConnector.logoSvg.length).toBeLessThan(1024);
  });
});
