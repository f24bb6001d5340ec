import {
  type Credentials,
  PermanentDeliveryError,
  testContext,
  testNetwork,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md).
import { SmtpSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { emailMessenger } from './email.messenger';
import { sendEmailReceiver } from './send-email.receiver';
import { smtpTransportPool } from './transport-pool';

const message = {
  to: 'ana@example.com',
  subject: 'Your invoice #42',
  text: 'Pay here: https://pay.example.com/i/42',
  html: '<p><a href="https://pay.example.com/i/42">Pay invoice #42</a></p>',
};

describe('emailMessenger', () => {
  const sut = emailMessenger;
  let smtp: SmtpSandbox;
  let credentials: Credentials;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ auth: { username: 'shop', password: 'p@ss w0rd!' } });
  });

  afterAll(async () => {
    smtpTransportPool.closeAll();
    await smtp.stop();
  });

  beforeEach(() => {
    smtp.clear();
    smtp.setFault('none');
    credentials = {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: 'shop',
      password: 'p@ss w0rd!',
      fromAddress: 'billing@shop.test',
      fromName: 'Acme Shop',
    };
  });

  const context = (idempotencyKey?: string) =>
    testContext({ credentials, network: testNetwork([smtp.host]), idempotencyKey });

  it('should declare the e-mail channel', () => {
    expect(sut.channel).toBe('email');
  });

  it("should send the message from the account with the delivery's Message-ID when called", async () => {
    const result = await sut.send(message, context('dlv_9c2e'));

    const received = await smtp.waitForMessage();
    expect(received).toMatchObject({
      envelope: { from: 'billing@shop.test', to: ['ana@example.com'] },
      from: '"Acme Shop" <billing@shop.test>',
      to: ['ana@example.com'],
      subject: 'Your invoice #42',
      text: 'Pay here: https://pay.example.com/i/42',
      html: '<p><a href="https://pay.example.com/i/42">Pay invoice #42</a></p>',
      messageId: '<dlv_9c2e@fluxo.delivery>',
    });
    expect(result.response).toEqual({
      messageId: '<dlv_9c2e@fluxo.delivery>',
      accepted: ['ana@example.com'],
      rejected: [],
      smtpResponse: expect.stringMatching(/^250 /),
    });
  });

  it('should send a text-only message with an empty subject when only the text is given', async () => {
    await sut.send({ to: 'ana@example.com', text: 'Paid, thanks.' }, context());

    const received = await smtp.waitForMessage();
    expect(received).toMatchObject({ subject: '', text: 'Paid, thanks.', html: '' });
    expect(received.raw).not.toContain('text/html');
  });

  it("should reuse the receiver's pooled transport when both send through the same account", async () => {
    smtpTransportPool.closeAll();

    await sendEmailReceiver.deliver({ ...message, subject: 'From the receiver' }, context());
    await sut.send(message, context());

    expect(smtpTransportPool.size).toBe(1);
    expect(smtp.messages().map((received) => received.subject)).toEqual([
      'From the receiver',
      'Your invoice #42',
    ]);
  });

  it('should throw a permanent error when the server refuses the recipient with 550', async () => {
    smtp.setFault('reject-permanent');

    const error = await sut.send(message, context()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toMatch(/^The SMTP server refused the message: 550 /);
  });

  it('should throw a transient error when the server asks to try again with 451', async () => {
    smtp.setFault('reject-transient');

    const error = await sut.send(message, context()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as Error).message).toMatch(/^The SMTP server asked to try again later: 451 /);
  });

  it('should throw a permanent error without the password when the login is refused', async () => {
    credentials.password = 'wrong-secret';

    const error = await sut.send(message, context()).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toBe('The SMTP server refused the user name or password');
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
    expect(smtp.messages()).toEqual([]);
  });

  it('should throw a permanent error and send nothing when the address is empty', async () => {
    const error = await sut.send({ ...message, to: ' ' }, context()).catch((e: unknown) => e);

    expect(error).toEqual(new PermanentDeliveryError('To is required'));
    expect(smtp.messages()).toEqual([]);
  });
});
