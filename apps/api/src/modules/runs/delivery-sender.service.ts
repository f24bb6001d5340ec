import { Inject, Injectable, Logger } from '@nestjs/common';
import { describeSkip, skipReportOf } from '@fluxo/contracts';
import { isRetryableError } from '@fluxo/connector-sdk';
import {
  cancelKeyOf,
  DEFAULT_RETRY_POLICY,
  nextAttemptDelayMs,
  sendTimeOf,
  type RetryPolicy,
} from '@fluxo/engine';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CANCELLED_BY_LATER_ITEM } from './happy-path-cancellation.service';
import { DeliveryLedger, type ClaimedDelivery } from './delivery.ledger';
import { ReceiverInvoker } from './receiver-invoker.service';
import { ReceiverOutputs } from './receiver-outputs.service';

const DUE_WITHIN_MS = 1000;

/**
 * One attempt of one delivery: claim it (unless its plan or a sweep did), render the receiver's
 * fields from the item (and the outputs of earlier receivers it uses), call the vendor and
 * record what came of it.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);
  readonly retryPolicy: RetryPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly deliveries: DeliveryLedger,
    private readonly invoker: ReceiverInvoker,
    private readonly outputs: ReceiverOutputs,
  ) {
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: config.deliveryMaxAttempts };
  }

  /**
   * `claimed`: the delivery as its plan or a sweep claimed it (DeliveryLedger.plan, claimDue);
   * without it, it is claimed here.
   */
  async attempt(deliveryId: string, claimed?: ClaimedDelivery): Promise<void> {
    const delivery = claimed ?? (await this.deliveries.claim(deliveryId));
    if (!delivery) return;

    const { step, itemPayload } = delivery;
    if (!step || !itemPayload) {
      await this.deliveries.fail(delivery.id, { error: 'The receiver step was removed' });
      return;
    }

    const skip = skipReportOf(delivery.connectionConditions, step.conditions, itemPayload);
    if (skip) {
      const { by, failures } = skip.skipped;
      await this.deliveries.skip(delivery.id, skip, describeSkip(failures, by));
      return;
    }

    const now = Date.now();
    const receivedAt = delivery.itemReceivedAt?.getTime() ?? now;
    const sendTime = sendTimeOf(delivery.sendNow ? null : step.delay, {
      item: itemPayload,
      receivedAt,
      now,
      timeZone: 'UTC',
    });
    if (!sendTime.ok) {
      await this.deliveries.fail(delivery.id, { error: sendTime.error });
      return;
    }
    // Within a second counts as due: the sweep's clock is the database's, this one is ours.
    const waitUntil = async (at: Date) => {
      const key = step.cancelWhen ? await cancelKeyOf(step.cancelWhen, itemPayload) : null;
      await this.deliveries.schedule(delivery.id, at, key);
      // After the send waits with its key, not before: a cancelling item that came while it
      // was being planned left a mark, and one that comes now finds it waiting.
      if (key !== null) await this.deliveries.cancelIfMarked(delivery.id, CANCELLED_BY_LATER_ITEM);
    };
    if (sendTime.at - now > DUE_WITHIN_MS) {
      await waitUntil(new Date(sendTime.at));
      return;
    }
    const rendered = await this.outputs.forDelivery(step, delivery.itemId, itemPayload);
    if (rendered.kind === 'wait') {
      await waitUntil(rendered.until);
      return;
    }
    if (rendered.kind === 'missing') {
      await this.deliveries.fail(delivery.id, { error: rendered.error });
      return;
    }
    // Said only of a time that had passed when the item arrived: a send the sweep takes a few
    // seconds after its time, or a retry, went out when it was asked to.
    if (sendTime.askedFor !== undefined && sendTime.askedFor < receivedAt) {
      await this.deliveries.noteAskedFor(delivery.id, new Date(sendTime.askedFor));
    }

    const prepared = await this.invoker.prepare(step, rendered.item);
    const payload = this.invoker.masked(step, prepared.payload);
    if (prepared.errors.length) {
      await this.deliveries.fail(delivery.id, {
        payload,
        error: prepared.errors.map((e) => e.message).join('; '),
      });
      return;
    }

    try {
      const result = await this.invoker.invoke(
        step,
        prepared.payload,
        delivery.id,
        delivery.account,
      );
      await this.deliveries.succeed(delivery.id, payload, result.response);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const response = (error as { response?: Record<string, unknown> | null }).response ?? null;
      const delayMs = isRetryableError(error)
        ? nextAttemptDelayMs(delivery.attempts, this.retryPolicy)
        : null;
      this.logger.warn(`delivery ${delivery.id} attempt ${delivery.attempts} failed: ${message}`);
      const outcome = { payload, response, error: message };
      if (delayMs === null) await this.deliveries.fail(delivery.id, outcome);
      else await this.deliveries.postpone(delivery.id, outcome, new Date(Date.now() + delayMs));
    }
  }

  /** See DeliveryLedger.reclaimAbandoned; returns the runs of the deliveries that failed now. */
  reclaimAbandoned(leaseSeconds: number): Promise<string[]> {
    return this.deliveries.reclaimAbandoned(leaseSeconds, this.retryPolicy.maxAttempts);
  }
}
