// Connector specs run against the sandboxes (STYLE.md).
import { PermanentDeliveryError, testContext, toManifest } from '@fluxo/connector-sdk';
import { setupProblemsOf, type SetupStep } from '@fluxo/contracts';
import { type SandboxAccount, TwilioSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { smsTwilioConnector } from './index';
import { contentVariablesOrThrow, sendWhatsAppReceiver } from './send-whatsapp.receiver';

const SENDER = '+15005550006';
const CUSTOMER = '+5511999998888';

describe('sendWhatsAppReceiver', () => {
  const sut = sendWhatsAppReceiver;
  let sandbox: TwilioSandbox;
  let account: SandboxAccount;

  const context = () =>
    testContext({
      credentials: {
        accountSid: account.sid,
        authToken: account.authToken,
        apiBaseUrl: sandbox.url,
        defaultFrom: SENDER,
      },
      statusCallbackUrl: 'https://fluxo.example/hooks/status/tok?d=7',
    });

  beforeAll(async () => {
    sandbox = await TwilioSandbox.start({ callbacks: 'manual' });
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  beforeEach(() => {
    account = sandbox.seedAccount({ friendlyName: 'Loja Ana' });
    sandbox.seedNumber(account.sid, SENDER);
  });

  afterEach(() => {
    sandbox.reset();
  });

  it('should send an approved template with its variables from the account’s WhatsApp sender', async () => {
    const contentSid = sandbox.seedContentTemplate('Olá {{1}}, seu pedido {{2}} foi aprovado!');

    const result = await sut.deliver(
      {
        to: CUSTOMER,
        kind: 'template',
        contentSid,
        contentVariables: '1: Maria\n2: #1024',
        body: '',
        from: '',
      },
      context(),
    );

    const [request] = sandbox.requests();
    expect(request.form).toEqual({
      To: `whatsapp:${CUSTOMER}`,
      From: `whatsapp:${SENDER}`,
      ContentSid: contentSid,
      ContentVariables: '{"1":"Maria","2":"#1024"}',
      StatusCallback: 'https://fluxo.example/hooks/status/tok?d=7',
    });
    expect(sandbox.messages()[0]).toMatchObject({
      to: `whatsapp:${CUSTOMER}`,
      body: 'Olá Maria, seu pedido #1024 foi aprovado!',
    });
    expect(result.response).toMatchObject({ status: 'queued', to: `whatsapp:${CUSTOMER}` });
  });

  it('should send free text to a customer who wrote within 24 hours', async () => {
    sandbox.openWhatsAppSession(CUSTOMER);

    await sut.deliver(
      { to: CUSTOMER, kind: 'session', body: 'Seu pedido saiu!', contentSid: '', from: SENDER },
      context(),
    );

    expect(sandbox.requests()[0].form).toMatchObject({
      To: `whatsapp:${CUSTOMER}`,
      Body: 'Seu pedido saiu!',
    });
  });

  it.each([
    [{ kind: 'template', contentSid: '' }, /Enter the Content SID of an approved template/],
    [{ kind: 'template', contentSid: 'HX12' }, /"HX12" is not a Content SID/],
    [{ kind: 'session', body: '' }, /Write the text of the message/],
    [{ kind: 'session', body: 'x', to: 'abc' }, /"abc" is not a phone number/],
  ])('should refuse %j before calling Twilio', async (fields, message) => {
    const payload = { to: CUSTOMER, body: '', contentSid: '', from: SENDER, ...fields };

    const error = await sut.deliver(payload as never, context()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toMatch(message);
    expect(sandbox.requests()).toEqual([]);
  });

  it('should read template variables as number: value lines, and refuse any other line', () => {
    expect(contentVariablesOrThrow('1: Ana\n\n 2 = R$ 10,00 ')).toBe('{"1":"Ana","2":"R$ 10,00"}');
    expect(contentVariablesOrThrow('')).toBeUndefined();
    expect(() => contentVariablesOrThrow('1: Ana\nname: Bia')).toThrow(
      'Template variables, line 2: write it as "number: value", like "1: Ana"',
    );
  });
});

describe('a WhatsApp receiver is ready only when it can send', () => {
  const problemsOf = (mapping: Record<string, string>) =>
    setupProblemsOf(
      [
        { id: 'src', role: 'source', connectorKey: 'forms', accountId: null, mapping: {} },
        {
          id: 'wa',
          role: 'receiver',
          connectorKey: 'sms-twilio',
          actionKey: 'send-whatsapp',
          accountId: 'acc-1',
          mapping,
        },
      ] as unknown as SetupStep[],
      [toManifest(smsTwilioConnector)],
    ).filter((problem) => problem.code !== 'source.missing');

  it('should ask for the template of a template message, and for the text of a free one', () => {
    expect(problemsOf({ to: '{{ phone }}', kind: 'template' })).toEqual([
      expect.objectContaining({ stepId: 'wa', field: 'contentSid' }),
    ]);
    expect(problemsOf({ to: '{{ phone }}', kind: 'session' })).toEqual([
      expect.objectContaining({ stepId: 'wa', field: 'body' }),
    ]);
    expect(problemsOf({ to: '{{ phone }}', kind: 'template', contentSid: 'HX0123' })).toEqual([]);
    expect(problemsOf({ to: '{{ phone }}', kind: 'session', body: 'Olá!' })).toEqual([]);
  });
});
