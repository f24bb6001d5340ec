import { createServer } from 'node:net';
import { createTransport } from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { SmtpSandbox } from './smtp-sandbox';

function transportFor(
  smtp: SmtpSandbox,
  auth?: { user: string; pass: string },
): ReturnType<typeof createTransport> {
  return createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: false,
    ignoreTLS: true,
    auth,
  });
}

const message = {
  from: '"Fluxo Bot" <bot@fluxo.test>',
  to: 'ana@example.com, bo@example.com',
  cc: 'cy@example.com',
  bcc: 'hidden@example.com',
  replyTo: 'support@fluxo.test',
  subject: 'Order #42 — ready',
  text: 'Hello Ana',
  html: '<p>Hello <b>Ana</b></p>',
};

describe(SmtpSandbox.name, () => {
  let sut: SmtpSandbox;

  beforeEach(async () => {
    sut = await SmtpSandbox.start();
  });

  afterEach(async () => {
    await sut.stop();
  });

  it('should tell a listener of each accepted message until the listener is stopped', async () => {
    const heard: string[] = [];
    const stop = sut.onMessage((received) => heard.push(received.subject));

    await transportFor(sut).sendMail({ ...message, subject: 'first' });
    stop();
    await transportFor(sut).sendMail({ ...message, subject: 'second' });

    expect(heard).toEqual(['first']);
    expect(sut.messages().map((received) => received.subject)).toEqual(['first', 'second']);
  });

  it('should listen on a random loopback port when no port is given', () => {
    expect(sut.host).toBe('127.0.0.1');
    expect(sut.port).toBeGreaterThan(0);
  });

  it('should record headers, bodies and envelope when a message is sent', async () => {
    const info = await transportFor(sut).sendMail(message);

    const received = await sut.waitForMessage();

    expect(received).toMatchObject({
      envelope: {
        from: 'bot@fluxo.test',
        to: ['ana@example.com', 'bo@example.com', 'cy@example.com', 'hidden@example.com'],
      },
      from: '"Fluxo Bot" <bot@fluxo.test>',
      to: ['ana@example.com', 'bo@example.com'],
      cc: ['cy@example.com'],
      replyTo: ['support@fluxo.test'],
      subject: 'Order #42 — ready',
      text: 'Hello Ana',
      html: '<p>Hello <b>Ana</b></p>',
      messageId: info.messageId,
    });
    expect(received.raw).toContain('Subject:');
    expect(Date.parse(received.receivedAt)).not.toBeNaN();
    expect(sut.messages()).toHaveLength(1);
  });

  it('should resolve with a later message when the predicate skips earlier ones', async () => {
    const transport = transportFor(sut);
    await transport.sendMail({ ...message, subject: 'first' });

    const waiting = sut.waitForMessage((m) => m.subject === 'second');
    await transport.sendMail({ ...message, subject: 'second' });

    expect((await waiting).subject).toBe('second');
  });

  it('should reject when no message matches before the timeout', async () => {
    await expect(sut.waitForMessage(() => true, 50)).rejects.toThrow(
      'No matching e-mail reached the SMTP sandbox within 50 ms',
    );
  });

  it('should forget messages when cleared', async () => {
    await transportFor(sut).sendMail(message);

    sut.clear();

    expect(sut.messages()).toEqual([]);
  });

  it('should refuse recipients with 550 when the fault is reject-permanent', async () => {
    sut.setFault('reject-permanent');

    const error = await transportFor(sut)
      .sendMail(message)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ responseCode: 550 });
    expect(String((error as Error).message)).toContain('User unknown');
    expect(sut.messages()).toEqual([]);
  });

  it('should refuse recipients with 451 when the fault is reject-transient', async () => {
    sut.setFault('reject-transient');

    const error = await transportFor(sut)
      .sendMail(message)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ responseCode: 451 });
    expect(String((error as Error).message)).toContain('Greylisted');
  });

  it('should accept mail again when the fault is reset to none', async () => {
    sut.setFault('reject-transient');
    sut.setFault('none');

    await transportFor(sut).sendMail(message);

    expect(sut.messages()).toHaveLength(1);
  });

  it('should throw when the fault mode is unknown', () => {
    expect(() => sut.setFault('explode' as never)).toThrow('Unknown SMTP fault mode "explode"');
  });

  it('should fail to start when the port is taken', async () => {
    await expect(SmtpSandbox.start({ port: sut.port })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
  });
});

describe(`${SmtpSandbox.name} with auth`, () => {
  let sut: SmtpSandbox;

  beforeEach(async () => {
    sut = await SmtpSandbox.start({ auth: { username: 'fluxo', password: 's3cret' } });
  });

  afterEach(async () => {
    await sut.stop();
  });

  it('should accept mail when the client logs in with the right password', async () => {
    await transportFor(sut, { user: 'fluxo', pass: 's3cret' }).sendMail(message);

    expect(sut.messages()).toHaveLength(1);
  });

  it('should answer 535 when the password is wrong', async () => {
    const error = await transportFor(sut, { user: 'fluxo', pass: 'nope' })
      .sendMail(message)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'EAUTH', responseCode: 535 });
    expect(sut.messages()).toEqual([]);
  });

  it('should print the user and password to use, and that any other is refused', () => {
    expect(sut.cliHelp()).toContain('User name:    fluxo');
    expect(sut.cliHelp()).toContain(
      'Password:     s3cret (any other is refused, to try a wrong one)',
    );
  });

  it('should refuse mail when the client does not log in', async () => {
    const error = await transportFor(sut)
      .sendMail(message)
      .catch((e: unknown) => e);

    expect(error).toMatchObject({ responseCode: 530 });
  });
});

describe(`${SmtpSandbox.name} help`, () => {
  it('should say how to make an open sandbox check passwords', async () => {
    const open = await SmtpSandbox.start();
    try {
      expect(open.cliHelp()).toContain('User name / password: leave empty');
      expect(open.cliHelp()).toContain(
        'SANDBOX_SMTP_USER=demo SANDBOX_SMTP_PASSWORD=secret npm run sandboxes',
      );
    } finally {
      await open.stop();
    }
  });
});

describe(`${SmtpSandbox.name} stop`, () => {
  it('should free its port when stopped', async () => {
    const smtp = await SmtpSandbox.start();
    const { port } = smtp;
    await smtp.stop();

    const probe = createServer();
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, '127.0.0.1', resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });
});

describe(`${SmtpSandbox.name} holding messages`, () => {
  it('should accept each message only after holding it when holdMs is set', async () => {
    const sut = await SmtpSandbox.start({ holdMs: 150 });
    try {
      const started = performance.now();

      await transportFor(sut).sendMail(message);

      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
      expect(sut.messages()).toHaveLength(1);
    } finally {
      await sut.stop();
    }
  });

  it('should count the sessions open at once when several clients send together', async () => {
    const sut = await SmtpSandbox.start({ holdMs: 100 });
    try {
      await Promise.all([1, 2, 3].map(() => transportFor(sut).sendMail(message)));

      expect(sut.peakSessions).toBe(3);
    } finally {
      await sut.stop();
    }
  });
});
