import {
  BlockedHostError,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import twilio from 'twilio';
import { describe, expect, it } from '@jest/globals';
import { classifyTwilioError } from './twilio-errors';

/** The SDK's own exception, built from an answer in Twilio's legacy error shape. */
const restException = (status: number, code: number, message: string) =>
  new twilio.RestException({
    statusCode: status,
    body: JSON.stringify({
      code,
      message,
      more_info: `https://www.twilio.com/docs/errors/${code}`,
      status,
    }),
  });

describe(classifyTwilioError.name, () => {
  it('should name the number when Twilio says it is not valid', () => {
    const sut = classifyTwilioError(
      restException(400, 21211, "The 'To' number +1555 is not a valid phone number."),
      { to: '+1555' },
    );

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe(
      'Twilio refused the number +1555: it is not a valid phone number (21211)',
    );
    expect(sut.response).toEqual({
      status: 400,
      code: 21211,
      message: "The 'To' number +1555 is not a valid phone number.",
      moreInfo: 'https://www.twilio.com/docs/errors/21211',
    });
  });

  it("should pass Twilio's own words on when the code has no plain description", () => {
    const sut = classifyTwilioError(restException(400, 21620, 'Invalid media URL(s)'));

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe('Twilio refused the message: Invalid media URL(s) (21620)');
  });

  it('should treat a 401 without a body as refused credentials', () => {
    const sut = classifyTwilioError(new twilio.RestException({ statusCode: 401, body: '' }));

    expect(sut).toBeInstanceOf(PermanentDeliveryError);
    expect(sut.message).toBe(
      "Twilio refused the account's credentials: check the Account SID and the auth token (20003)",
    );
  });

  it.each([
    [429, 20429],
    [500, 20500],
    [503, 20503],
  ])('should retry when Twilio answers %i', (status, code) => {
    expect(classifyTwilioError(restException(status, code, 'busy'))).toBeInstanceOf(
      TransientDeliveryError,
    );
  });

  it('should keep a guard refusal permanent when undici wraps it', () => {
    const refusal = new BlockedHostError('10.0.0.1');

    const sut = classifyTwilioError(new TypeError('fetch failed', { cause: refusal }));

    expect(sut).toBe(refusal);
  });

  it('should retry when the answer is not JSON', () => {
    const sut = classifyTwilioError(new SyntaxError('Unexpected token <'));

    expect(sut).toBeInstanceOf(TransientDeliveryError);
    expect(sut.message).toBe('Twilio answered with something Fluxo could not read');
  });

  it('should retry when Twilio did not answer in time', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');

    const sut = classifyTwilioError(timeout);

    expect(sut).toBeInstanceOf(TransientDeliveryError);
    expect(sut.message).toBe('Twilio did not answer in time; Fluxo will try again');
  });

  it('should say why the network failed when the cause has a code', () => {
    const error = new TypeError('fetch failed', {
      cause: Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' }),
    });

    expect(classifyTwilioError(error).message).toBe(
      'Could not reach Twilio: the address does not exist',
    );
  });
});
