// Connector specs run against the sandboxes (STYLE.md); the tag rule has no test-only exception yet.
import type { GoogleSheetsSandbox } from '@fluxo/sandboxes';
import type { Credentials } from '@fluxo/connector-sdk';

/** A service-account account whose key the sandbox generated (token_uri on the sandbox). */
export function serviceAccountCredentials(sandbox: GoogleSheetsSandbox): Credentials {
  return {
    authType: 'service-account',
    serviceAccountKey: JSON.stringify(sandbox.createServiceAccountKey()),
    apiBaseUrl: `${sandbox.url}/`,
  };
}

/** An account connected through the consent page, as the host hands it to the connector. */
export function oauthCredentials(
  sandbox: GoogleSheetsSandbox,
  options: { scopes?: string[]; expired?: boolean } = {},
): Credentials {
  const { accessToken, expiresAt } = sandbox.issueAccessToken(options.scopes);
  return {
    authType: 'oauth2',
    oauthAccessToken: accessToken,
    oauthExpiresAt: options.expired ? Date.now() - 1000 : expiresAt,
    oauthRefreshToken: sandbox.issueRefreshToken('fluxo-client', options.scopes),
    oauthClientId: 'fluxo-client',
    oauthClientSecret: 'fluxo-secret',
    oauthTokenUrl: sandbox.tokenUrl,
    apiBaseUrl: `${sandbox.url}/`,
  };
}
