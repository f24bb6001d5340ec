import { Injectable } from '@nestjs/common';
import { pushHandlerOf, type PushHandler } from '@fluxo/connector-sdk';
import type { HeldCallKeyDto } from '@fluxo/contracts';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { AccountsService } from '../accounts/accounts.service';
import type { AuthContext } from '../auth/auth-context';
import { RoleRefusedError } from '../auth/auth.errors';
import { ConnectionStepsService } from '../connections/connection-steps.service';
import { ConnectionsService } from '../connections/connections.service';
import type { StepEntity } from '../connections/entities/step.entity';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { HeldCallStore, type HeldCallRow } from './held-call-store';
import { inboundRequestOrThrow } from './inbound-call';

type KeyInCall = NonNullable<PushHandler['keyInCall']>;

/** Shows the first and last two characters, enough to compare with the vendor's panel. */
export function maskKey(key: string): string {
  return key.length >= 8 ? `${key.slice(0, 2)}…${key.slice(-2)}` : '…';
}

/**
 * "Trust the key from this call": a source whose calls carry the account's own key (PayT's
 * integration key) holds them until the key is known; the user may take it from a held call
 * instead of looking for it in the vendor's panel. It goes into the source's account, or a new
 * account when none is chosen yet.
 */
@Injectable()
export class HeldCallKeyService {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly steps: ConnectionStepsService,
    private readonly accounts: AccountsService,
    private readonly registry: ConnectorRegistry,
    private readonly heldCalls: HeldCallStore,
  ) {}

  /** The key the newest held call brings, masked; null when there is none to trust. */
  async candidate(workspaceId: string, connectionId: string): Promise<HeldCallKeyDto | null> {
    const { connection, keyInCall } = await this.sourceOf(workspaceId, connectionId);
    const row = keyInCall && (await this.heldCalls.newest(connection.id));
    const key = keyInCall && row ? await this.keyOf(row, keyInCall) : null;
    return row && key ? { eventId: row.id, maskedKey: maskKey(key) } : null;
  }

  /**
   * Saves the call's key: into the source's account when it has one (replacing a secret, an
   * owner's call), otherwise into a new account. Says which it did and the account's name.
   */
  async trust(
    auth: Pick<AuthContext, 'workspaceId' | 'role'>,
    connectionId: string,
    eventId: string,
  ): Promise<{ accountId: string; accountName: string; system: string; replaced: boolean }> {
    const { workspaceId } = auth;
    const { connection, step, keyInCall } = await this.sourceOf(workspaceId, connectionId);
    if (!step || !keyInCall) {
      throw new DomainError(409, 'NO_KEY_IN_CALLS', 'This source’s calls carry no key to trust');
    }
    const row = await this.heldCalls.find(connection.id, eventId);
    if (!row) throw new NotFoundError('The waiting call');
    const key = await this.keyOf(row, keyInCall);
    if (!key) throw new DomainError(409, 'NO_KEY_IN_CALL', 'This call carries no key to trust');
    const credentials = { [keyInCall.field]: key };
    if (step.accountId) {
      // Editors use accounts but never replace their secrets.
      if (auth.role !== 'owner') throw new RoleRefusedError(auth.role, 'owner');
      const updated = await this.accounts.update(workspaceId, step.accountId, {
        credentials,
        saveAnyway: true,
      });
      return {
        accountId: step.accountId,
        accountName: updated.name,
        system: step.connectorKey,
        replaced: true,
      };
    }
    const account = await this.accounts.create(workspaceId, {
      connectorKey: step.connectorKey,
      name: this.registry.getOrThrow(step.connectorKey).name,
      credentials,
      checkFirst: true,
      saveAnyway: true,
    });
    await this.steps.upsertSource(workspaceId, connection.id, {
      connectorKey: step.connectorKey,
      actionKey: step.actionKey,
      accountId: account.id,
      settings: step.settings,
    });
    return {
      accountId: account.id,
      accountName: account.name,
      system: step.connectorKey,
      replaced: false,
    };
  }

  private async sourceOf(workspaceId: string, connectionId: string) {
    const connection = await this.connections.findOrThrow(workspaceId, connectionId);
    const step: StepEntity | undefined = (await this.steps.stepsOf(connection.id)).find(
      (s) => s.role === 'source',
    );
    const source = step && this.registry.findSource(step.connectorKey, step.actionKey);
    const keyInCall = (source && pushHandlerOf(source)?.keyInCall) ?? null;
    return { connection, step, keyInCall };
  }

  private async keyOf(row: HeldCallRow, keyInCall: KeyInCall): Promise<string | null> {
    try {
      return keyInCall.read(await inboundRequestOrThrow(this.heldCalls.callOf(row)));
    } catch {
      return null;
    }
  }
}
