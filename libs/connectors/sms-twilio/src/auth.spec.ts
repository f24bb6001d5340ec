// Connector specs run against the sandboxes (STYLE.md).
import { testContext, testNetwork } from '@fluxo/connector-sdk';
import { type SandboxAccount, TwilioSandbox } from '@fluxo/sandboxes';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { checkTwilioAccount, twilioAuthFields } from './auth';

describe(checkTwilioAccount.name, () => {
  let sandbox: TwilioSandbox;
  let account: SandboxAccount;
  const ctx = () => testContext();

  beforeAll(async () => {
    sandbox = await TwilioSandbox.start({ callbacks: 'manual' });
  });

  afterAll(async () => {
    await sandbox.stop();
  });

  beforeEach(() => {
    account = sandbox.seedAccount({ friendlyName: 'Loja da Ana' });
  });

  afterEach(() => {
    sandbox.reset();
  });

  it('should name the Twilio account when the auth token is right', async () => {
    const result = await checkTwilioAccount(
      { accountSid: account.sid, authToken: account.authToken, apiBaseUrl: sandbox.url },
      ctx(),
    );

    expect(result).toEqual({ ok: true, message: 'Connected to Twilio account Loja da Ana' });
    expect(sandbox.requests()).toMatchObject([
      {
        method: 'GET',
        path: `/2010-04-01/Accounts/${account.sid}.json`,
        auth: { username: account.sid, via: 'auth-token' },
        status: 200,
      },
    ]);
    expect(sandbox.messages()).toEqual([]);
  });

  it('should say the credentials are wrong without repeating them when the token is wrong', async () => {
    const wrong = 'f'.repeat(32);

    const result = await checkTwilioAccount(
      { accountSid: account.sid, authToken: wrong, apiBaseUrl: sandbox.url },
      ctx(),
    );

    expect(result).toEqual({
      ok: false,
      message:
        "Twilio refused the account's credentials: check the Account SID and the auth token (20003)",
    });
    expect(result.message).not.toContain(wrong);
  });

  it('should prove a Standard API key works although it may not read the account', async () => {
    const key = sandbox.seedApiKey({ accountSid: account.sid, type: 'standard' });

    const result = await checkTwilioAccount(
      {
        accountSid: account.sid,
        authToken: account.authToken,
        apiKeySid: key.sid,
        apiKeySecret: key.secret,
        apiBaseUrl: sandbox.url,
      },
      ctx(),
    );

    expect(result).toEqual({
      ok: true,
      message: `Connected to Twilio account ${account.sid} with the API key`,
    });
    expect(
      sandbox.requests().map((request) => [request.method, request.path, request.status]),
    ).toEqual([
      ['GET', `/2010-04-01/Accounts/${account.sid}.json`, 401],
      ['GET', `/2010-04-01/Accounts/${account.sid}/Messages.json`, 200],
    ]);
    expect(sandbox.requests()[1].query).toEqual({ PageSize: '1' });
  });

  it('should name the account and ask for the auth token when a Main key comes alone', async () => {
    const key = sandbox.seedApiKey({ accountSid: account.sid, type: 'main' });

    const result = await checkTwilioAccount(
      {
        accountSid: account.sid,
        apiKeySid: key.sid,
        apiKeySecret: key.secret,
        apiBaseUrl: sandbox.url,
      },
      ctx(),
    );

    expect(result).toEqual({
      ok: true,
      message:
        'Connected to Twilio account Loja da Ana. Add the auth token too, or Fluxo cannot check delivery reports',
    });
  });

  it('should name the API key when its secret is wrong', async () => {
    const key = sandbox.seedApiKey({ accountSid: account.sid });

    const result = await checkTwilioAccount(
      {
        accountSid: account.sid,
        apiKeySid: key.sid,
        apiKeySecret: 'nope',
        apiBaseUrl: sandbox.url,
      },
      ctx(),
    );

    expect(result).toEqual({
      ok: false,
      message:
        "Twilio refused the account's credentials: check the Account SID and the API key and its secret (20003)",
    });
  });

  it('should refuse a malformed Account SID without calling Twilio', async () => {
    const result = await checkTwilioAccount({ accountSid: 'abc', authToken: 't' }, ctx());

    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/must start with AC/);
    expect(sandbox.requests()).toEqual([]);
  });

  it('should report the guard refusal when the API address is not allowed', async () => {
    const result = await checkTwilioAccount(
      { accountSid: account.sid, authToken: account.authToken, apiBaseUrl: sandbox.url },
      testContext({ network: testNetwork([]) }),
    );

    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Fluxo does not connect to 127\.0\.0\.1/);
  });
});

describe('twilioAuthFields', () => {
  it('should keep the frozen keys in order with the two secrets marked', () => {
    expect(twilioAuthFields.map((field) => [field.key, field.type, field.required])).toEqual([
      ['accountSid', 'text', true],
      ['authToken', 'password', false],
      ['apiKeySid', 'text', false],
      ['apiKeySecret', 'password', false],
      ['defaultCountry', 'select', false],
      ['defaultFrom', 'phone', false],
      ['defaultMessagingServiceSid', 'text', false],
      ['apiBaseUrl', 'url', false],
    ]);
    expect(twilioAuthFields.filter((field) => field.secret).map((field) => field.key)).toEqual([
      'authToken',
      'apiKeySecret',
    ]);
  });

  it('should tell API key users that delivery reports need the auth token', () => {
    const authToken = twilioAuthFields.find((field) => field.key === 'authToken');

    expect(authToken?.help).toContain('delivery reports');
    expect(authToken?.help).toContain('API key');
  });
});
