import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { defineConnector } from '@fluxo/connector-sdk';
import { SecretBox } from '../../common/secret-box';
import type { AppConfig } from '../../config/app-config';
import { CredentialVault } from './credential-vault';

const connector = (key: string, oauth2: boolean) =>
  defineConnector({
    key,
    name: key,
    description: '',
    group: 'http',
    logoSvg: '',
    auth: {
      fields: [],
      check: async () => ({ ok: true, message: '' }),
      ...(oauth2 ? { oauth2: { authorizeUrl: 'a', tokenUrl: 'https://t', scopes: [] } } : {}),
    },
    sources: [],
    receivers: [],
  });

describe(CredentialVault.name, () => {
  const config = {
    oauthClients: { sheets: { clientId: 'client', clientSecret: 'shh' } },
  } as unknown as AppConfig;
  const sut = new CredentialVault(new SecretBox(randomBytes(32)), config);

  it('should keep secrets sealed at rest and open both halves for a call', () => {
    const stored = sut.store({ user: 'ana' }, { password: 's3cret' });

    expect(stored.secretCredentials).not.toContain('s3cret');
    expect(sut.openForCall(connector('smtp', false), stored)).toEqual({
      user: 'ana',
      password: 's3cret',
    });
  });

  it("should add the instance's OAuth client to a consent-based account, never storing it", () => {
    const stored = sut.store({ authType: 'oauth2' }, { oauthRefreshToken: 'r1' });

    expect(sut.openForCall(connector('sheets', true), stored)).toEqual({
      authType: 'oauth2',
      oauthRefreshToken: 'r1',
      oauthClientId: 'client',
      oauthClientSecret: 'shh',
      oauthTokenUrl: 'https://t',
    });
    expect(JSON.stringify(stored)).not.toContain('shh');
  });

  it('should renew only oauth tokens a connector hands back, keeping the other secrets', () => {
    const stored = sut.store({ authType: 'oauth2' }, { oauthRefreshToken: 'r1', pin: '1234' });

    const renewed = sut.renewTokens(stored.secretCredentials, {
      oauthAccessToken: 'a2',
      pin: 'changed by a connector',
      oauthRefreshToken: '',
    });

    expect(renewed).toEqual(expect.any(String));
    expect(
      sut.openForCall(connector('plain', false), { ...stored, secretCredentials: String(renewed) }),
    ).toEqual({ authType: 'oauth2', oauthRefreshToken: 'r1', pin: '1234', oauthAccessToken: 'a2' });
  });

  it('should report nothing to store when no token changed', () => {
    const stored = sut.store({}, { pin: '1234' });

    expect(
      sut.renewTokens(stored.secretCredentials, { pin: 'x', oauthAccessToken: '' }),
    ).toBeNull();
  });
});
