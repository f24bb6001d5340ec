import { optionsOf } from '@fluxo/contracts';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { SmtpSandbox } from '@fluxo/sandboxes';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkSmtpAccount, emailAuthFields } from './auth';

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe(checkSmtpAccount.name, () => {
  let smtp: SmtpSandbox;
  const base = () => ({
    host: smtp.host,
    port: smtp.port,
    security: 'none',
    username: 'shop',
    password: 'right-secret',
    fromAddress: 'orders@shop.test',
  });

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ auth: { username: 'shop', password: 'right-secret' } });
  });

  afterAll(async () => {
    await smtp.stop();
  });

  it('should say it connected when the server accepts the login', async () => {
    const result = await checkSmtpAccount(base());

    expect(result).toEqual({ ok: true, message: `Connected to 127.0.0.1:${smtp.port}` });
    expect(smtp.messages()).toEqual([]);
  });

  it('should say the login was refused without the password when it is wrong', async () => {
    const result = await checkSmtpAccount({ ...base(), password: 'wrong-secret' });

    expect(result).toEqual({
      ok: false,
      message: 'The SMTP server refused the user name or password',
    });
  });

  it('should say the connection was refused when nothing listens on the port', async () => {
    const port = await closedPort();

    const result = await checkSmtpAccount({ ...base(), port });

    expect(result).toEqual({
      ok: false,
      message: `Could not reach 127.0.0.1:${port}: the connection was refused`,
    });
  });

  it('should point at the security setting when the server cannot do STARTTLS', async () => {
    const result = await checkSmtpAccount({ ...base(), security: 'starttls' });

    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `Could not set up a secure connection with 127.0.0.1:${smtp.port}: check the Security setting and the port`,
    );
  });

  it('should point at the security setting when SSL/TLS meets a plain server', async () => {
    const result = await checkSmtpAccount({ ...base(), security: 'tls' });

    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `Could not set up a secure connection with 127.0.0.1:${smtp.port}: check the Security setting and the port`,
    );
    expect(result.message).not.toContain('right-secret');
  });

  it('should ask for the server when the host is empty', async () => {
    const result = await checkSmtpAccount({ ...base(), host: '  ' });

    expect(result).toEqual({ ok: false, message: 'Enter the SMTP server' });
  });

  it('should refuse a number of messages at once outside 1 to 20 before connecting', async () => {
    const result = await checkSmtpAccount({ ...base(), connections: 50 });

    expect(result).toEqual({
      ok: false,
      message: 'Messages at once must be a whole number from 1 to 20',
    });
  });
});

describe('emailAuthFields', () => {
  it('should declare the password as the only secret', () => {
    expect(emailAuthFields.filter((field) => field.secret).map((field) => field.key)).toEqual([
      'password',
    ]);
  });

  it('should offer the three security modes with STARTTLS first', () => {
    const security = emailAuthFields.find((field) => field.key === 'security');

    expect(security?.default).toBe('starttls');
    expect(security && optionsOf(security)).toEqual([
      { value: 'starttls', label: 'STARTTLS (port 587)' },
      { value: 'tls', label: 'SSL/TLS (port 465)' },
      { value: 'none', label: 'None (local servers only)' },
    ]);
  });
});
