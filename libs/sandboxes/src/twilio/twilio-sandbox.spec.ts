import twilio from 'twilio';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { eventually } from '@fluxo/testing';
import { type HookReceiver, startHookReceiver } from '../__fixtures__/hook-receiver';
import { TwilioSandbox } from './twilio-sandbox';
import {
  type ReceivedTwilioRequest,
  type SandboxAccount,
  type TwilioMessageResource,
} from './twilio-resources';
import { parseForm, segmentCount } from './twilio-wire';

describe(TwilioSandbox.name, () => {
  const from = '+15005550006';
  const to = '+5511999998888';
  let sut: TwilioSandbox;
  let account: SandboxAccount;
  let receiver: HookReceiver;

  const basic = (user: string, password: string) =>
    `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

  const post = (fields: Record<string, string>, auth = basic(account.sid, account.authToken)) =>
    fetch(`${sut.url}/2010-04-01/Accounts/${account.sid}/Messages.json`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  beforeAll(async () => {
    sut = await TwilioSandbox.start({ callbacks: 'manual' });
    receiver = await startHookReceiver({ statuses: [204] });
  });

  afterAll(async () => {
    await sut.stop();
    await receiver.close();
  });

  beforeEach(() => {
    account = sut.seedAccount({ friendlyName: 'Loja Ana' });
    sut.seedNumber(account.sid, from);
  });

  afterEach(() => {
    sut.reset();
    receiver.received.length = 0;
  });

  it('should answer 201 with a Twilio message resource when the sender is owned', async () => {
    const response = await post({ To: to, From: from, Body: 'Olá!' });

    expect(response.status).toBe(201);
    const body = (await response.json()) as TwilioMessageResource;
    expect(body).toMatchObject({
      account_sid: account.sid,
      messaging_service_sid: null,
      from,
      to,
      body: 'Olá!',
      status: 'queued',
      direction: 'outbound-api',
      num_segments: '1',
      error_code: null,
      api_version: '2010-04-01',
      uri: `/2010-04-01/Accounts/${account.sid}/Messages/${body.sid}.json`,
    });
    expect(body.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(body.date_created).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
    expect(sut.requests()).toMatchObject([
      {
        method: 'POST',
        path: `/2010-04-01/Accounts/${account.sid}/Messages.json`,
        form: { To: to, From: from, Body: 'Olá!' },
        auth: { username: account.sid, via: 'auth-token' },
        status: 201,
      },
    ]);
  });

  it('should answer 401 in Twilio shape when the auth token is wrong', async () => {
    const response = await post({ To: to, From: from, Body: 'x' }, basic(account.sid, 'nope'));

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Basic realm="Twilio API"');
    expect(await response.json()).toEqual({
      code: 20003,
      message: 'Authenticate',
      detail: 'Your AccountSid or AuthToken was incorrect.',
      more_info: 'https://www.twilio.com/docs/errors/20003',
      status: 401,
    });
    expect(sut.messages()).toEqual([]);
  });

  it('should accept an API key and its secret when they belong to the account', async () => {
    const key = sut.seedApiKey({ accountSid: account.sid });

    const response = await post({ To: to, From: from, Body: 'x' }, basic(key.sid, key.secret));

    expect(response.status).toBe(201);
    expect(sut.requests()[0].auth).toEqual({ username: key.sid, via: 'api-key' });
  });

  it('should answer 404 when the path names another account than the credentials', async () => {
    const other = sut.seedAccount();

    const response = await fetch(`${sut.url}/2010-04-01/Accounts/${other.sid}.json`, {
      headers: { authorization: basic(account.sid, account.authToken) },
    });

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 20404, status: 404 });
  });

  it('should refuse the account resource to a Standard API key but not to a Main one', async () => {
    const standard = sut.seedApiKey({ accountSid: account.sid });
    const main = sut.seedApiKey({ accountSid: account.sid, type: 'main' });
    const fetchAccount = (user: string, password: string) =>
      fetch(`${sut.url}/2010-04-01/Accounts/${account.sid}.json`, {
        headers: { authorization: basic(user, password) },
      });

    const refused = await fetchAccount(standard.sid, standard.secret);
    const allowed = await fetchAccount(main.sid, main.secret);

    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ code: 20003 });
    expect(allowed.status).toBe(200);
  });

  it('should return the account resource when fetched with its own credentials', async () => {
    const response = await fetch(`${sut.url}/2010-04-01/Accounts/${account.sid}.json`, {
      headers: { authorization: basic(account.sid, account.authToken) },
    });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      sid: account.sid,
      friendly_name: 'Loja Ana',
      status: 'active',
      type: 'Full',
    });
  });

  describe('when the message is not valid', () => {
    it.each([
      [{ From: from, Body: 'x' }, 21604, "A 'To' phone number is required."],
      [{ To: to, Body: 'x' }, 21603, "A 'From' or 'MessagingServiceSid' parameter is required"],
      [{ To: to, From: from }, 21602, 'Message body is required.'],
      [{ To: '5511999', From: from, Body: 'x' }, 21211, "The 'To' number 5511999 is not"],
      [{ To: to, From: '+15550001111', Body: 'x' }, 21606, "The 'From' phone number provided"],
      [{ To: to, From: from, Body: 'x'.repeat(1601) }, 21617, 'exceeds the 1600 character'],
      [{ To: to, MessagingServiceSid: `MG${'0'.repeat(32)}`, Body: 'x' }, 21701, 'is invalid'],
    ])('should answer 400 with %j → %i', async (fields, code, message) => {
      const response = await post(fields);

      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body).toEqual({
        code,
        message: expect.stringContaining(message),
        more_info: `https://www.twilio.com/docs/errors/${code}`,
        status: 400,
      });
      expect(sut.messages()).toEqual([]);
    });

    it('should answer 21610 when the recipient unsubscribed', async () => {
      sut.unsubscribe(to);

      const response = await post({ To: to, From: from, Body: 'x' });

      expect(await response.json()).toMatchObject({ code: 21610, status: 400 });
    });

    it('should answer 21608 when a trial account sends to an unverified number', async () => {
      const trial = sut.seedAccount({ trial: true, verifiedNumbers: ['+4791234567'] });
      sut.seedNumber(trial.sid, from);
      const send = (number: string) =>
        fetch(`${sut.url}/2010-04-01/Accounts/${trial.sid}/Messages.json`, {
          method: 'POST',
          headers: {
            authorization: basic(trial.sid, trial.authToken),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ To: number, From: from, Body: 'x' }).toString(),
        });

      const refused = await send(to);
      const accepted = await send('+4791234567');

      expect(await refused.json()).toMatchObject({ code: 21608, status: 400 });
      expect(accepted.status).toBe(201);
    });
  });

  it('should answer the fault in Twilio shape and then recover when it was set for one call', async () => {
    sut.setFault({ status: 429, times: 1 });

    const first = await post({ To: to, From: from, Body: 'x' });
    const second = await post({ To: to, From: from, Body: 'x' });

    expect(first.status).toBe(429);
    expect(await first.json()).toMatchObject({ code: 20429, status: 429 });
    expect(second.status).toBe(201);
  });

  describe('status callbacks', () => {
    it('should post sent then delivered, signed like Twilio, when callbacks are drained', async () => {
      const callbackUrl = `${receiver.url}/hooks/cb?delivery=42`;
      const response = await post({ To: to, From: from, Body: 'x', StatusCallback: callbackUrl });
      const created = (await response.json()) as TwilioMessageResource;
      expect(receiver.received).toEqual([]);

      const delivered = await sut.deliverCallbacks();

      expect(delivered.map((record) => record.responseStatus)).toEqual([204, 204]);
      const statuses = receiver.received.map((call) => parseForm(call.body)['MessageStatus']);
      expect(statuses).toEqual(['sent', 'delivered']);
      const last = receiver.received[1];
      expect(last.url).toBe(callbackUrl);
      expect(last.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(parseForm(last.body)).toEqual({
        ApiVersion: '2010-04-01',
        AccountSid: account.sid,
        MessageSid: created.sid,
        SmsSid: created.sid,
        MessageStatus: 'delivered',
        SmsStatus: 'delivered',
        To: to,
        From: from,
      });
      for (const call of receiver.received) {
        const valid = twilio.validateRequest(
          account.authToken,
          String(call.headers['x-twilio-signature']),
          call.url,
          parseForm(call.body),
        );
        expect(valid).toBe(true);
      }
      expect(sut.messages()[0].status).toBe('delivered');
    });

    it('should report undelivered with the error code when the number is seeded to fail', async () => {
      sut.failNumber(to, 30003);

      await post({ To: to, From: from, Body: 'x', StatusCallback: `${receiver.url}/cb` });
      await sut.deliverCallbacks();

      const last = parseForm(receiver.received[1].body);
      expect(last).toMatchObject({ MessageStatus: 'undelivered', ErrorCode: '30003' });
      expect(sut.messages()[0]).toMatchObject({ status: 'undelivered', error_code: 30003 });
    });

    it('should report failed at once when the number is seeded to never be sent', async () => {
      sut.failNumber(to, 30008, 'failed');

      await post({ To: to, From: from, Body: 'x', StatusCallback: `${receiver.url}/cb` });
      await sut.deliverCallbacks();

      expect(receiver.received.map((call) => parseForm(call.body)['MessageStatus'])).toEqual([
        'failed',
      ]);
    });

    it('should go accepted → queued → sent → delivered with the service when one is used', async () => {
      const service = sut.seedMessagingService({ accountSid: account.sid, senders: [from] });

      const response = await post({
        To: to,
        MessagingServiceSid: service.sid,
        Body: 'x',
        StatusCallback: `${receiver.url}/cb`,
      });
      await sut.deliverCallbacks();

      expect(await response.json()).toMatchObject({
        status: 'accepted',
        messaging_service_sid: service.sid,
        from,
      });
      const calls = receiver.received.map((call) => parseForm(call.body));
      expect(calls.map((call) => call['MessageStatus'])).toEqual(['queued', 'sent', 'delivered']);
      expect(calls[0]).toMatchObject({ MessagingServiceSid: service.sid, From: from });
    });

    it('should sign with the auth token when the message was sent with an API key', async () => {
      const key = sut.seedApiKey({ accountSid: account.sid });

      await post(
        { To: to, From: from, Body: 'x', StatusCallback: `${receiver.url}/cb` },
        basic(key.sid, key.secret),
      );
      await sut.deliverCallbacks();

      const call = receiver.received[0];
      expect(
        twilio.validateRequest(
          account.authToken,
          String(call.headers['x-twilio-signature']),
          call.url,
          parseForm(call.body),
        ),
      ).toBe(true);
    });

    it('should post by itself when callbacks are automatic', async () => {
      const auto = await TwilioSandbox.start({ callbackDelayMs: 5 });
      try {
        const seeded = auto.seedAccount();
        auto.seedNumber(seeded.sid, from);

        await fetch(`${auto.url}/2010-04-01/Accounts/${seeded.sid}/Messages.json`, {
          method: 'POST',
          headers: {
            authorization: basic(seeded.sid, seeded.authToken),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({
            To: to,
            From: from,
            Body: 'x',
            StatusCallback: receiver.url,
          }).toString(),
        });
        await eventually(() => expect(receiver.received.length).toBe(2), { timeoutMs: 2000 });
      } finally {
        await auto.stop();
      }
    });
  });

  describe('WhatsApp', () => {
    const wa = (number: string) => `whatsapp:${number}`;

    it('should fill an approved template from ContentVariables and keep the channel prefix', async () => {
      const contentSid = sut.seedContentTemplate('Olá {{1}}, pedido {{2}} aprovado');

      const response = await post({
        To: wa(to),
        From: wa(from),
        ContentSid: contentSid,
        ContentVariables: '{"1":"Ana","2":"#7"}',
      });

      expect(response.status).toBe(201);
      expect(sut.messages()[0]).toMatchObject({
        to: wa(to),
        from: wa(from),
        body: 'Olá Ana, pedido #7 aprovado',
      });
    });

    it.each([
      [{ To: wa(to), From: from, Body: 'x' }, 21910, 'same channel'],
      [{ To: wa(to), From: wa(from), ContentSid: `HX${'0'.repeat(32)}` }, 21655, 'ContentSid'],
    ])('should refuse %j with %i', async (fields, code, words) => {
      const response = await post(fields as Record<string, string>);

      expect(response.status).toBe(400);
      const body = (await response.json()) as { code: number; message: string };
      expect(body.code).toBe(code);
      expect(body.message).toContain(words);
    });

    it('should fail free text outside the 24-hour window with 63016, and send it inside', async () => {
      await post({ To: wa(to), From: wa(from), Body: 'Oi', StatusCallback: `${receiver.url}/a` });
      await sut.deliverCallbacks();
      const outside = receiver.received.map((call) => parseForm(call.body));
      receiver.received.length = 0;
      sut.openWhatsAppSession(wa(to));
      await post({ To: wa(to), From: wa(from), Body: 'Oi', StatusCallback: `${receiver.url}/b` });
      await sut.deliverCallbacks();
      const inside = receiver.received.map((call) => parseForm(call.body)['MessageStatus']);

      expect(outside).toEqual([
        expect.objectContaining({ MessageStatus: 'failed', ErrorCode: '63016' }),
      ]);
      expect(inside).toEqual(['sent', 'delivered']);
    });
  });

  describe('control API', () => {
    it('should seed, send and list over HTTP when driven by another process', async () => {
      const control = (path: string, body?: unknown) =>
        fetch(`${sut.url}/__control${path}`, {
          method: body === undefined ? 'GET' : 'POST',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
      const seeded = (await (
        await control('/accounts', { authToken: 'tok' })
      ).json()) as SandboxAccount;
      await control('/numbers', { accountSid: seeded.sid, number: from });
      await control('/fault', { status: 500, times: 1 });

      const send = () =>
        fetch(`${sut.url}/2010-04-01/Accounts/${seeded.sid}/Messages.json`, {
          method: 'POST',
          headers: {
            authorization: basic(seeded.sid, 'tok'),
            'content-type': 'application/x-www-form-urlencoded',
          },
          body: new URLSearchParams({ To: to, From: from, Body: 'x' }).toString(),
        });
      const failed = await send();
      const accepted = await send();
      const messages = await (await control('/messages')).json();
      const requests = (await (await control('/requests')).json()) as ReceivedTwilioRequest[];

      expect(failed.status).toBe(500);
      expect(await failed.json()).toMatchObject({ code: 20500, status: 500 });
      expect(accepted.status).toBe(201);
      expect(messages).toHaveLength(1);
      expect(requests.map((request) => request.status)).toEqual([500, 201]);
    });
  });

  it('should describe how to point a Fluxo account at it', () => {
    expect(sut.cliHelp()).toContain(sut.url);
    expect(sut.cliHelp()).toContain('SMS (Twilio)');
  });
});

describe(segmentCount.name, () => {
  it.each([
    ['a'.repeat(160), 1],
    ['a'.repeat(161), 2],
    ['a'.repeat(306), 2],
    ['a'.repeat(307), 3],
    ['€'.repeat(80), 1],
    ['€'.repeat(81), 2],
    ['ç'.repeat(70), 1],
    ['ç'.repeat(71), 2],
    ['😀'.repeat(35), 1],
    ['😀'.repeat(36), 2],
  ])('should count %j as %i part(s)', (body, parts) => {
    expect(segmentCount(body)).toBe(parts);
  });
});
