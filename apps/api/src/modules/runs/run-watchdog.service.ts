import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DeliverySender } from './delivery-sender.service';
import { RUN_DISPATCH, type RunDispatch } from './run-dispatch.types';
import { RunExecutor } from './run-executor.service';
import { RunLedger } from './run.ledger';
import { DeliveryLedger } from './delivery.ledger';

const SWEEP_BATCH = 50;

/**
 * Finds work nobody is doing and dispatches it again: at start, every unfinished run; every
 * few seconds, runs a dead process held or a lost dispatch left queued, deliveries abandoned
 * mid-call, and retries that fell due. Any number of processes may watch one database: every
 * run and attempt is claimed atomically, so a duplicate dispatch is skipped where it lands.
 */
@Injectable()
export class RunWatchdog implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RunWatchdog.name);
  private sweeping: Promise<void> | null = null;
  private stopped = false;
  private readonly leaseSeconds: number;
  /** `api` processes in queue mode only dispatch; workers watch. */
  private readonly watches: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch,
    private readonly runs: RunLedger,
    private readonly deliveries: DeliveryLedger,
    private readonly sender: DeliverySender,
    private readonly executor: RunExecutor,
  ) {
    this.watches = config.role !== 'api';
    this.leaseSeconds = config.runLeaseSeconds;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.watches) return;
    const resumed = await this.adoptOrphans(0);
    if (resumed) this.logger.log(`resuming ${resumed} unfinished run(s)`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.sweeping;
  }

  @Interval('delivery-retries', 5_000)
  sweep(): Promise<void> {
    if (this.stopped || !this.watches) return Promise.resolve();
    this.sweeping ??= this.sweepOnce()
      .catch((error: unknown) => this.logger.error(`retry sweep failed: ${String(error)}`))
      .finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  /** Resolves once no sweep is running (tests). */
  async whenIdle(): Promise<void> {
    while (this.sweeping) await this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    const failedRuns = await this.sender.reclaimAbandoned(this.leaseSeconds);
    for (const runId of failedRuns) await this.executor.finalizeRun(runId);
    // A queued run nobody took within a lease was lost (its process or Redis went away).
    await this.adoptOrphans(this.leaseSeconds);
    const due = await this.deliveries.dueRetries(SWEEP_BATCH);
    for (const delivery of due) {
      await this.dispatch.dispatchDelivery(delivery.id, delivery.runId, delivery.attempts);
    }
  }

  /**
   * Dispatches runs no live process holds. Re-dispatches get a fresh job id, because the job of
   * a dead worker may still sit "active" in Redis until BullMQ notices it stalled.
   */
  private async adoptOrphans(queuedForSeconds: number): Promise<number> {
    const orphans = await this.runs.orphans(queuedForSeconds);
    const adopted = orphans.filter((id) => !this.executor.isHolding(id));
    for (const id of adopted) await this.dispatch.dispatchRun(id, true);
    return adopted.length;
  }
}
