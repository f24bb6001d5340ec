import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRetryableError } from '@fluxo/connector-sdk';
import { ATTEMPT_NEVER_FINISHED } from '@fluxo/contracts';
import { capJson, DEFAULT_RETRY_POLICY, nextAttemptDelayMs, type RetryPolicy } from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { StepEntity } from '../connections/entities/step.entity';
import { DeliveryEntity } from './entities/delivery.entity';
import { SourceItemEntity } from './entities/source-item.entity';
import { ReceiverInvoker } from './receiver-invoker';

const MAX_STORED_BYTES = 64 * 1024;

/**
 * One attempt of one delivery. The row is switched to `sending` (and its attempt counted)
 * before the vendor is called, so two workers never send the same attempt.
 */
@Injectable()
export class DeliverySender {
  private readonly logger = new Logger(DeliverySender.name);
  retryPolicy: RetryPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly invoker: ReceiverInvoker,
  ) {
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: config.deliveryMaxAttempts };
  }

  async attempt(deliveryId: string): Promise<void> {
    const claimed: DeliveryEntity[] = await this.dataSource
      .getRepository(DeliveryEntity)
      .createQueryBuilder()
      .update()
      .set({ status: 'sending', attempts: () => 'attempts + 1', updatedAt: () => 'now()' })
      .where(
        `id = :id AND (status = 'pending' OR (status = 'retrying' AND next_attempt_at <= now()))`,
        {
          id: deliveryId,
        },
      )
      .returning('*')
      .execute()
      .then((result) => result.raw.map(toDeliveryEntity));
    const delivery = claimed[0];
    if (!delivery) return;

    const [step, item] = await Promise.all([
      this.dataSource.getRepository(StepEntity).findOneBy({ id: delivery.stepId }),
      this.dataSource.getRepository(SourceItemEntity).findOneBy({ id: delivery.itemId }),
    ]);
    if (!step || !item) {
      await this.finish(delivery.id, { status: 'failed', error: 'The receiver step was removed' });
      return;
    }

    const prepared = await this.invoker.prepare(step, item.payload);
    const storedPayload = this.invoker.masked(step, prepared.payload);
    if (prepared.errors.length) {
      await this.finish(delivery.id, {
        status: 'failed',
        payload: storedPayload,
        error: prepared.errors.map((e) => e.message).join('; '),
      });
      return;
    }

    try {
      const result = await this.invoker.invoke(step, prepared.payload, delivery.id);
      await this.finish(delivery.id, {
        status: 'delivered',
        payload: storedPayload,
        response: result.response,
        error: null,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const response = (error as { response?: Record<string, unknown> | null }).response ?? null;
      const delayMs = isRetryableError(error)
        ? nextAttemptDelayMs(delivery.attempts, this.retryPolicy)
        : null;
      this.logger.warn(`delivery ${delivery.id} attempt ${delivery.attempts} failed: ${message}`);
      await this.finish(delivery.id, {
        status: delayMs === null ? 'failed' : 'retrying',
        payload: storedPayload,
        response,
        error: message,
        nextAttemptAt: delayMs === null ? null : new Date(Date.now() + delayMs),
      });
    }
  }

  /**
   * Deliveries left `sending` past the lease belong to a process that died mid-call: the call
   * may or may not have reached the vendor, so it goes again with the same idempotency key.
   * That attempt was counted when it was claimed, and at the maximum the delivery fails, so a
   * delivery whose attempt takes its process down cannot loop a crash forever.
   * Returns the runs of the deliveries that failed now.
   */
  async reclaimAbandoned(leaseSeconds: number): Promise<string[]> {
    const [rows]: [{ run_id: string; status: string }[], number] = await this.dataSource.query(
      `UPDATE delivery SET
              status = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'retrying' END,
              error = CASE WHEN attempts >= $2 THEN $3 ELSE $4 END,
              next_attempt_at = CASE WHEN attempts >= $2 THEN NULL ELSE now() END,
              updated_at = now()
        WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1)
        RETURNING run_id, status`,
      [
        leaseSeconds,
        this.retryPolicy.maxAttempts,
        ATTEMPT_NEVER_FINISHED.stopped,
        ATTEMPT_NEVER_FINISHED.retrying,
      ],
    );
    return [...new Set(rows.filter((row) => row.status === 'failed').map((row) => row.run_id))];
  }

  private async finish(
    deliveryId: string,
    outcome: {
      status: DeliveryEntity['status'];
      payload?: Record<string, unknown>;
      response?: Record<string, unknown> | null;
      error: string | null;
      nextAttemptAt?: Date | null;
    },
  ): Promise<void> {
    const capped = (value: Record<string, unknown> | null | undefined) =>
      value === undefined ? null : value && capJson(value, MAX_STORED_BYTES);
    await this.dataSource.query(
      `UPDATE delivery SET status = $2,
              payload = COALESCE($3, payload),
              response = CASE WHEN $4 THEN $5::jsonb ELSE response END,
              error = $6, next_attempt_at = $7, updated_at = now()
        WHERE id = $1`,
      [
        deliveryId,
        outcome.status,
        capped(outcome.payload),
        outcome.response !== undefined,
        capped(outcome.response),
        outcome.error,
        outcome.nextAttemptAt ?? null,
      ],
    );
  }
}

function toDeliveryEntity(row: Record<string, unknown>): DeliveryEntity {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    runId: row.run_id,
    itemId: row.item_id,
    stepId: row.step_id,
    status: row.status,
    attempts: row.attempts,
    payload: row.payload,
    response: row.response,
    error: row.error,
    nextAttemptAt: row.next_attempt_at,
    vendorStatus: row.vendor_status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  } as DeliveryEntity;
}
