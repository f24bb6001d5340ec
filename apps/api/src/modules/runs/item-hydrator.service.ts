import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isRetryableError, pushHandlerOf } from '@fluxo/connector-sdk';
import type { StepSettings } from '@fluxo/contracts';
import { DEFAULT_RETRY_POLICY, nextAttemptDelayMs, type RetryPolicy } from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { RunLedger } from './run.ledger';

const UNIQUE_VIOLATION = '23505';
const ALREADY_RECEIVED = 'Already received: this status came in an earlier notification';

export type HydrationOutcome = 'ready' | 'postponed' | { failed: string };

interface SourceStep {
  workspace_id: string;
  connector_key: string;
  action_key: string;
  account_id: string | null;
  settings: StepSettings;
}

/**
 * Completes a run's items with the source's `hydrate` (Mercado Pago: fetch the payment a
 * notification names) before anything is planned. The hook call only stored the notification,
 * so the vendor got its answer at once; a failed fetch puts the run back in the queue with
 * backoff, and nothing is lost.
 */
@Injectable()
export class ItemHydrator {
  private readonly logger = new Logger(ItemHydrator.name);
  readonly retryPolicy: RetryPolicy;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly contexts: ConnectorContextFactory,
    private readonly runs: RunLedger,
  ) {
    this.retryPolicy = { ...DEFAULT_RETRY_POLICY, maxAttempts: config.deliveryMaxAttempts };
  }

  /** Whether items of this source are completed in the run (Mercado Pago's notifications). */
  hydrates(source: { connectorKey: string; actionKey: string } | null): boolean {
    if (!source) return false;
    const definition = this.registry.findSource(source.connectorKey, source.actionKey);
    return Boolean(definition && pushHandlerOf(definition)?.hydrate);
  }

  /**
   * 'ready' when every item is complete; 'postponed' when the run went back to the queue to
   * try later; or the reason it cannot go on at all (the caller fails the run with it).
   */
  async hydrateRunItems(runId: string, connectionId: string): Promise<HydrationOutcome> {
    const [step]: SourceStep[] = await this.dataSource.query(
      `SELECT workspace_id, connector_key, action_key, account_id, settings
         FROM step WHERE connection_id = $1 AND role = 'source'`,
      [connectionId],
    );
    if (!step) return 'ready';
    const source = this.registry.getSourceOrThrow(step.connector_key, step.action_key);
    const hydrate = pushHandlerOf(source)?.hydrate;
    if (!hydrate) return 'ready';
    const items: { id: string; payload: Record<string, unknown> }[] = await this.dataSource.query(
      `SELECT id, payload FROM source_item
        WHERE run_id = $1 AND hydrated_at IS NULL
          -- Only items a call brought; a polled source's own items are complete already.
          AND inbound_event_id IS NOT NULL
        ORDER BY received_at, id`,
      [runId],
    );
    if (!items.length) return 'ready';
    const connector = this.registry.getOrThrow(step.connector_key);
    try {
      const ctx = await this.contexts.create(
        step.workspace_id,
        connector,
        step.account_id,
        step.settings,
        { signal: AbortSignal.timeout(60_000) },
      );
      for (const item of items) {
        const payload = await hydrate(item.payload, ctx);
        await this.store(item.id, payload);
      }
      return 'ready';
    } catch (error) {
      return this.postpone(runId, connector.name, error);
    }
  }

  /**
   * Stores the completed payload; a status of the same vendor object seen before is kept but
   * marked ignored. The check is in the statement so the normal case never fails a query; the
   * unique index still settles two runs racing on the same status.
   */
  private async store(itemId: string, payload: Record<string, unknown>): Promise<void> {
    const update = () =>
      this.dataSource.query(
        `UPDATE source_item AS item
            SET hydrated_at = now(),
                payload = CASE WHEN EXISTS (
                  SELECT 1 FROM source_item seen
                   WHERE seen.connection_id = item.connection_id AND seen.id <> item.id
                     AND seen.payload->>'_statusKey' = $2::jsonb->>'_statusKey'
                     AND NOT seen.payload ? '_ignored')
                  THEN $2::jsonb || jsonb_build_object('_ignored', $3::text)
                  ELSE $2::jsonb END
          WHERE item.id = $1`,
        [itemId, JSON.stringify(payload), ALREADY_RECEIVED],
      );
    try {
      await update();
    } catch (error) {
      if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
      await update();
    }
  }

  private async postpone(runId: string, system: string, error: unknown): Promise<HydrationOutcome> {
    const message = `Reading the data from ${system} failed: ${
      error instanceof Error ? error.message : String(error)
    }`;
    const attempts = await this.runs.countSourceAttempt(runId);
    const delayMs = isRetryableError(error) ? nextAttemptDelayMs(attempts, this.retryPolicy) : null;
    this.logger.warn(`run ${runId}: ${message}`);
    if (delayMs === null) return { failed: message };
    await this.runs.postpone(runId, `${message.slice(0, 1900)} (trying again)`, delayMs / 1000);
    return 'postponed';
  }
}
