import { Inject, Injectable } from '@nestjs/common';
import type { ConnectorDefinition, Credentials } from '@fluxo/connector-sdk';
import { SecretBox } from '../../common/secret-box';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { withOAuthClient } from '../connectors/oauth-client';

/** An account's credentials as they are stored: public values readable, secrets sealed. */
export interface StoredCredentials {
  publicCredentials: Record<string, unknown>;
  secretCredentials: string;
}

/**
 * The only place account secrets are sealed and opened. Everything else handles the stored form
 * (a sealed string) or, for one connector call, the opened credentials, which never leave the
 * server.
 */
@Injectable()
export class CredentialVault {
  constructor(
    private readonly box: SecretBox,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  store(publicCredentials: Credentials, secrets: Credentials): StoredCredentials {
    return { publicCredentials, secretCredentials: this.box.seal(secrets) };
  }

  /**
   * Both halves opened for a call; consent-based accounts also get the instance's OAuth client,
   * which is configuration and so is added here rather than stored with the account.
   */
  openForCall(connector: ConnectorDefinition, stored: StoredCredentials): Credentials {
    const credentials = {
      ...(stored.publicCredentials as Credentials),
      ...this.box.openOrThrow<Credentials>(stored.secretCredentials),
    };
    return withOAuthClient(connector, credentials, this.config.oauthClients);
  }

  /**
   * The sealed secrets with the tokens a connector renewed, or null when nothing changed. Only
   * `oauth*` keys are a connector's to renew; anything else it returns is ignored.
   */
  renewTokens(sealedSecrets: string, changes: Credentials): string | null {
    const renewed = Object.fromEntries(
      Object.entries(changes).filter(([key, value]) => key.startsWith('oauth') && value !== ''),
    );
    if (!Object.keys(renewed).length) return null;
    const secrets = this.box.openOrThrow<Credentials>(sealedSecrets);
    return this.box.seal({ ...secrets, ...renewed });
  }
}
