import type { ConnectorDefinition, Credentials } from '@fluxo/connector-sdk';
import type { OAuthClientConfig } from '../../config/app-config';

/**
 * Consent-based accounts refresh their tokens with the instance's own OAuth client, which is
 * configuration, not account data: it is added at call time and never stored with the account.
 */
export function withOAuthClient(
  connector: ConnectorDefinition,
  credentials: Credentials,
  clients: Record<string, OAuthClientConfig>,
): Credentials {
  const oauth2 = connector.auth?.oauth2;
  const client = clients[connector.key];
  if (!oauth2 || credentials.authType !== 'oauth2' || !client) return credentials;
  return {
    ...credentials,
    oauthClientId: client.clientId,
    oauthClientSecret: client.clientSecret,
    oauthTokenUrl: client.tokenUrl ?? oauth2.tokenUrl,
  };
}
