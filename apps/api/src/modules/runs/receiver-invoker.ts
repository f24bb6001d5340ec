import { Injectable } from '@nestjs/common';
import type { DeliveryResult, ReceiverDefinition } from '@fluxo/connector-sdk';
import { prepareDelivery } from '@fluxo/engine';
import type { FieldError } from '@fluxo/contracts';
import { AccountsService } from '../accounts/accounts.service';
import { connectorLogger } from '../connectors/connector-logger';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { OutboundNetworkGuard } from '../connectors/outbound-network.guard';
import { StepNotReadyError } from '../connections/connections.errors';
import type { StepEntity } from '../connections/entities/step.entity';

const DELIVERY_TIMEOUT_MS = 60_000;

export interface PreparedPayload {
  payload: Record<string, string>;
  errors: FieldError[];
}

/** Renders a receiver step's mapping and calls its connector with the account's credentials. */
@Injectable()
export class ReceiverInvoker {
  constructor(
    private readonly registry: ConnectorRegistry,
    private readonly accountsService: AccountsService,
    private readonly network: OutboundNetworkGuard,
  ) {}

  receiverOf(step: StepEntity): ReceiverDefinition {
    return this.registry.getReceiverOrThrow(step.connectorKey, step.actionKey);
  }

  prepare(step: StepEntity, variables: Record<string, unknown>): Promise<PreparedPayload> {
    return prepareDelivery(this.receiverOf(step).fields, step.mapping, variables);
  }

  async invoke(
    step: StepEntity,
    payload: Record<string, unknown>,
    idempotencyKey?: string,
  ): Promise<DeliveryResult> {
    const connector = this.registry.getOrThrow(step.connectorKey);
    if (connector.auth && !step.accountId) {
      throw new StepNotReadyError(`Choose a ${connector.name} account for this step first`);
    }
    const credentials = step.accountId
      ? await this.accountsService.getCredentialsOrThrow(step.workspaceId, step.accountId)
      : {};
    return this.receiverOf(step).deliver(payload, {
      credentials,
      settings: step.settings,
      logger: connectorLogger(step.connectorKey),
      signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      network: this.network,
      idempotencyKey,
    });
  }
}
