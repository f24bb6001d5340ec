import {
  type ConnectorContext,
  type Credentials,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { SmtpSandbox } from '@fluxo/sandboxes';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { buildMailOptions, sendEmailReceiver } from './send-email.receiver';

const logger = { debug: () => undefined, warn: () => undefined };

const contextFor = (credentials: Credentials): ConnectorContext => ({
  credentials,
  settings: {},
  logger,
});

/** A port nothing listens on: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const payload = {
  to: 'ana@example.com, Bo Lima <bo@example.com>',
  cc: 'cy@example.com',
  bcc: 'hidden@example.com',
  replyTo: 'help@shop.test',
  subject: 'Your order #42',
  text: 'Thanks for your order, Ana.',
  html: '<p>Thanks for your order, <b>Ana</b>.</p>',
};

describe(sendEmailReceiver.deliver.name, () => {
  const sut = sendEmailReceiver;
  let smtp: SmtpSandbox;
  let authSmtp: SmtpSandbox;
  let credentials: Credentials;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start();
    authSmtp = await SmtpSandbox.start({ auth: { username: 'shop', password: 'p@ss w0rd!' } });
  });

  afterAll(async () => {
    await smtp.stop();
    await authSmtp.stop();
  });

  beforeEach(() => {
    smtp.clear();
    smtp.setFault('none');
    authSmtp.clear();
    credentials = {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      fromAddress: 'orders@shop.test',
      fromName: 'Acme Shop',
    };
  });

  it('should deliver the exact message when every field is filled in', async () => {
    const result = await sut.deliver(payload, contextFor(credentials));

    const received = await smtp.waitForMessage();
    expect(received).toMatchObject({
      envelope: {
        from: 'orders@shop.test',
        to: ['ana@example.com', 'bo@example.com', 'cy@example.com', 'hidden@example.com'],
      },
      from: '"Acme Shop" <orders@shop.test>',
      to: ['ana@example.com', 'bo@example.com'],
      cc: ['cy@example.com'],
      replyTo: ['help@shop.test'],
      subject: 'Your order #42',
      text: 'Thanks for your order, Ana.',
      html: '<p>Thanks for your order, <b>Ana</b>.</p>',
    });
    expect(received.raw).not.toMatch(/^Bcc:/im);
    expect(result.response).toEqual({
      messageId: received.messageId,
      accepted: ['ana@example.com', 'bo@example.com', 'cy@example.com', 'hidden@example.com'],
      rejected: [],
      smtpResponse: expect.stringMatching(/^250 /),
    });
  });

  it('should leave out empty optional fields when only the required ones are filled in', async () => {
    await sut.deliver(
      {
        to: 'ana@example.com',
        cc: ' ',
        bcc: '',
        replyTo: '',
        subject: 'Hi',
        text: 'Only text',
        html: '',
      },
      contextFor({ ...credentials, fromName: '' }),
    );

    const received = await smtp.waitForMessage();
    expect(received).toMatchObject({
      from: 'orders@shop.test',
      to: ['ana@example.com'],
      cc: [],
      replyTo: [],
      text: 'Only text',
      html: '',
    });
    expect(received.raw).not.toMatch(/^(Cc|Reply-To):/im);
    expect(received.raw).not.toContain('text/html');
  });

  it('should quote the sender name when it has a comma and accents', async () => {
    await sut.deliver(payload, contextFor({ ...credentials, fromName: 'Lima, João' }));

    const received = await smtp.waitForMessage();
    expect(received.from).toBe('"Lima, João" <orders@shop.test>');
  });

  it('should throw a permanent error and send nothing when both bodies are empty', async () => {
    const attempt = sut.deliver({ ...payload, text: '  ', html: '' }, contextFor(credentials));

    await expect(attempt).rejects.toThrow(new PermanentDeliveryError('Write a text or HTML body'));
    expect(smtp.messages()).toEqual([]);
  });

  it('should log in when the account has a user name and password', async () => {
    await sut.deliver(
      payload,
      contextFor({ ...credentials, port: authSmtp.port, username: 'shop', password: 'p@ss w0rd!' }),
    );

    expect((await authSmtp.waitForMessage()).subject).toBe('Your order #42');
  });

  it('should throw a permanent error without the password when the login is refused', async () => {
    const error = await sut
      .deliver(
        payload,
        contextFor({
          ...credentials,
          port: authSmtp.port,
          username: 'shop',
          password: 'wrong-secret',
        }),
      )
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toBe('The SMTP server refused the user name or password');
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
    expect(JSON.stringify(error)).not.toContain(Buffer.from('wrong-secret').toString('base64'));
    expect(authSmtp.messages()).toEqual([]);
  });

  it('should throw a permanent error with the server reply when the recipient is refused with 550', async () => {
    smtp.setFault('reject-permanent');

    const error = await sut.deliver(payload, contextFor(credentials)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(PermanentDeliveryError);
    expect((error as Error).message).toMatch(
      /^The SMTP server refused the message: 550 5\.1\.1 <.+>: Recipient address rejected: User unknown/,
    );
    expect((error as PermanentDeliveryError).response).toMatchObject({ responseCode: 550 });
  });

  it('should throw a transient error when the recipient is refused with 451', async () => {
    smtp.setFault('reject-transient');

    const error = await sut.deliver(payload, contextFor(credentials)).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as Error).message).toMatch(
      /^The SMTP server asked to try again later: 451 4\.7\.1 .*Greylisted/,
    );
  });

  it('should throw a transient error when the server is down', async () => {
    const port = await closedPort();

    const error = await sut
      .deliver(payload, contextFor({ ...credentials, port }))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect((error as Error).message).toBe(
      `Could not reach 127.0.0.1:${port}: the connection was refused`,
    );
  });

  it('should throw a transient error when the host aborts the call', async () => {
    const controller = new AbortController();
    controller.abort();

    const error = await sut
      .deliver(payload, { ...contextFor(credentials), signal: controller.signal })
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TransientDeliveryError);
    expect(smtp.messages()).toEqual([]);
  });
});

describe(buildMailOptions.name, () => {
  const from = { address: 'orders@shop.test', name: '' };

  it('should use the bare address when the account has no sender name', () => {
    expect(buildMailOptions({ to: 'a@x.com', subject: 'S', text: 'T' }, from)).toEqual({
      from: 'orders@shop.test',
      to: 'a@x.com',
      subject: 'S',
      text: 'T',
    });
  });

  it('should throw a permanent error when the recipient is missing', () => {
    expect(() => buildMailOptions({ to: ' ', subject: 'S', text: 'T' }, from)).toThrow(
      PermanentDeliveryError,
    );
  });

  it('should throw a permanent error when the account has no from address', () => {
    expect(() =>
      buildMailOptions({ to: 'a@x.com', subject: 'S', text: 'T' }, { address: '', name: '' }),
    ).toThrow('Add a From address to the e-mail account');
  });
});
