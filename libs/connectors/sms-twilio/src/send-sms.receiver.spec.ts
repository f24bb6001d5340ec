// Connector specs run against the sandboxes (STYLE.md).
import {
  BlockedHostError,
  type ConnectorContext,
  PermanentDeliveryError,
  testContext,
  testNetwork,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import { type SandboxAccount, TwilioSandbox } from '@fluxo/sandboxes';
import { createServer } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { sendSmsReceiver } from './send-sms.receiver';

const FROM = '+15005550006';
const TO = '+5511999998888';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('sendSmsReceiver', () => {
  const sut = sendSmsReceiver;
  let sandbox: TwilioSandbox;
  let account: SandboxAccount;

  const credentials = (extra: Record<string, string> = {}) => ({
    accountSid: account.sid,
    authToken: account.authToken,
    apiBaseUrl: sandbox.url,
    ...extra,
  });
  const context = (overrides: Partial<ConnectorContext> = {}) =>
    testContext({ credentials: credentials(), ...overrides });

  beforeAll(async () => {
    sandbox = await TwilioSandbox.start({ callbacks: 'manual' });
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  beforeEach(() => {
    account = sandbox.seedAccount({ friendlyName: 'Loja Ana' });
    sandbox.seedNumber(account.sid, FROM);
  });

  afterEach(() => {
    sandbox.reset();
  });

  describe('when Twilio accepts the message', () => {
    it('should post To, From, Body and StatusCallback with the auth token when the step names a number', async () => {
      const result = await sut.deliver(
        { to: TO, body: 'Seu pedido saiu para entrega', from: FROM },
        context({
          idempotencyKey: 'delivery-42',
          statusCallbackUrl: 'https://fluxo.example/hooks/status/tok?d=42',
        }),
      );

      const [request] = sandbox.requests();
      expect(request).toMatchObject({
        method: 'POST',
        path: `/2010-04-01/Accounts/${account.sid}/Messages.json`,
        auth: { username: account.sid, via: 'auth-token' },
        status: 201,
      });
      expect(request.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(request.headers['i-twilio-idempotency-token']).toBe('delivery-42');
      expect(request.headers['user-agent']).toMatch(/^twilio-node\/6\./);
      expect(request.form).toEqual({
        To: TO,
        From: FROM,
        Body: 'Seu pedido saiu para entrega',
        StatusCallback: 'https://fluxo.example/hooks/status/tok?d=42',
      });
      const [message] = sandbox.messages();
      expect(result.response).toEqual({
        sid: message.sid,
        status: 'queued',
        to: TO,
        from: FROM,
        segments: 1,
      });
    });

    it('should send no StatusCallback nor idempotency token when the host has none', async () => {
      await sut.deliver({ to: TO, body: 'Oi', from: FROM }, context());

      const [request] = sandbox.requests();
      expect(request.form).toEqual({ To: TO, From: FROM, Body: 'Oi' });
      expect(request.headers).not.toHaveProperty('i-twilio-idempotency-token');
    });

    it('should authenticate with the API key and its secret when the account has one', async () => {
      const key = sandbox.seedApiKey({ accountSid: account.sid });

      await sut.deliver(
        { to: TO, body: 'Oi', from: FROM },
        context({
          credentials: credentials({ apiKeySid: key.sid, apiKeySecret: key.secret }),
        }),
      );

      expect(sandbox.requests()[0]).toMatchObject({
        path: `/2010-04-01/Accounts/${account.sid}/Messages.json`,
        auth: { username: key.sid, via: 'api-key' },
        status: 201,
      });
    });

    it('should send through the Messaging Service when the step names one', async () => {
      const service = sandbox.seedMessagingService({ accountSid: account.sid, senders: [FROM] });

      const result = await sut.deliver(
        { to: TO, body: 'Oi', messagingServiceSid: service.sid },
        context(),
      );

      expect(sandbox.requests()[0].form).toEqual({
        To: TO,
        MessagingServiceSid: service.sid,
        Body: 'Oi',
      });
      expect(result.response).toMatchObject({
        status: 'accepted',
        to: TO,
        messagingServiceSid: service.sid,
      });
    });

    it('should write the numbers in international format when they are typed nationally', async () => {
      await sut.deliver(
        { to: '(11) 99999-8888', body: 'Oi', from: '+1 (500) 555-0006' },
        context({ credentials: credentials({ defaultCountry: 'BR' }) }),
      );

      expect(sandbox.requests()[0].form).toMatchObject({ To: TO, From: FROM });
    });

    it('should count the parts Twilio bills when the text is long', async () => {
      const result = await sut.deliver({ to: TO, body: 'a'.repeat(200), from: FROM }, context());

      expect(result.response['segments']).toBe(2);
    });
  });

  describe('choosing the sender', () => {
    it('should take the sender from the step settings when the mapping has none', async () => {
      await sut.deliver({ to: TO, body: 'Oi' }, context({ settings: { from: FROM } }));

      expect(sandbox.requests()[0].form).toMatchObject({ From: FROM });
    });

    it("should fall back to the account's default sender when the step names none", async () => {
      await sut.deliver(
        { to: TO, body: 'Oi' },
        context({ credentials: credentials({ defaultFrom: FROM }) }),
      );

      expect(sandbox.requests()[0].form).toEqual({ To: TO, From: FROM, Body: 'Oi' });
    });

    it("should not mix the account's default service into the step's own sender", async () => {
      const service = sandbox.seedMessagingService({ accountSid: account.sid });

      await sut.deliver(
        { to: TO, body: 'Oi', from: FROM },
        context({ credentials: credentials({ defaultMessagingServiceSid: service.sid }) }),
      );

      expect(sandbox.requests()[0].form).toEqual({ To: TO, From: FROM, Body: 'Oi' });
    });

    it('should refuse in plain words without calling Twilio when no sender is set anywhere', async () => {
      const attempt = sut.deliver({ to: TO, body: 'Oi' }, context());

      await expect(attempt).rejects.toThrow(PermanentDeliveryError);
      await expect(attempt).rejects.toThrow(
        'Choose who sends the SMS: enter your Twilio number in "From number" or a Messaging Service SID (MG…)',
      );
      expect(sandbox.requests()).toEqual([]);
    });

    it('should refuse a Messaging Service SID that is not one', async () => {
      const attempt = sut.deliver({ to: TO, body: 'Oi', messagingServiceSid: 'MG123' }, context());

      await expect(attempt).rejects.toThrow(
        '"MG123" is not a Messaging Service SID: it starts with MG followed by 32 letters and digits',
      );
    });
  });

  describe('when the message cannot be sent as written', () => {
    it('should name the number and the expected format when the recipient is not a phone number', async () => {
      const attempt = sut.deliver({ to: '+55 11 999', body: 'Oi', from: FROM }, context());

      await expect(attempt).rejects.toThrow(PermanentDeliveryError);
      await expect(attempt).rejects.toThrow(
        '"+55 11 999" is not a phone number in international format, e.g. +5511999998888',
      );
      expect(sandbox.requests()).toEqual([]);
    });

    it('should suggest a default country when a national number has no country to go to', async () => {
      const attempt = sut.deliver({ to: '(11) 99999-8888', body: 'Oi', from: FROM }, context());

      await expect(attempt).rejects.toThrow(
        '"(11) 99999-8888" is not a phone number in international format, e.g. +5511999998888 (or choose a default country in the Twilio account)',
      );
    });

    it('should ask for the text when the body is blank', async () => {
      await expect(sut.deliver({ to: TO, body: '  ', from: FROM }, context())).rejects.toThrow(
        'Write the text of the SMS',
      );
    });

    it('should refuse an Account SID that is not one without calling Twilio', async () => {
      const attempt = sut.deliver(
        { to: TO, body: 'Oi', from: FROM },
        context({ credentials: credentials({ accountSid: 'SK123' }) }),
      );

      await expect(attempt).rejects.toThrow(/must start with AC/);
      expect(sandbox.requests()).toEqual([]);
    });

    it('should say the host gave no network when the context has none', async () => {
      const attempt = sut.deliver(
        { to: TO, body: 'Oi', from: FROM },
        context({ network: undefined }),
      );

      await expect(attempt).rejects.toThrow(PermanentDeliveryError);
      await expect(attempt).rejects.toThrow(/no network access/);
    });
  });

  describe('the outbound guard', () => {
    it('should refuse the sandbox address when the guard does not open it', async () => {
      const network = testNetwork([]);

      const attempt = sut.deliver({ to: TO, body: 'Oi', from: FROM }, context({ network }));

      await expect(attempt).rejects.toThrow(BlockedHostError);
      expect(network.asked).toEqual(['127.0.0.1']);
      expect(sandbox.requests()).toEqual([]);
    });

    it("should keep to the account's API address when the host sets TWILIO_EDGE and TWILIO_REGION", async () => {
      process.env['TWILIO_EDGE'] = 'sydney';
      process.env['TWILIO_REGION'] = 'au1';
      try {
        await sut.deliver({ to: TO, body: 'Oi', from: FROM }, context());
      } finally {
        delete process.env['TWILIO_EDGE'];
        delete process.env['TWILIO_REGION'];
      }

      expect(sandbox.requests()).toHaveLength(1);
    });

    it('should call api.twilio.com through the guard when the account has no API address', async () => {
      const network = testNetwork(['127.0.0.1']);

      const attempt = sut.deliver(
        { to: TO, body: 'Oi', from: FROM },
        context({
          network,
          credentials: { accountSid: account.sid, authToken: account.authToken },
        }),
      );

      await expect(attempt).rejects.toThrow(BlockedHostError);
      expect(network.asked).toEqual(['api.twilio.com']);
    });
  });

  describe('when Twilio refuses or fails', () => {
    const send = (overrides: Partial<ConnectorContext> = {}, to = TO) =>
      sut.deliver({ to, body: 'Oi', from: FROM }, context(overrides));

    it('should fail permanently with the reason when the auth token is wrong', async () => {
      const attempt = send({ credentials: credentials({ authToken: 'f'.repeat(32) }) });

      await expect(attempt).rejects.toThrow(PermanentDeliveryError);
      await expect(attempt).rejects.toThrow(
        "Twilio refused the account's credentials: check the Account SID and the auth token (20003)",
      );
    });

    it('should name the API key when the API key secret is wrong', async () => {
      const key = sandbox.seedApiKey({ accountSid: account.sid });

      const attempt = send({
        credentials: credentials({ apiKeySid: key.sid, apiKeySecret: 'wrong' }),
      });

      await expect(attempt).rejects.toThrow(
        "Twilio refused the account's credentials: check the Account SID and the API key and its secret (20003)",
      );
    });

    it('should fail permanently when the sender is not a number of the account', async () => {
      const attempt = sut.deliver({ to: TO, body: 'Oi', from: '+15550001111' }, context());

      await expect(attempt).rejects.toThrow(
        'Twilio refused the sender +15550001111: it is not an SMS-capable number of this Twilio account (21606)',
      );
    });

    it('should fail permanently when a trial account texts an unverified number', async () => {
      const trial = sandbox.seedAccount({ trial: true });
      sandbox.seedNumber(trial.sid, FROM);

      const attempt = send({
        credentials: { accountSid: trial.sid, authToken: trial.authToken, apiBaseUrl: sandbox.url },
      });

      await expect(attempt).rejects.toThrow(
        `Twilio did not send to ${TO}: a trial account can only send to numbers verified in the Twilio Console (21608)`,
      );
    });

    it('should fail permanently and keep Twilio’s answer when the recipient unsubscribed', async () => {
      sandbox.unsubscribe(TO);

      const error = await send().catch((caught: unknown) => caught);

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect((error as PermanentDeliveryError).message).toBe(
        `${TO} has unsubscribed from your messages (replied STOP); Twilio will send to it again only after they reply START (21610)`,
      );
      expect((error as PermanentDeliveryError).response).toEqual({
        status: 400,
        code: 21610,
        message: 'Attempt to send to unsubscribed recipient',
        moreInfo: 'https://www.twilio.com/docs/errors/21610',
      });
    });

    it('should fail permanently when the Messaging Service is not the account’s', async () => {
      const attempt = sut.deliver(
        { to: TO, body: 'Oi', messagingServiceSid: `MG${'a'.repeat(32)}` },
        context(),
      );

      await expect(attempt).rejects.toThrow(
        `Twilio does not know the Messaging Service MG${'a'.repeat(32)} (21701)`,
      );
    });

    it('should retry later when Twilio answers 429', async () => {
      sandbox.setFault({ status: 429 });

      const attempt = send();

      await expect(attempt).rejects.toThrow(TransientDeliveryError);
      await expect(attempt).rejects.toThrow(
        'Twilio is receiving too many requests from this account right now (20429); Fluxo will try again',
      );
    });

    it('should retry later when Twilio answers 500', async () => {
      sandbox.setFault({ status: 500 });

      const attempt = send();

      await expect(attempt).rejects.toThrow(TransientDeliveryError);
      await expect(attempt).rejects.toThrow(
        'Twilio had a problem on its side (20500); Fluxo will try again',
      );
    });

    it('should retry later when nothing listens at the API address', async () => {
      const port = await closedPort();

      const attempt = send({
        credentials: credentials({ apiBaseUrl: `http://127.0.0.1:${port}` }),
      });

      await expect(attempt).rejects.toThrow(TransientDeliveryError);
      await expect(attempt).rejects.toThrow('Could not reach Twilio: the connection was refused');
    });
  });
});
