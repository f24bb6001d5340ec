// Connector specs run against the sandboxes (STYLE.md).
import { PermanentDeliveryError, testContext } from '@fluxo/connector-sdk';
import { type SandboxAccount, TwilioSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { twilioMessenger } from './messenger';

const FROM = '+15005550006';

describe('twilioMessenger', () => {
  const sut = twilioMessenger;
  let sandbox: TwilioSandbox;
  let account: SandboxAccount;
  const credentials = (extra: Record<string, string> = {}) => ({
    accountSid: account.sid,
    authToken: account.authToken,
    apiBaseUrl: sandbox.url,
    defaultCountry: 'UA',
    ...extra,
  });

  beforeAll(async () => {
    sandbox = await TwilioSandbox.start({ callbacks: 'manual' });
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  beforeEach(() => {
    account = sandbox.seedAccount();
    sandbox.seedNumber(account.sid, FROM);
  });

  afterEach(() => {
    sandbox.reset();
  });

  it('should text from the account default sender when the calling step names none', async () => {
    const result = await sut.send(
      { to: '050 123 45 67', subject: 'ignored by SMS', text: 'Рахунок: https://pay.example/1' },
      testContext({ credentials: credentials({ defaultFrom: FROM }) }),
    );

    expect(sut.channel).toBe('sms');
    expect(sandbox.requests()[0].form).toEqual({
      To: '+380501234567',
      From: FROM,
      Body: 'Рахунок: https://pay.example/1',
    });
    expect(result.response).toMatchObject({ status: 'queued', to: '+380501234567', from: FROM });
  });

  it("should use the calling step's Messaging Service when its settings have one", async () => {
    const service = sandbox.seedMessagingService({ accountSid: account.sid, senders: [FROM] });

    await sut.send(
      { to: '+380501234567', text: 'Oi' },
      testContext({
        credentials: credentials({ defaultFrom: FROM }),
        settings: { messagingServiceSid: service.sid },
      }),
    );

    expect(sandbox.requests()[0].form).toEqual({
      To: '+380501234567',
      MessagingServiceSid: service.sid,
      Body: 'Oi',
    });
  });

  it('should refuse in plain words when neither the step nor the account names a sender', async () => {
    const attempt = sut.send(
      { to: '+380501234567', text: 'Oi' },
      testContext({ credentials: credentials() }),
    );

    await expect(attempt).rejects.toThrow(PermanentDeliveryError);
    await expect(attempt).rejects.toThrow(/Choose who sends the SMS/);
    expect(sandbox.requests()).toEqual([]);
  });
});
