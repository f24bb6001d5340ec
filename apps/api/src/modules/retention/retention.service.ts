import { Inject, Injectable, Logger } from '@nestjs/common';
import { Interval, Timeout } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RunLedger } from '../runs/run.ledger';

/** Rows per statement: each batch commits on its own, so no lock is held for long. */
export const RETENTION_BATCH = 1_000;

/** What replaces the payload of an item past the retention. */
export const PRUNED_PAYLOAD = { _pruned: true } as const;

export interface PurgeResult {
  /** Finished runs deleted, with their deliveries. */
  runs: number;
  inboundEvents: number;
  /** Source items whose payload was replaced; the rows and their dedupe keys stay. */
  prunedItems: number;
}

const DAY_MS = 86_400_000;

/**
 * Keeps the run history to FLUXO_RUN_RETENTION_DAYS. Safe with several processes on one
 * database: every batch skips the rows another process holds.
 */
@Injectable()
export class RetentionService {
  private readonly logger = new Logger(RetentionService.name);
  private purging: Promise<PurgeResult> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runLedger: RunLedger,
  ) {}

  // Also shortly after start: a process restarted more often than hourly would never purge.
  @Timeout('retention-after-start', 60_000)
  onStarted(): void {
    this.onTick();
  }

  @Interval('retention', 3_600_000)
  onTick(): void {
    void this.purge().catch((error: unknown) =>
      this.logger.error(`run history purge failed: ${String(error)}`),
    );
  }

  /** Removes what is older than the retention at `now`; one purge at a time per process. */
  purge(now: Date = new Date()): Promise<PurgeResult> {
    this.purging ??= this.purgeAll(now).finally(() => (this.purging = null));
    return this.purging;
  }

  private async purgeAll(now: Date): Promise<PurgeResult> {
    const cutoff = new Date(now.getTime() - this.config.runRetentionDays * DAY_MS);
    // Runs first: deleting them detaches their items, which the payload pruning then reaches.
    let runs = 0;
    for (let deleted = RETENTION_BATCH; deleted === RETENTION_BATCH; runs += deleted) {
      deleted = await this.runLedger.purgeFinished(cutoff, RETENTION_BATCH);
    }
    const inboundEvents = await this.inBatches(
      `DELETE FROM inbound_event WHERE id IN (
         SELECT id FROM inbound_event
          WHERE received_at < $1
          LIMIT ${RETENTION_BATCH}
          FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [cutoff],
    );
    // The rows stay: their dedupe keys stop a polled vendor's old items from being sent again.
    // Kept whole: the latest item of each connection (the editor's test data) and items a
    // kept run still shows or may still deliver (their deliveries render from the payload).
    const prunedItems = await this.inBatches(
      `UPDATE source_item SET payload = $2::jsonb WHERE id IN (
         SELECT s.id FROM source_item s
          WHERE s.received_at < $1
            AND s.run_id IS NULL
            AND s.payload <> $2::jsonb
            AND s.received_at < (SELECT max(l.received_at) FROM source_item l
                                  WHERE l.connection_id = s.connection_id)
            AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.item_id = s.id)
          LIMIT ${RETENTION_BATCH}
          FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [cutoff, JSON.stringify(PRUNED_PAYLOAD)],
    );
    // A mark only matters to sends planned after it whose items came before it: older than
    // the history itself, none is left to plan.
    await this.inBatches(
      `DELETE FROM cancel_mark WHERE id IN (
         SELECT id FROM cancel_mark WHERE created_at < $1 LIMIT ${RETENTION_BATCH}
          FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [cutoff],
    );
    const result = { runs, inboundEvents, prunedItems };
    if (runs || inboundEvents || prunedItems) {
      this.logger.log(
        `run history older than ${this.config.runRetentionDays} days: deleted ${runs} runs (with their deliveries) and ${inboundEvents} hook calls, pruned the payload of ${prunedItems} items`,
      );
    }
    return result;
  }

  /** Repeats one bounded statement until it touches fewer rows than a batch; returns the total. */
  private async inBatches(sql: string, parameters: unknown[]): Promise<number> {
    let total = 0;
    for (;;) {
      const [, affected]: [unknown[], number] = await this.dataSource.query(sql, parameters);
      total += affected;
      if (affected < RETENTION_BATCH) return total;
    }
  }
}
