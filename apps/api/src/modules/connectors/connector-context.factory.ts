import { Injectable } from '@nestjs/common';
import {
  PermanentDeliveryError,
  type ConnectorContext,
  type ConnectorDefinition,
  type Credentials,
  type Messaging,
} from '@fluxo/connector-sdk';
import type { StepSettings } from '@fluxo/contracts';
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
}
