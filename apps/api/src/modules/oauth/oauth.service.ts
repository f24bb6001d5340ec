import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  guardedFetch,
  type ConnectorDefinition,
  type OAuth2Declaration,
} from '@fluxo/connector-sdk';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig, type OAuthClientConfig } from '../../config/app-config';
import { AccountsService } from '../accounts/accounts.service';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { OutboundNetworkGuard } from '../connectors/outbound-network.guard';

/** A consent not finished within this time must be started again. */
const STATE_TTL_MINUTES = 10;

export class OAuthError extends DomainError {
  constructor(message: string) {
    super(400, 'OAUTH_FAILED', message);
  }
}

interface ConsentTarget {
  connector: ConnectorDefinition;
  oauth2: OAuth2Declaration;
  client: OAuthClientConfig;
}

/**
 * "Sign in with <vendor>" accounts: the authorization-code flow with PKCE and the instance's
 * own client. The state row ties the vendor's redirect back to the workspace that asked, once.
 */
@Injectable()
export class OAuthService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly accountsService: AccountsService,
    private readonly network: OutboundNetworkGuard,
  ) {}

  /** The vendor's consent page URL for a new account of `connectorKey`, and its state. */
  async startOrThrow(
    workspaceId: string,
    connectorKey: string,
    accountName: string,
    redirectUri: string,
  ): Promise<{ url: string; state: string }> {
    const { connector, oauth2, client } = this.consentTargetOrThrow(connectorKey);
    const state = randomBytes(24).toString('base64url');
    const verifier = randomBytes(32).toString('base64url');
    await this.dataSource.query(
      `DELETE FROM oauth_state WHERE created_at < now() - make_interval(mins => $1)`,
      [STATE_TTL_MINUTES],
    );
    await this.dataSource.query(
      `INSERT INTO oauth_state (id, workspace_id, connector_key, account_name, code_verifier)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        state,
        workspaceId,
        connector.key,
        accountName.trim() || `${connector.name} account`,
        verifier,
      ],
    );
    const url = new URL(client.authorizeUrl ?? oauth2.authorizeUrl);
    url.search = new URLSearchParams({
      client_id: client.clientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      scope: oauth2.scopes.join(' '),
      state,
      code_challenge: createHash('sha256').update(verifier).digest('base64url'),
      code_challenge_method: 'S256',
      ...oauth2.authorizeParams,
    }).toString();
    return { url: url.toString(), state };
  }

  /** Spends a state whose callback came to the wrong browser, so its link is dead for all. */
  async discardState(state: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM oauth_state WHERE id = $1`, [state]);
  }

  /** Exchanges the code for tokens and stores the account; returns its id. */
  async finishOrThrow(
    query: { code?: string; state?: string; error?: string },
    redirectUri: string,
  ): Promise<string> {
    const [[row]]: [
      {
        workspace_id: string;
        connector_key: string;
        account_name: string;
        code_verifier: string;
      }[],
      number,
    ] = await this.dataSource.query(
      `DELETE FROM oauth_state
        WHERE id = $1 AND created_at >= now() - make_interval(mins => $2)
        RETURNING workspace_id, connector_key, account_name, code_verifier`,
      [query.state ?? '', STATE_TTL_MINUTES],
    );
    if (!row) throw new OAuthError('This sign-in link expired or was already used; start again');
    const { connector, oauth2, client } = this.consentTargetOrThrow(row.connector_key);
    if (query.error || !query.code) {
      throw new OAuthError(
        query.error === 'access_denied'
          ? `${connector.name} access was not granted`
          : `${connector.name} did not complete the sign-in (${query.error ?? 'no code'})`,
      );
    }
    const response = await guardedFetch(this.network, client.tokenUrl ?? oauth2.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code: query.code,
        redirect_uri: redirectUri,
        client_id: client.clientId,
        client_secret: client.clientSecret,
        code_verifier: row.code_verifier,
      }).toString(),
      timeoutMs: 20_000,
    }).catch((error: unknown) => {
      throw new OAuthError(`Could not reach ${connector.name}: ${(error as Error).message}`);
    });
    const tokens = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok || typeof tokens.access_token !== 'string') {
      const reason = tokens.error_description ?? tokens.error ?? `HTTP ${response.status}`;
      throw new OAuthError(`${connector.name} refused the sign-in: ${String(reason)}`);
    }
    if (typeof tokens.refresh_token !== 'string') {
      throw new OAuthError(
        `${connector.name} gave no lasting access; remove Fluxo from your account's connected apps and sign in again`,
      );
    }
    const expiresIn = Number(tokens.expires_in ?? 3600);
    const account = await this.accountsService.createFromOAuth(
      row.workspace_id,
      connector.key,
      row.account_name,
      {
        oauthRefreshToken: tokens.refresh_token,
        oauthAccessToken: tokens.access_token,
        oauthExpiresAt: Date.now() + expiresIn * 1000,
      },
    );
    return account.id;
  }

  private consentTargetOrThrow(connectorKey: string): ConsentTarget {
    const connector = this.registry.getOrThrow(connectorKey);
    const oauth2 = connector.auth?.oauth2;
    if (!oauth2) throw new OAuthError(`${connector.name} accounts are not connected by signing in`);
    const client = this.config.oauthClients[connector.key];
    if (!client) {
      throw new OAuthError(
        `Signing in with ${connector.name} is not set up on this Fluxo: an administrator sets its OAuth client id and secret (see the README). Until then, use the other way of connecting.`,
      );
    }
    return { connector, oauth2, client };
  }
}
