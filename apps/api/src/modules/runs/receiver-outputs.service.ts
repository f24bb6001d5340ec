import { Injectable } from '@nestjs/common';
import {
  exampleOutputsOf,
  outputAliasOf,
  outputsFromResponse,
  referencedOutputAliases,
  withReceiverOutputs,
  type DeliveryStatus,
} from '@fluxo/contracts';
import type { ReceiverDefinition } from '@fluxo/connector-sdk';
import { bySendingOrder } from '../connections/connection-dto.mapper';
import { ConnectionStepsService } from '../connections/connection-steps.service';
import type { StepEntity } from '../connections/entities/step.entity';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { DeliveryLedger } from './delivery.ledger';

/** A later look when the earlier receiver has no time of its own yet (being sent now). */
const RECHECK_MS = 5_000;
/** After the earlier receiver's own time, so its send is over when this one looks again. */
const AFTER_EARLIER_MS = 2_000;

export type ItemWithOutputs =
  | { kind: 'ready'; item: Record<string, unknown> }
  /** An earlier receiver has not sent the item yet: look again at `until`. */
  | { kind: 'wait'; until: Date }
  /** An earlier receiver will never send it: this delivery cannot be made. */
  | { kind: 'missing'; error: string };

interface Earlier {
  step: StepEntity;
  receiver: ReceiverDefinition;
  number: number;
}

const NEVER_SENDS: ReadonlySet<DeliveryStatus> = new Set(['failed', 'skipped', 'cancelled']);

/**
 * Receivers feed receivers: a receiver whose templates use `{{ receivers.<alias>.<output> }}`
 * renders from the item plus what those earlier receivers reported when they sent it, and
 * waits while they have not. Receivers that use no outputs cost nothing here.
 */
@Injectable()
export class ReceiverOutputs {
  constructor(
    private readonly steps: ConnectionStepsService,
    private readonly registry: ConnectorRegistry,
    private readonly deliveries: DeliveryLedger,
  ) {}

  /** The item a delivery renders from, with the outputs of the earlier receivers it uses. */
  async forDelivery(
    step: StepEntity,
    itemId: string,
    item: Record<string, unknown>,
  ): Promise<ItemWithOutputs> {
    const used = referencedOutputAliases(step.mapping);
    if (!used.size) return { kind: 'ready', item };
    const resolved = await this.resolve(step, used);
    if ('error' in resolved) return { kind: 'missing', error: resolved.error };
    const siblings = new Map(
      (
        await this.deliveries.siblingsOf(
          itemId,
          resolved.map((earlier) => earlier.step.id),
        )
      ).map((sibling) => [sibling.stepId, sibling]),
    );
    const outputs = new Map<string, Record<string, unknown>>();
    let waitUntil = 0;
    for (const earlier of resolved) {
      const sibling = siblings.get(earlier.step.id);
      const name = `${earlier.number}. ${earlier.receiver.name}`;
      if (!sibling) {
        return {
          kind: 'missing',
          error: `Receiver “${name}” did not run for this item, so its outputs this receiver uses are missing.`,
        };
      }
      if (NEVER_SENDS.has(sibling.status)) {
        return {
          kind: 'missing',
          error: `Receiver “${name}” did not send this item (${sibling.status}), so its outputs this receiver uses are missing.`,
        };
      }
      if (sibling.status !== 'delivered') {
        const due = sibling.nextAttemptAt?.getTime() ?? 0;
        waitUntil = Math.max(
          waitUntil,
          due > Date.now() ? due + AFTER_EARLIER_MS : Date.now() + RECHECK_MS,
        );
        continue;
      }
      outputs.set(
        earlier.step.id,
        outputsFromResponse(earlier.receiver.outputs ?? [], sibling.response),
      );
    }
    if (waitUntil) return { kind: 'wait', until: new Date(waitUntil) };
    return { kind: 'ready', item: withReceiverOutputs(item, outputs) };
  }

  /**
   * The item a preview or send test renders from: every earlier receiver's example outputs,
   * as the connector declares them (nothing is sent to get them).
   */
  async forTest(step: StepEntity, item: Record<string, unknown>): Promise<Record<string, unknown>> {
    const receivers = await this.receiversInOrder(step);
    const own = receivers.findIndex((other) => other.step.id === step.id);
    const examples = new Map(
      receivers
        .slice(0, Math.max(own, 0))
        .map(({ step: other, receiver }) => [other.id, exampleOutputsOf(receiver.outputs ?? [])]),
    );
    return withReceiverOutputs(item, examples);
  }

  /** The earlier receivers the aliases name, or why one cannot be used. */
  private async resolve(
    step: StepEntity,
    aliases: ReadonlySet<string>,
  ): Promise<Earlier[] | { error: string }> {
    const receivers = await this.receiversInOrder(step);
    const own = receivers.findIndex((other) => other.step.id === step.id);
    const found: Earlier[] = [];
    for (const alias of aliases) {
      const index = receivers.findIndex((other) => outputAliasOf(other.step.id) === alias);
      if (index === -1) {
        return {
          error: `This receiver uses the outputs of a receiver that was removed ({{ receivers.${alias}… }}): map the field again.`,
        };
      }
      if (index >= own) {
        const { number, receiver } = receivers[index];
        return {
          error: `This receiver uses the outputs of receiver “${number}. ${receiver.name}”, which sends after it: move that receiver before this one.`,
        };
      }
      found.push(receivers[index]);
    }
    return found;
  }

  /** The connection's receivers as they send: in drawn order, numbered from 1. */
  private async receiversInOrder(step: StepEntity): Promise<Earlier[]> {
    const steps = (await this.steps.stepsOf(step.connectionId))
      .filter((other) => other.role === 'receiver')
      .sort(bySendingOrder);
    return steps.map((other, index) => ({
      step: other,
      receiver: this.registry.getReceiverOrThrow(other.connectorKey, other.actionKey),
      number: index + 1,
    }));
  }
}
