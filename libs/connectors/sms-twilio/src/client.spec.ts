import { PermanentDeliveryError } from '@fluxo/connector-sdk';
import { describe, expect, it } from '@jest/globals';
import { readTwilioAccountOrThrow, TWILIO_API_BASE_URL } from './client';

const ACCOUNT_SID = `AC${'a1'.repeat(16)}`;
const KEY_SID = `SK${'b2'.repeat(16)}`;

describe(readTwilioAccountOrThrow.name, () => {
  it('should send with the Account SID and auth token when there is no API key', () => {
    const sut = readTwilioAccountOrThrow({ accountSid: ` ${ACCOUNT_SID} `, authToken: 'tok' });

    expect(sut).toMatchObject({
      accountSid: ACCOUNT_SID,
      username: ACCOUNT_SID,
      password: 'tok',
      usesApiKey: false,
      apiBaseUrl: TWILIO_API_BASE_URL,
    });
  });

  it('should send with the API key and keep the auth token for callbacks when both are given', () => {
    const sut = readTwilioAccountOrThrow({
      accountSid: ACCOUNT_SID,
      authToken: 'tok',
      apiKeySid: KEY_SID,
      apiKeySecret: 'sec',
      apiBaseUrl: 'http://127.0.0.1:4010/',
    });

    expect(sut).toMatchObject({
      username: KEY_SID,
      password: 'sec',
      authToken: 'tok',
      usesApiKey: true,
      apiBaseUrl: 'http://127.0.0.1:4010',
    });
  });

  it.each([
    [{ accountSid: 'AC123', authToken: 't' }, /must start with AC followed by 32/],
    [
      { accountSid: ACCOUNT_SID },
      'Add the auth token (or an API key and its secret) to the Twilio account',
    ],
    [
      { accountSid: ACCOUNT_SID, apiKeySid: KEY_SID },
      'Add the secret of the API key to the Twilio account',
    ],
    [{ accountSid: ACCOUNT_SID, apiKeySid: 'SK1', apiKeySecret: 's' }, /must start with SK/],
    [
      { accountSid: ACCOUNT_SID, authToken: 't', apiBaseUrl: 'localhost:4010' },
      /not a web address/,
    ],
  ])('should refuse %j in plain words', (credentials, message) => {
    expect(() => readTwilioAccountOrThrow(credentials)).toThrow(PermanentDeliveryError);
    expect(() => readTwilioAccountOrThrow(credentials)).toThrow(message);
  });
});
