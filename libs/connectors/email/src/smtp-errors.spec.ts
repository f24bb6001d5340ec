import { PermanentDeliveryError, TransientDeliveryError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import { readSmtpSettings } from './client';
import { classifySendError, describeConnectionError, redactSecrets } from './smtp-errors';

const settings = readSmtpSettings({
  host: 'smtp.example.com',
  port: 587,
  username: 'shop',
  password: 'hunter2!',
});

const smtpError = (fields: Record<string, unknown>) =>
  Object.assign(new Error(String(fields.message ?? 'failed')), fields);

describe(classifySendError.name, () => {
  it.each([
    ['ESOCKET', 'ECONNREFUSED', 'Could not reach smtp.example.com:587: the connection was refused'],
    [
      'ESOCKET',
      'ECONNRESET',
      'Could not reach smtp.example.com:587: the connection was closed before it answered',
    ],
    ['ETIMEDOUT', undefined, 'Could not reach smtp.example.com:587: no answer within 15 seconds'],
    [
      'EDNS',
      'ENOTFOUND',
      'Could not find the server "smtp.example.com": check the SMTP server name',
    ],
    [
      'ECONNECTION',
      undefined,
      'Could not talk to smtp.example.com:587: Connection closed unexpectedly',
    ],
  ])('should be transient when nodemailer reports %s/%s', (code, originalCode, message) => {
    const error = smtpError({ code, originalCode, message: 'Connection closed unexpectedly' });

    const sut = classifySendError(error, settings);

    expect(sut).toBeInstanceOf(TransientDeliveryError);
    expect(sut.message).toBe(message);
  });

  it.each([550, 552, 554])('should be permanent when the server replies %i', (responseCode) => {
    const response = `${responseCode} 5.7.1 Message rejected`;

    const sut = classifySendError(
      smtpError({ code: 'EENVELOPE', responseCode, response }),
      settings,
    );

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe(`The SMTP server refused the message: ${response}`);
    expect(sut.response).toEqual({ responseCode, smtpResponse: response, rejected: [] });
  });

  it.each([421, 450, 451, 452])(
    'should be transient when the server replies %i',
    (responseCode) => {
      const sut = classifySendError(
        smtpError({ code: 'EENVELOPE', responseCode, response: `${responseCode} try later` }),
        settings,
      );

      expect(sut).toBeInstanceOf(TransientDeliveryError);
    },
  );

  it('should be permanent with a plain message when the login is refused', () => {
    const sut = classifySendError(
      smtpError({ code: 'EAUTH', responseCode: 535, response: '535 5.7.8 bad' }),
      settings,
    );

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe('The SMTP server refused the user name or password');
  });

  it('should be transient when the login check fails temporarily', () => {
    const sut = classifySendError(
      smtpError({
        code: 'EAUTH',
        responseCode: 454,
        response: '454 4.7.0 Temporary authentication failure',
      }),
      settings,
    );

    expect(sut).toBeInstanceOf(TransientDeliveryError);
  });

  it('should be permanent when nodemailer refuses an address before sending', () => {
    const sut = classifySendError(
      smtpError({ code: 'EENVELOPE', message: 'Invalid recipient "a b"' }),
      settings,
    );

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe('The addresses are not valid: Invalid recipient "a b"');
  });

  it('should never repeat the password when the server echoes it', () => {
    const plain = Buffer.from('\u0000shop\u0000hunter2!').toString('base64');
    const response = `535 Bad credentials hunter2! ${plain} ${Buffer.from('hunter2!').toString('base64')}`;

    const sut = classifySendError(
      smtpError({ code: 'EAUTH', responseCode: 454, response }),
      settings,
    );

    expect(JSON.stringify({ message: sut.message, response: sut.response })).not.toMatch(
      /hunter2!|aHVudGVyMiE|AHNob3AAaHVudGVyMiE/,
    );
  });

  it('should be transient when the error is unknown', () => {
    expect(classifySendError('boom', settings)).toBeInstanceOf(TransientDeliveryError);
  });

  it('should pass classified errors through when they are already classified', () => {
    const error = new PermanentDeliveryError('Write a text or HTML body');

    expect(classifySendError(error, settings)).toBe(error);
  });
});

describe(describeConnectionError.name, () => {
  it('should quote the server reply when the greeting is an error', () => {
    const message = describeConnectionError(
      smtpError({ code: 'EPROTOCOL', responseCode: 554, response: '554 No SMTP service here' }),
      settings,
    );

    expect(message).toBe(
      'The SMTP server at smtp.example.com:587 answered: 554 No SMTP service here',
    );
  });
});

describe(redactSecrets.name, () => {
  it('should leave the text alone when the account has no password', () => {
    expect(redactSecrets('abc', { ...settings, password: '' })).toBe('abc');
  });
});
