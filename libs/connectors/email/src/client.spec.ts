import { describe, expect, it } from '@jest/globals';
import { readSmtpSettings, smtpTransportOptions } from './client';

describe(readSmtpSettings.name, () => {
  it('should trim values and keep the password exactly when credentials are complete', () => {
    const sut = readSmtpSettings({
      host: ' smtp.example.com ',
      port: '2525',
      security: 'none',
      username: ' shop ',
      password: ' spaced secret ',
      fromAddress: 'orders@shop.test',
      fromName: 'Acme',
    });

    expect(sut).toEqual({
      host: 'smtp.example.com',
      port: 2525,
      security: 'none',
      username: 'shop',
      password: ' spaced secret ',
      fromAddress: 'orders@shop.test',
      fromName: 'Acme',
      connections: 3,
    });
  });

  it.each([
    ['10', 10],
    ['', 3],
    ['0', 3],
    ['21', 3],
    ['2.5', 3],
  ])('should open %p sessions at once as %p', (connections, expected) => {
    expect(readSmtpSettings({ host: 'h', connections }).connections).toBe(expected);
  });

  it('should default to STARTTLS on 587 when security and port are missing', () => {
    expect(readSmtpSettings({ host: 'h' })).toMatchObject({ security: 'starttls', port: 587 });
  });

  it('should default to port 465 when security is SSL/TLS and the port is missing', () => {
    expect(readSmtpSettings({ host: 'h', security: 'tls' }).port).toBe(465);
  });

  it('should fall back to STARTTLS when security has an unknown value', () => {
    expect(readSmtpSettings({ host: 'h', security: 'ssl3' }).security).toBe('starttls');
  });

  it.each(['0', '70000', 'abc', '25.5'])(
    'should use the default port when the port is %s',
    (port) => {
      expect(readSmtpSettings({ host: 'h', port }).port).toBe(587);
    },
  );
});

describe(smtpTransportOptions.name, () => {
  const settings = readSmtpSettings({ host: 'smtp.example.com', username: 'u', password: 'p' });

  it('should require STARTTLS when security is starttls', () => {
    expect(smtpTransportOptions({ ...settings, security: 'starttls' })).toMatchObject({
      secure: false,
      requireTLS: true,
      ignoreTLS: false,
    });
  });

  it('should speak TLS from the start when security is tls', () => {
    expect(smtpTransportOptions({ ...settings, security: 'tls' })).toMatchObject({
      secure: true,
      requireTLS: false,
    });
  });

  it('should never upgrade when security is none', () => {
    expect(smtpTransportOptions({ ...settings, security: 'none' })).toMatchObject({
      secure: false,
      requireTLS: false,
      ignoreTLS: true,
    });
  });

  it('should log in only when a user name is set', () => {
    expect(smtpTransportOptions(settings).auth).toEqual({ user: 'u', pass: 'p' });
    expect(smtpTransportOptions({ ...settings, username: '' }).auth).toBeUndefined();
  });

  it('should bound every wait when connecting', () => {
    const options = smtpTransportOptions(settings);

    for (const timeout of [
      options.connectionTimeout,
      options.greetingTimeout,
      options.socketTimeout,
    ]) {
      expect(timeout).toBeGreaterThanOrEqual(10_000);
      expect(timeout).toBeLessThanOrEqual(20_000);
    }
  });
});
