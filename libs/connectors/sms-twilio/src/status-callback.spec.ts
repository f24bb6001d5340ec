// Connector specs run against the sandboxes (STYLE.md).
import { type InboundRequest, SignatureRejectedError, testContext } from '@fluxo/connector-sdk';
import { type SandboxAccount, TwilioSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { formRequest, startCallbackReceiver } from './__fixtures__/callback-receiver';
import { sendSmsReceiver } from './send-sms.receiver';
import {
  describeDeliveryError,
  formParams,
  isValidTwilioSignature,
  twilioStatusCallback,
} from './status-callback';

const FROM = '+15005550006';
const TO = '+5511999998888';

describe(isValidTwilioSignature.name, () => {
  // The worked example of Twilio's webhook security documentation.
  const params = {
    CallSid: 'CA1234567890ABCDE',
    Caller: '+12349013030',
    Digits: '1234',
    From: '+12349013030',
    To: '+18005551212',
  };
  const url = 'https://mycompany.com/myapp.php?foo=1&bar=2';

  it("should accept Twilio's documented example when token, URL and parameters match", () => {
    expect(isValidTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, params)).toBe(true);
  });

  it('should accept the URL with the default port when Twilio signed it without', () => {
    const withPort = 'https://mycompany.com:443/myapp.php?foo=1&bar=2';

    expect(isValidTwilioSignature('12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', withPort, params)).toBe(
      true,
    );
  });

  it.each([
    ['another token', '54321', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, params],
    ['another query', '12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', `${url}&x=1`, params],
    ['another digit', '12345', '0/KCTR6DLpKmkAf8muzZqo1nDgQ=', url, { ...params, Digits: '1235' }],
    ['a shorter signature', '12345', '0/KCTR6DLpKmkAf8muzZqo1nDg', url, params],
    ['an empty signature', '12345', '', url, params],
  ])('should refuse %s', (_case, token, signature, candidateUrl, candidateParams) => {
    expect(isValidTwilioSignature(token, signature, candidateUrl, candidateParams)).toBe(false);
  });
});

