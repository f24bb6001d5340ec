import { Inject, Injectable } from '@nestjs/common';
import type { DeliveryResult, ReceiverDefinition } from '@fluxo/connector-sdk';
import { timeoutSignal } from '@fluxo/connector-sdk';
import { prepareDelivery } from '@fluxo/engine';
import type { FieldDefinition, FieldError, Mapping } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import {
  ConnectorContextFactory,
  type PreloadedAccount,
} from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { SecretBox } from '../../common/secret-box';
import { StepNotReadyError } from '../connections/connections.errors';
import { maskSecretValues, openSealedFields, secretKeysOf } from '../connections/secret-mapping';
import type { StepEntity } from '../connections/entities/step.entity';
import { statusCallbackPath } from './status-callback-token.util';

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
    private readonly secretBox: SecretBox,
  ) {}

  receiverOf(step: StepEntity): ReceiverDefinition {
    return this.registry.getReceiverOrThrow(step.connectorKey, step.actionKey);
  }

  /** The payload to send: secret fields in clear, so never store or answer it unmasked. */
  prepare(step: StepEntity, variables: Record<string, unknown>): Promise<PreparedPayload> {
    const mapping = openSealedFields(step.mapping, this.secretBox);
    const receiver = this.receiverOf(step);
    return prepareDelivery(
      fieldsOf(receiver, mapping),
      mapping,
      variables,
      undefined,
      receiver.fieldRules,
    );
  }

  /** A payload as history, previews and test results keep it: the step's secrets masked. */
  masked<T extends Record<string, unknown>>(step: StepEntity, payload: T): T {
    return maskSecretValues(payload, secretKeysOf(this.receiverOf(step).fields));
  }

  /**
   * `deliveryId` is the idempotency key, and names the delivery in status callbacks; `account`,
   * the step's account's credentials when the caller read them with the delivery.
   */
  async invoke(
    step: StepEntity,
    payload: Record<string, unknown>,
    deliveryId?: string,
    account?: PreloadedAccount,
  ): Promise<DeliveryResult> {
    const connector = this.registry.getOrThrow(step.connectorKey);
    if (connector.auth && !step.accountId) {
      throw new StepNotReadyError(`Choose a ${connector.name} account for this step first`);
    }
    const receiver = this.receiverOf(step);
    const timeout = timeoutSignal(DELIVERY_TIMEOUT_MS);
    try {
      const ctx = await this.contexts.create(
        step.workspaceId,
        connector,
        step.accountId,
        step.settings,
        {
          signal: timeout.signal,
          idempotencyKey: deliveryId,
          statusCallbackUrl:
            receiver.statusCallback && deliveryId && this.config.publicUrl
              ? `${this.config.publicUrl}${statusCallbackPath(deliveryId, this.config.encryptionKey)}`
              : undefined,
        },
        account,
      );
      return await receiver.deliver(payload, ctx);
    } finally {
      timeout.clear();
    }
  }
}
