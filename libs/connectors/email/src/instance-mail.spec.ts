import { describe, expect, it } from '@jest/globals';
import { readSmtpSettings, smtpCredentialsFromUrl } from './client';

describe(smtpCredentialsFromUrl.name, () => {
  it('should read the server, login and sender of smtp:// with STARTTLS when offered', () => {
    const credentials = smtpCredentialsFromUrl(
      'smtp://mailer%40shop.example:p%3Ass@mail.shop.example:2525',
      'Loja da Ana <loja@shop.example>',
    );

    expect(readSmtpSettings(credentials)).toMatchObject({
      host: 'mail.shop.example',
      port: 2525,
      security: 'auto',
      username: 'mailer@shop.example',
      password: 'p:ss',
      fromAddress: 'loja@shop.example',
      fromName: 'Loja da Ana',
    });
  });

  it('should speak TLS from the start on smtps:// and its port, with a bare sender address', () => {
    const credentials = smtpCredentialsFromUrl('smtps://mail.shop.example', 'fluxo@shop.example');

    expect(readSmtpSettings(credentials)).toMatchObject({
      port: 465,
      security: 'tls',
      username: '',
      fromAddress: 'fluxo@shop.example',
      fromName: '',
    });
  });
});
