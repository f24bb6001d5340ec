import { toManifest } from '@fluxo/connector-sdk';
import { connectorManifestSchema } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { smsTwilioConnector } from './index';

describe('smsTwilioConnector', () => {
  it('should produce a valid manifest with the frozen keys when served by the API', () => {
    const manifest = connectorManifestSchema.parse(toManifest(smsTwilioConnector));

    expect(manifest).toMatchObject({
      key: 'sms-twilio',
      name: 'SMS (Twilio)',
      group: 'messaging',
      messengerChannel: 'sms',
    });
    expect(manifest.receivers.map((receiver) => receiver.key)).toEqual([
      'send-sms',
      'send-whatsapp',
    ]);
    expect(manifest.receivers[0]).toMatchObject({ key: 'send-sms', reportsStatus: true });
    expect(manifest.receivers[1]).toMatchObject({ key: 'send-whatsapp', reportsStatus: true });
    expect(
      manifest.receivers[0].fields.map((field) => [field.key, field.type, field.required]),
    ).toEqual([
      ['to', 'phone', true],
      ['body', 'textarea', true],
      ['from', 'phone', false],
      ['messagingServiceSid', 'text', false],
    ]);
  });

  it('should describe the two sender fields as frozen', () => {
    const fields = smsTwilioConnector.receivers[0].fields;

    expect(fields.find((field) => field.key === 'from')?.help).toBe(
      'Your Twilio number, in international format',
    );
    expect(fields.find((field) => field.key === 'messagingServiceSid')?.help).toBe(
      'Or a Messaging Service SID (MG…)',
    );
  });

  it('should ship a small SVG logo', () => {
    expect(smsTwilioConnector.logoSvg.startsWith('<svg')).toBe(true);
    expect(smsTwilioConnector.logoSvg.length).toBeLessThan(1024);
  });
});
