import { BlockedHostError, testContext, testNetwork } from '@fluxo/connector-sdk';
// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import { GoogleSheetsSandbox } from '@fluxo/sandboxes';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { oauthCredentials, serviceAccountCredentials } from './__fixtures__/accounts';
import { checkGoogleSheetsAccount as sut } from './auth';
import { REVOKED_MESSAGE } from './client';
import { newRowsSource } from './sources/new-rows.source';

describe('checkGoogleSheetsAccount', () => {
  let sandbox: GoogleSheetsSandbox;

  beforeAll(async () => {
    sandbox = await GoogleSheetsSandbox.start();
  });
  afterAll(() => sandbox.stop());
  beforeEach(() => sandbox.reset());

  const hostContext = () => {
    const { credentials: _c, settings: _s, ...rest } = testContext();
    return rest;
  };

  it("should connect as the key's client_email with an RS256 JWT grant when the key is valid", async () => {
    const credentials = serviceAccountCredentials(sandbox);
    const email = JSON.parse(String(credentials.serviceAccountKey)).client_email;

    const result = await sut(credentials, hostContext());

    expect(result).toEqual({ ok: true, message: `Connected as ${email}` });
    const [token] = sandbox.requests();
    expect(token).toMatchObject({
      method: 'POST',
      path: '/token',
      body: {
        grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
        assertion: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      },
    });
    const claims = JSON.parse(
      Buffer.from(
        String((token.body as { assertion: string }).assertion).split('.')[1],
        'base64url',
      ).toString(),
    );
    expect(claims).toMatchObject({
      iss: email,
      scope:
        'https://www.googleapis.com/auth/spreadsheets https://www.googleapis.com/auth/drive.metadata.readonly',
    });
  });

  it('should report the refused key plainly when the key was not made by Google', async () => {
    const credentials = serviceAccountCredentials(sandbox);
    const key = JSON.parse(String(credentials.serviceAccountKey));
    key.private_key = sandbox.createServiceAccountKey().private_key;

    const result = await sut(
      { ...credentials, serviceAccountKey: JSON.stringify(key) },
      hostContext(),
    );

    expect(result).toEqual({
      ok: false,
      message:
        'Google refused the service account key (Invalid JWT Signature.): the key may have been deleted. Create a new key and paste it into the account.',
    });
  });

  it('should ask for the whole file when the key is not JSON', async () => {
    const result = await sut(
      { authType: 'service-account', serviceAccountKey: 'not json' },
      hostContext(),
    );

    expect(result.ok).toBe(false);
    expect(result.message).toContain('not valid JSON');
  });

  it('should refresh the sign-in through the token URL when the account signed in with Google', async () => {
    const credentials = oauthCredentials(sandbox);

    const result = await sut(credentials, hostContext());

    expect(result.ok).toBe(true);
    expect(sandbox.requests()[0]).toMatchObject({
      method: 'POST',
      path: '/token',
      body: {
        grant_type: 'refresh_token',
        refresh_token: credentials.oauthRefreshToken,
        client_id: 'fluxo-client',
        client_secret: 'fluxo-secret',
      },
    });
  });

  it('should say to connect again when Google answers invalid_grant for a revoked sign-in', async () => {
    const credentials = oauthCredentials(sandbox);
    sandbox.revokeTokens();

    const result = await sut(credentials, hostContext());

    expect(result).toEqual({ ok: false, message: REVOKED_MESSAGE });
  });

  it('should refuse the token request when the guard blocks the sandbox host', async () => {
    const ctx = { ...hostContext(), network: testNetwork(['sheets.googleapis.com']) };

    const result = await sut(serviceAccountCredentials(sandbox), ctx);

    expect(result).toEqual({ ok: false, message: new BlockedHostError('127.0.0.1').message });
    expect(sandbox.requests()).toEqual([]);
  });

  it("should fail a poll with the guard's error and send nothing when the API host is blocked", async () => {
    const ctx = testContext({
      credentials: oauthCredentials(sandbox),
      settings: { spreadsheet: 'abc', sheet: 'Sheet1' },
      network: testNetwork([]),
    });

    await expect(newRowsSource.poll(ctx, undefined)).rejects.toBeInstanceOf(BlockedHostError);
    expect(sandbox.requests()).toEqual([]);
  });

  it("should refuse to run without the host's network when none is given", async () => {
    const result = await sut(serviceAccountCredentials(sandbox), {
      ...hostContext(),
      network: undefined,
    });

    expect(result).toEqual({
      ok: false,
      message: 'The host gave Google Sheets no network to use: it cannot call Google.',
    });
  });
});
