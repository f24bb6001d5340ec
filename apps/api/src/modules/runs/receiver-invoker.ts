import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryResult, ReceiverDefinition } from '@fluxo/connector-sdk';
import { prepareDelivery } from '@fluxo/engine';
import type { FieldDefinition, FieldError, Mapping } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConnectorContextFactory } from '../accounts/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { StepNotReadyError } from '../connections/connections.errors';
import type { StepEntity } from '../connections/entities/step.entity';
import { statusCallbackPath } from './status-callback-token';

// Above the longest timeout a step may ask for (the HTTP request's 120 s).
const DELIVERY_TIMEOUT_MS = 130_000;

export interface PreparedPayload {
  payload: Record<string, string>;
  errors: FieldError[];
}

/** Renders a receiver step's mapping and calls its connector with the account's credentials. */
/**
 * The receiver's declared fields plus one optional text field per mapped dynamic field (a
 * sheet's column): they were listed from the account when the user mapped them.
 */
export function fieldsOf(receiver: ReceiverDefinition, mapping: Mapping): FieldDefinition[] {
  const prefix = receiver.dynamicFields?.keyPrefix;
  if (!prefix) return receiver.fields;
  const dynamic = Object.keys(mapping)
    .filter((key) => key.startsWith(prefix) && key.length > prefix.length)
    .map((key) => ({
      key,
      label: key.slice(prefix.length),
      type: 'text' as const,
      required: false,
    }));
  return [...receiver.fields, ...dynamic];
}

@Injectable()
export class ReceiverInvoker {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: ConnectorRegistry,
    private readonly contexts: ConnectorContextFactory,
  ) {}

  receiverOf(step: StepEntity): ReceiverDefinition {
    return this.registry.getReceiverOrThrow(step.connectorKey, step.actionKey);
  }

  prepare(step: StepEntity, variables: Record<string, unknown>): Promise<PreparedPayload> {
    return prepareDelivery(fieldsOf(this.receiverOf(step), step.mapping), step.mapping, variables);
  }

  /** `deliveryId` is the idempotency key, and names the delivery in status callbacks. */
  async invoke(
    step: StepEntity,
    payload: Record<string, unknown>,
    deliveryId?: string,
  ): Promise<DeliveryResult> {
    const connector = this.registry.getOrThrow(step.connectorKey);
    if (connector.auth && !step.accountId) {
      throw new StepNotReadyError(`Choose a ${connector.name} account for this step first`);
    }
    const receiver = this.receiverOf(step);
    const ctx = await this.contexts.create(
      step.workspaceId,
      connector,
      step.accountId,
      step.settings,
      {
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
        idempotencyKey: deliveryId,
        statusCallbackUrl:
          receiver.statusCallback && deliveryId && this.config.publicUrl
            ? `${this.config.publicUrl}${statusCallbackPath(deliveryId, this.config.encryptionKey)}`
            : undefined,
      },
    );
    return receiver.deliver(payload, ctx);
  }
}