describe('twilioStatusCallback', () => {
  const sut = twilioStatusCallback;
  let sandbox: TwilioSandbox;
  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  let account: SandboxAccount;

  /** Sends one SMS through the connector and lets the sandbox post its callbacks. */
  async function callbacksFor(to = TO): Promise<InboundRequest[]> {
    await sendSmsReceiver.deliver(
      { to, body: 'Oi', from: FROM },
      testContext({
        credentials: {
          accountSid: account.sid,
          authToken: account.authToken,
          apiBaseUrl: sandbox.url,
        },
        statusCallbackUrl: `${receiver.url}/hooks/status/tok-1?delivery=42`,
      }),
    );
    await sandbox.deliverCallbacks();
    return receiver.calls;
  }

  const withBody = (request: InboundRequest, body: string): InboundRequest => ({
    ...request,
    rawBody: Buffer.from(body, 'utf8'),
  });

  beforeAll(async () => {
    sandbox = await TwilioSandbox.start({ callbacks: 'manual' });
    receiver = await startCallbackReceiver();
  });

  afterAll(async () => {
    await sandbox.stop();
    await receiver.close();
  });

  beforeEach(() => {
    account = sandbox.seedAccount();
    sandbox.seedNumber(account.sid, FROM);
  });

  afterEach(() => {
    sandbox.reset();
    receiver.calls.length = 0;
  });

  describe('verify', () => {
    it("should accept the sandbox's callbacks when signed with the account's auth token", async () => {
      const calls = await callbacksFor();

      expect(calls).toHaveLength(2);
      for (const call of calls) {
        expect(() => sut.verify(call, { authToken: account.authToken })).not.toThrow();
      }
    });

    it('should refuse the callback when a parameter was changed on the way', async () => {
      const [, delivered] = await callbacksFor();
      const tampered = withBody(
        delivered,
        delivered.rawBody
          .toString('utf8')
          .replace('MessageStatus=delivered', 'MessageStatus=failed'),
      );

      expect(tampered.rawBody.equals(delivered.rawBody)).toBe(false);
      expect(() => sut.verify(tampered, { authToken: account.authToken })).toThrow(
        SignatureRejectedError,
      );
    });

    it('should refuse the callback when a parameter was added', async () => {
      const [sent] = await callbacksFor();
      const added = withBody(sent, `${sent.rawBody.toString('utf8')}&ErrorCode=30003`);

      expect(() => sut.verify(added, { authToken: account.authToken })).toThrow(
        SignatureRejectedError,
      );
    });

    it('should refuse the callback when the auth token is another one', async () => {
      const [sent] = await callbacksFor();

      expect(() => sut.verify(sent, { authToken: 'f'.repeat(32) })).toThrow(
        "The Twilio signature does not match: the report was not signed with this account's auth token, or was changed on the way",
      );
    });

    it('should refuse the callback when it arrives at another URL than the one signed', async () => {
      const [sent] = await callbacksFor();
      const elsewhere = { ...sent, url: sent.url.replace('delivery=42', 'delivery=43') };

      expect(() => sut.verify(elsewhere, { authToken: account.authToken })).toThrow(
        SignatureRejectedError,
      );
    });

    it('should refuse the callback when it carries no signature', async () => {
      const [sent] = await callbacksFor();
      const { ['x-twilio-signature']: _removed, ...headers } = sent.headers;

      expect(() => sut.verify({ ...sent, headers }, { authToken: account.authToken })).toThrow(
        'The delivery report carries no Twilio signature',
      );
    });

    it('should explain that the auth token is needed when the account has only an API key', async () => {
      const [sent] = await callbacksFor();

      expect(() =>
        sut.verify(sent, { apiKeySid: `SK${'0'.repeat(32)}`, apiKeySecret: 'secret' }),
      ).toThrow(
        'Twilio signs delivery reports with the auth token: add it to the Twilio account in Fluxo (an API key alone is not enough)',
      );
    });
  });

  describe('parse', () => {
    it('should report sent then delivered when the message arrived', async () => {
      const calls = await callbacksFor();

      expect(calls.map((call) => sut.parse(call))).toEqual([
        { status: 'sent', vendorStatus: 'sent' },
        { status: 'delivered', vendorStatus: 'delivered' },
      ]);
    });

    it('should report failed with the code and plain words when the phone was unreachable', async () => {
      sandbox.failNumber(TO, 30003);

      const [, undelivered] = await callbacksFor();

      expect(sut.parse(undelivered)).toEqual({
        status: 'failed',
        vendorStatus: 'undelivered',
        errorCode: '30003',
        errorMessage: 'Unreachable: the phone is switched off or out of coverage',
      });
    });

    it.each(['queued', 'accepted', 'sending', 'scheduled', 'receiving', 'something-new'])(
      'should ignore the %s status',
      (status) => {
        expect(sut.parse(formRequest({ MessageStatus: status, MessageSid: 'SM1' }))).toBeNull();
      },
    );

    it('should read SmsStatus when MessageStatus is missing', () => {
      expect(sut.parse(formRequest({ SmsStatus: 'delivered' }))).toEqual({
        status: 'delivered',
        vendorStatus: 'delivered',
      });
    });

    it('should report failed without a code when Twilio gave none', () => {
      expect(sut.parse(formRequest({ MessageStatus: 'failed' }))).toEqual({
        status: 'failed',
        vendorStatus: 'failed',
        errorMessage: 'Twilio could not deliver the message',
      });
    });

    it('should report a canceled message as failed', () => {
      expect(sut.parse(formRequest({ MessageStatus: 'canceled' }))).toMatchObject({
        status: 'failed',
        vendorStatus: 'canceled',
      });
    });
  });
});

describe(describeDeliveryError.name, () => {
  it.each([
    ['30003', 'Unreachable: the phone is switched off or out of coverage'],
    ['30004', 'Blocked: the recipient or their carrier blocks messages from this sender'],
    ['30005', 'Unknown destination: the number does not exist or is no longer in service'],
    ['30006', 'Landline: the number cannot receive SMS'],
    ['30007', 'Filtered by the carrier as unwanted messages'],
    ['30008', 'Not delivered: the carrier gave no reason'],
    ['30034', 'Twilio error 30034'],
  ])('should describe %s as %j', (code, message) => {
    expect(describeDeliveryError(code)).toBe(message);
  });
});

describe(formParams.name, () => {
  it('should decode the form and keep repeated names as a list', () => {
    expect(formParams(Buffer.from('A=1+2&B=%2B55&A=3'))).toEqual({ A: ['1 2', '3'], B: '+55' });
  });
});
