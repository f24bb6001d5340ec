import {
  Inject,
  Injectable,
  Optional,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunCause, RunStatus } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RUN_DISPATCH, type RunDispatch } from '../queue/run-dispatch';
import { DeliverySender } from './delivery-sender';
import { ItemHydrator } from './item-hydrator';
import { RunSettlement } from './run-settlement';
import { SourcePoller } from './source-poller';

const CONCURRENCY = 4;
const SWEEP_BATCH = 50;

/**
 * In-process executor: drains queued runs with bounded concurrency and re-attempts due
 * deliveries. All progress lives in Postgres, so a restart resumes where it stopped.
 */
@Injectable()
export class RunExecutor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RunExecutor.name);
  private readonly queue: string[] = [];
  private readonly running = new Set<Promise<void>>();
  /** Runs queued or executing here, so the watchdog does not queue them twice. */
  private readonly held = new Set<string>();
  private sweeping: Promise<void> | null = null;
  private stopped = false;
  private readonly leaseSeconds: number;
  private readonly shutdownGraceMs: number;
  /** `api` processes in queue mode only dispatch; they never execute or sweep. */
  private readonly executes: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sender: DeliverySender,
    private readonly poller: SourcePoller,
    private readonly settlement: RunSettlement,
    private readonly hydrator: ItemHydrator,
    @Optional() @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch | null,
  ) {
    this.executes = config.role !== 'api';
    this.leaseSeconds = config.runLeaseSeconds;
    this.shutdownGraceMs = config.shutdownGraceSeconds * 1000;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.executes) return;
    const resumed = await this.adoptOrphans(0);
    if (resumed) this.logger.log(`resuming ${resumed} unfinished run(s)`);
  }

  /**
   * Stops taking work, lets in-flight deliveries finish for a bounded time and hands the rest
   * back: the runs it held are released so another process (or the next start) resumes them.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    const abandoned = this.queue.splice(0);
    for (const id of abandoned) this.held.delete(id);
    const grace = new Promise<'timeout'>((done) =>
      setTimeout(() => done('timeout'), this.shutdownGraceMs).unref(),
    );
    if ((await Promise.race([this.whenIdle().then(() => 'idle' as const), grace])) === 'timeout') {
      this.logger.warn(
        `shutdown grace of ${this.shutdownGraceMs} ms passed with runs still in flight`,
      );
    }
    if (this.held.size) {
      await this.dataSource
        .query(`UPDATE run SET lease_until = now() WHERE id = ANY($1) AND status = 'running'`, [
          [...this.held],
        ])
        .catch(() => undefined);
    }
  }

  /** Starts a run: on this process, or through the shared queue in queue mode. */
  enqueue(runId: string, options: { redispatch?: boolean } = {}): void {
    if (this.stopped || this.held.has(runId)) return;
    if (this.dispatch) {
      // If Redis is away the run stays queued in Postgres and the watchdog dispatches it again.
      this.dispatch
        .dispatchRun(runId, options.redispatch ?? false)
        .catch((error: unknown) =>
          this.logger.warn(`could not queue run ${runId}: ${String(error)}`),
        );
      return;
    }
    this.held.add(runId);
    this.queue.push(runId);
    this.pump();
  }

  /** Executes a run taken from the shared queue (queue mode workers). */
  async execute(runId: string): Promise<void> {
    if (this.stopped || this.held.has(runId)) return;
    this.held.add(runId);
    const task = this.processRun(runId).finally(() => {
      this.running.delete(task);
      this.held.delete(runId);
    });
    this.running.add(task);
    await task;
  }

  /**
   * Queues runs no live process holds: queued for a while, running past their lease, or left
   * with unsent deliveries and no holder. Re-dispatches get a fresh job id, because the job of a
   * dead worker may still sit "active" in Redis until BullMQ notices it stalled.
   */
  private async adoptOrphans(queuedForSeconds: number): Promise<number> {
    const orphans: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM run
        WHERE (status = 'queued' AND CASE WHEN retry_at IS NULL
                                          THEN started_at < now() - make_interval(secs => $1)
                                          ELSE retry_at <= now() END)
           OR (status = 'running' AND lease_until < now())
           OR (status = 'running' AND lease_until IS NULL
               AND EXISTS (SELECT 1 FROM delivery d WHERE d.run_id = run.id AND d.status = 'pending'))
        ORDER BY started_at LIMIT 500`,
      [queuedForSeconds],
    );
    const adopted = orphans.filter(({ id }) => !this.held.has(id));
    for (const { id } of adopted) this.enqueue(id, { redispatch: true });
    return adopted.length;
  }

  /** Resolves once no run is queued or executing (tests and graceful shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size || this.queue.length || this.sweeping) {
      await Promise.all([...this.running, this.sweeping]);
    }
  }

  @Interval('delivery-retries', 5_000)
  sweepDueDeliveries(): Promise<void> {
    if (this.stopped || !this.executes) return Promise.resolve();
    this.sweeping ??= this.sweepOnce()
      .catch((error: unknown) => this.logger.error(`retry sweep failed: ${String(error)}`))
      .finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private pump(): void {
    while (this.running.size < CONCURRENCY && this.queue.length) {
      const runId = this.queue.shift() as string;
      const task: Promise<void> = this.processRun(runId)
        .catch((error: unknown) => this.logger.error(`run ${runId} failed: ${String(error)}`))
        .finally(() => {
          this.running.delete(task);
          this.held.delete(runId);
          this.pump();
        });
      this.running.add(task);
    }
  }

  private async processRun(runId: string): Promise<void> {
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [claimed]: [{ workspace_id: string; connection_id: string; cause: RunCause }[], number] =
      await this.dataSource.query(
        `UPDATE run SET status = 'running', lease_until = now() + make_interval(secs => $2), retry_at = NULL
        WHERE id = $1
          AND (status = 'queued' OR (status = 'running' AND (lease_until IS NULL OR lease_until < now())))
        RETURNING workspace_id, connection_id, cause`,
        [runId, this.leaseSeconds],
      );
    const run = claimed[0];
    if (!run) return;
    const items = await this.itemsOf(runId, run.connection_id, run.cause);
    if (items === null) return;
    if (items.length) {
      const hydration = await this.hydrator.hydrateRunItems(runId, run.connection_id);
      if (hydration === 'postponed') return;
      if (hydration !== 'ready') return this.failRun(runId, hydration.failed);
    }
    if (items.length) await this.planDeliveries(runId, run.workspace_id, run.connection_id);
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT d.id FROM delivery d
         JOIN source_item i ON i.id = d.item_id
         JOIN step s ON s.id = d.step_id
        WHERE d.run_id = $1 AND d.status = 'pending'
        ORDER BY i.received_at, i.id, s.sort_order, s.created_at`,
      [runId],
    );
    let leaseRenewedAt = Date.now();
    for (const delivery of pending) {
      // On shutdown the run is left mid-way; its lease is released and someone resumes it.
      if (this.stopped) return;
      await this.sender.attempt(delivery.id);
      if (Date.now() - leaseRenewedAt > (this.leaseSeconds * 1000) / 3) {
        await this.renewLease(runId);
        leaseRenewedAt = Date.now();
      }
    }
    await this.finalizeRun(runId);
    // Done here: what is left are retries, which the sweeper sends when they fall due.
    await this.dataSource.query(`UPDATE run SET lease_until = NULL WHERE id = $1`, [runId]);
  }

  /**
   * Every (item, receiver) pair of the run gets its delivery row before anything is sent, so
   * the run's status, computed from its deliveries, can never call a half-done run finished.
   */
  private async planDeliveries(
    runId: string,
    workspaceId: string,
    connectionId: string,
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, created_at, updated_at)
       SELECT $2, $1, i.id, s.id, 'pending', now(), now()
         FROM source_item i
         JOIN step s ON s.connection_id = $3 AND s.role = 'receiver'
        WHERE i.run_id = $1 AND NOT (i.payload ? '_ignored')
       ON CONFLICT ON CONSTRAINT uq_delivery_item_step DO NOTHING`,
      [runId, workspaceId, connectionId],
    );
  }

  private async renewLease(runId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE run SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND status = 'running'`,
      [runId, this.leaseSeconds],
    );
  }

  /**
   * The run's items; a scheduled, chained or manual run of a polled source polls first. Null
   * when the run is over already (the poll failed, or found nothing on a schedule).
   */
  private async itemsOf(
    runId: string,
    connectionId: string,
    cause: RunCause,
  ): Promise<{ id: string }[] | null> {
    const existing: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM source_item WHERE run_id = $1 ORDER BY received_at, id`,
      [runId],
    );
    if (existing.length || cause === 'instant' || cause === 'test') return existing;
    if (!(await this.poller.pollingSourceOf(connectionId))) return existing;
    try {
      const { newItems } = await this.poller.pollIntoRun(runId, connectionId);
      // Empty scheduled polls are counted on the connection instead of flooding the history.
      if (newItems === 0 && cause === 'schedule') {
        await this.dataSource.query(`DELETE FROM run WHERE id = $1`, [runId]);
        return null;
      }
    } catch (error) {
      await this.failRun(
        runId,
        `Reading the source failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
    return this.dataSource.query(
      `SELECT id FROM source_item WHERE run_id = $1 ORDER BY received_at, id`,
      [runId],
    );
  }

  private async failRun(runId: string, error: string): Promise<void> {
    await this.dataSource.query(`UPDATE run SET error = $2 WHERE id = $1`, [
      runId,
      error.slice(0, 2000),
    ]);
    await this.finalizeRun(runId, 'failed');
  }

  private async sweepOnce(): Promise<void> {
    const stopped = await this.sender.reclaimAbandoned(this.leaseSeconds);
    for (const runId of stopped) await this.finalizeRun(runId);
    // A queued run nobody took within a lease was lost (its process or Redis went away).
    await this.adoptOrphans(this.leaseSeconds);
    // No lock needed here: `attempt` claims each row atomically, so a racing replica just skips it.
    const due: { id: string; run_id: string; attempts: number }[] = await this.dataSource.query(
      `SELECT id, run_id, attempts FROM delivery
        WHERE status = 'retrying' AND next_attempt_at <= now()
        ORDER BY next_attempt_at LIMIT ${SWEEP_BATCH}`,
    );
    for (const delivery of due) {
      if (this.dispatch)
        await this.dispatch.dispatchDelivery(delivery.id, delivery.run_id, delivery.attempts);
      else await this.sender.attempt(delivery.id);
    }
    for (const runId of new Set(due.map((d) => d.run_id))) await this.finalizeRun(runId);
  }

  /** Sends one delivery now (manual retry) and updates its run. */
  async retryNow(deliveryId: string, runId: string): Promise<void> {
    await this.sender.attempt(deliveryId);
    await this.finalizeRun(runId);
  }

  /**
   * Recomputes the run's counts and status from its deliveries. The first time it reaches a
   * final status it is settled: failure streak, auto-disable and chained runs.
   */
  async finalizeRun(runId: string, forcedStatus?: RunStatus): Promise<void> {
    const counts: { status: string; count: string }[] = await this.dataSource.query(
      `SELECT status, count(*) AS count FROM delivery WHERE run_id = $1 GROUP BY status`,
      [runId],
    );
    const countOf = (status: string) => Number(counts.find((c) => c.status === status)?.count ?? 0);
    const ok = countOf('delivered');
    const failed = countOf('failed');
    const unfinished = countOf('pending') + countOf('sending') + countOf('retrying');
    const status: RunStatus =
      forcedStatus ??
      (unfinished ? 'running' : failed === 0 ? 'succeeded' : ok === 0 ? 'failed' : 'partial');
    const [settled]: [SettledRow[], number] = await this.dataSource.query(
      `UPDATE run SET status = $2, deliveries_ok = $3, deliveries_failed = $4,
              items_count = (SELECT count(*) FROM source_item WHERE run_id = $1),
              lease_until = CASE WHEN $2 = 'running' THEN lease_until END,
              finished_at = CASE WHEN $2 = 'running' THEN NULL ELSE now() END,
              settled_at = CASE WHEN $2 <> 'running' AND settled_at IS NULL THEN now() ELSE settled_at END
        WHERE id = $1
        RETURNING connection_id, workspace_id, (settled_at = now()) AS settled_now`,
      [runId, status, ok, failed],
    );
    const run = settled[0];
    if (!run?.settled_now) return;
    const chained = await this.settlement.settle({
      id: runId,
      connectionId: run.connection_id,
      workspaceId: run.workspace_id,
      status,
    });
    for (const id of chained) this.enqueue(id);
  }
}

interface SettledRow {
  connection_id: string;
  workspace_id: string;
  settled_now: boolean;
}
