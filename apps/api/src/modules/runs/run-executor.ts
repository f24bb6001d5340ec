import {
  Inject,
  Injectable,
  Optional,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import type { RunCause } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RUN_DISPATCH, type RunDispatch } from '../queue/run-dispatch';
import { DeliveryLedger } from './delivery-ledger';
import { DeliverySender } from './delivery-sender';
import { ItemHydrator } from './item-hydrator';
import { RunLedger } from './run-ledger';
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
    private readonly runs: RunLedger,
    private readonly deliveries: DeliveryLedger,
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
    await this.runs.release([...this.held]).catch(() => undefined);
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
    const orphans = await this.runs.orphans(queuedForSeconds);
    const adopted = orphans.filter((id) => !this.held.has(id));
    for (const id of adopted) this.enqueue(id, { redispatch: true });
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
    const run = await this.runs.claim(runId, this.leaseSeconds);
    if (!run) return;
    const items = await this.itemCountOf(runId, run.connectionId, run.cause);
    if (items === null) return;
    if (items > 0) {
      const hydration = await this.hydrator.hydrateRunItems(runId, run.connectionId);
      if (hydration === 'postponed') return;
      if (hydration !== 'ready') return this.finalizeRun(runId, hydration.failed);
      await this.deliveries.plan(runId, run.workspaceId, run.connectionId);
    }
    const pending = await this.deliveries.pendingOf(runId);
    let leaseRenewedAt = Date.now();
    for (const deliveryId of pending) {
      // On shutdown the run is left mid-way; its lease is released and someone resumes it.
      if (this.stopped) return;
      await this.sender.attempt(deliveryId);
      if (Date.now() - leaseRenewedAt > (this.leaseSeconds * 1000) / 3) {
        await this.runs.renewLease(runId, this.leaseSeconds);
        leaseRenewedAt = Date.now();
      }
    }
    await this.finalizeRun(runId);
    // Done here: what is left are retries, which the sweeper sends when they fall due.
    await this.runs.endLease(runId);
  }

  /**
   * How many items the run has; a scheduled, chained or manual run of a polled source polls first. Null
   * when the run is over already (the poll failed, or found nothing on a schedule).
   */
  private async itemCountOf(
    runId: string,
    connectionId: string,
    cause: RunCause,
  ): Promise<number | null> {
    const existing = await this.runs.itemCountOf(runId);
    if (existing || cause === 'instant' || cause === 'test') return existing;
    if (!(await this.poller.pollingSourceOf(connectionId))) return existing;
    try {
      const { newItems } = await this.poller.pollIntoRun(runId, connectionId);
      // Empty scheduled polls are counted on the connection instead of flooding the history.
      if (newItems === 0 && cause === 'schedule') {
        await this.runs.discardEmpty(runId);
        return null;
      }
      return newItems;
    } catch (error) {
      await this.finalizeRun(
        runId,
        `Reading the source failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return null;
    }
  }

  private async sweepOnce(): Promise<void> {
    const stopped = await this.sender.reclaimAbandoned(this.leaseSeconds);
    for (const runId of stopped) await this.finalizeRun(runId);
    // A queued run nobody took within a lease was lost (its process or Redis went away).
    await this.adoptOrphans(this.leaseSeconds);
    // No lock needed here: `attempt` claims each row atomically, so a racing replica just skips it.
    const due = await this.deliveries.dueRetries(SWEEP_BATCH);
    for (const delivery of due) {
      if (this.dispatch)
        await this.dispatch.dispatchDelivery(delivery.id, delivery.runId, delivery.attempts);
      else await this.sender.attempt(delivery.id);
    }
    for (const runId of new Set(due.map((d) => d.runId))) await this.finalizeRun(runId);
  }

  /** Sends one delivery now (manual retry) and updates its run. */
  async retryNow(deliveryId: string, runId: string): Promise<void> {
    await this.sender.attempt(deliveryId);
    await this.finalizeRun(runId);
  }

  /**
   * Recomputes the run's counts and status from its deliveries (or fails it with `failWith`).
   * The first time it reaches a final status it is settled: failure streak, auto-disable and
   * chained runs.
   */
  async finalizeRun(runId: string, failWith?: string): Promise<void> {
    const run = await this.runs.finalize(runId, failWith);
    if (!run?.settledNow) return;
    const chained = await this.settlement.settle(run);
    for (const id of chained) this.enqueue(id);
  }
}
