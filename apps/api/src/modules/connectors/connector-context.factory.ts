import { Inject, Injectable } from '@nestjs/common';
import { emailConnector, smtpCredentialsFromUrl } from '@fluxo/connector-email';
import {
  PermanentDeliveryError,
  type ConnectorContext,
  type ConnectorDefinition,
  type Credentials,
  type Messaging,
  type OutboundMessage,
} from '@fluxo/connector-sdk';
import { INSTANCE_MAIL_ACCOUNT, type StepSettings } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AccountsService } from '../accounts/accounts.service';
import type { StoredCredentials } from '../accounts/credential-vault';
import { connectorLogger } from './connector-logger';
import { ConnectorRegistry } from './connector-registry';
import { OutboundNetworkGuard } from './outbound-network.guard';

export interface CallOptions {
  signal?: AbortSignal;
  idempotencyKey?: string;
  statusCallbackUrl?: string;
}

/** The account's stored credentials, when the caller read them with its own query. */
export type PreloadedAccount = StoredCredentials | undefined;

/**
 * Builds what a connector gets for one call: the account's decrypted credentials (with the
 * instance's OAuth client for consent-based accounts), the SSRF guard, a logger, and the
 * messaging bridge through which one connector sends with another connector's account.
 */
@Injectable()
export class ConnectorContextFactory {
  constructor(
    private readonly registry: ConnectorRegistry,
    private readonly accountsService: AccountsService,
    private readonly network: OutboundNetworkGuard,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async create(
    workspaceId: string,
    connector: ConnectorDefinition,
    accountId: string | null,
    settings: StepSettings,
    options: CallOptions = {},
    preloaded?: PreloadedAccount,
  ): Promise<ConnectorContext> {
    return {
      credentials: await this.credentialsOf(workspaceId, connector, accountId, preloaded),
      settings,
      logger: connectorLogger(connector.key),
      network: this.network,
      messaging: this.messagingFor(workspaceId, options),
      ...(accountId
        ? {
            saveCredentials: (changes: Credentials) =>
              this.accountsService.saveRenewedCredentials(workspaceId, accountId, changes),
          }
        : {}),
      ...options,
    };
  }

  /** Decrypted credentials; consent-based accounts also get the instance's OAuth client. */
  async credentialsOf(
    workspaceId: string,
    connector: ConnectorDefinition,
    accountId: string | null,
    preloaded?: PreloadedAccount,
  ): Promise<Credentials> {
    if (!accountId) return {};
    return this.accountsService.credentialsForCall(workspaceId, connector, accountId, preloaded);
  }

  private messagingFor(workspaceId: string, options: CallOptions): Messaging {
    return {
      send: async (accountId, message) => {
        if (!accountId) {
          throw new PermanentDeliveryError('Choose the account the message is sent from');
        }
        if (accountId === INSTANCE_MAIL_ACCOUNT) return this.sendInstanceMail(message, options);
        const account = await this.accountsService.findOrThrow(workspaceId, accountId);
        const connector = this.registry.getOrThrow(account.connectorKey);
        if (!connector.messenger) {
          throw new PermanentDeliveryError(
            `${connector.name} accounts cannot send messages; choose an e-mail or SMS account`,
          );
        }
        const context = await this.create(
          workspaceId,
          connector,
          accountId,
          {},
          {
            signal: options.signal,
            // The message is its own send: a resend after a crash must be droppable on its own.
            idempotencyKey: options.idempotencyKey
              ? `${options.idempotencyKey}:message`
              : undefined,
          },
        );
        return connector.messenger.send(message, context);
      },
    };
  }

  /**
   * Sends through the instance's own mail (FLUXO_SMTP_URL), as the e-mail connector sends
   * through an account: same Message-ID from the idempotency key, same error sorting. Fluxo's
   * own messages (password resets) go out through it too.
   */
  async sendInstanceMail(message: OutboundMessage, options: CallOptions) {
    const { smtpUrl, smtpFrom } = this.config;
    if (!smtpUrl || !emailConnector.messenger) {
      throw new PermanentDeliveryError(
        'This instance has no mail of its own (FLUXO_SMTP_URL is not set): choose one of your e-mail accounts',
      );
    }
    const credentials = smtpCredentialsFromUrl(smtpUrl, smtpFrom);
    return emailConnector.messenger.send(message, {
      credentials,
      settings: {},
      logger: connectorLogger(emailConnector.key),
      network: this.network.trusting(String(credentials.host)),
      messaging: { send: () => Promise.reject(new Error('Instance mail sends by itself')) },
      signal: options.signal,
      idempotencyKey: options.idempotencyKey ? `${options.idempotencyKey}:message` : undefined,
    });
  }
}
