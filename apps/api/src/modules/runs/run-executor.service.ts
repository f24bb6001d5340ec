import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DeliveryLedger, type PlannedDeliveries } from './delivery.ledger';
import { DeliverySender } from './delivery-sender.service';
import { HappyPathCancellation } from './happy-path-cancellation.service';
import { ItemHydrator } from './item-hydrator.service';
import {
  RUN_DISPATCH,
  type HeldDelivery,
  type HeldRun,
  type RunConsumer,
  type RunDispatch,
} from './run-dispatch.types';
import { type ClaimedRun, RunLedger } from './run.ledger';
import { RunSettlement } from './run-settlement.service';
import { SourcePoller } from './source-poller.service';

/**
 * A claim kept from ingest is trusted until this long (at most a third of the lease) before its
 * lease ends: time for the renewal to reach the database. Its age is counted from before the
 * ingest statement, so the lease, counted by the database from the statement, ends later still.
 */
const KEPT_CLAIM_MARGIN_MS = 5_000;

/**
 * Executes runs and delivery retries, whichever transport dispatched them: claims the run,
 * polls or hydrates its items, plans and sends its deliveries, finalizes it and dispatches the
 * runs chained after it. All progress lives in Postgres, so a restart resumes where it stopped.
 */
@Injectable()
export class RunExecutor implements RunConsumer, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(RunExecutor.name);
  private readonly running = new Set<Promise<void>>();
  /** Runs executing here, so the watchdog does not dispatch them again. */
  private readonly held = new Set<string>();
  private stopped = false;
  private readonly leaseSeconds: number;
  private readonly leaseMs: number;
  private readonly shutdownGraceMs: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch,
    private readonly runs: RunLedger,
    private readonly deliveries: DeliveryLedger,
    private readonly sender: DeliverySender,
    private readonly poller: SourcePoller,
    private readonly settlement: RunSettlement,
    private readonly hydrator: ItemHydrator,
    private readonly cancellation: HappyPathCancellation,
  ) {
    this.leaseSeconds = config.runLeaseSeconds;
    this.leaseMs = config.runLeaseSeconds * 1000;
    this.shutdownGraceMs = config.shutdownGraceSeconds * 1000;
  }

  onApplicationBootstrap(): void {
    this.dispatch.consume(this);
  }

  /**
   * Stops taking work, lets in-flight deliveries finish for a bounded time and hands the rest
   * back: the runs it held are released so another process (or the next start) resumes them.
   */
  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
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

  /** Whether this process is executing the run now. */
  isHolding(runId: string): boolean {
    return this.held.has(runId);
  }

  async execute(runId: string, heldRun?: HeldRun): Promise<void> {
    if (this.stopped || this.held.has(runId)) return;
    this.held.add(runId);
    const task = this.processRun(runId, heldRun).finally(() => {
      this.running.delete(task);
      this.held.delete(runId);
    });
    this.running.add(task);
    await task;
  }

  /**
   * Sends one delivery now (a due retry or send, or one the user asked for) and updates its
   * run. `held`: claimed by this process's sweep; a claim that waited past a third of the lease
   * is renewed first, and dropped if it was reclaimed meanwhile (someone else sends it).
   */
  async retryDelivery(deliveryId: string, runId: string, held?: HeldDelivery): Promise<void> {
    if (this.stopped || held?.state === 'released') return;
    if (held) held.state = 'started';
    if (
      held &&
      this.leaseNeedsRenewal(held.claimedAt) &&
      !(await this.deliveries.renewClaim(deliveryId, held.delivery.attempts))
    ) {
      return;
    }
    await this.sender.attempt(deliveryId, held?.delivery);
    await this.finalizeRun(runId);
  }

  /** Resolves once no run is executing here (graceful shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size) await Promise.allSettled([...this.running]);
  }

  private async processRun(runId: string, heldRun?: HeldRun): Promise<void> {
    const claim = await this.claimOrKeep(runId, heldRun);
    if (!claim) return;
    const { run } = claim;
    const items = await this.itemCountOf(runId, run);
    if (items === null) return;
    let planned: PlannedDeliveries | null = null;
    if (items > 0) {
      if (this.hydrator.hydrates(run.source)) {
        const hydration = await this.hydrator.hydrateRunItems(runId, run.connectionId);
        if (hydration === 'postponed') return;
        if (hydration !== 'ready') return this.finalizeRun(runId, hydration.failed);
      }
      // Before this run sends anything: the happy path wins over what waits for it.
      if (run.listenedTo) {
        const cancelledRuns = await this.cancellation.cancelWaitingFor(
          runId,
          run.workspaceId,
          run.connectionId,
        );
        await Promise.all(cancelledRuns.map((id) => this.finalizeRun(id)));
      }
      planned = await this.deliveries.plan(runId, run.workspaceId, run.connectionId);
    }
    const pending = planned?.ids ?? (await this.deliveries.pendingOf(runId));
    const firstClaimed = planned?.firstClaimed ?? undefined;
    let leaseRenewedAt = claim.leaseFrom;
    for (const deliveryId of pending) {
      const claimed = firstClaimed?.id === deliveryId ? firstClaimed : undefined;
      // On shutdown the run is left mid-way; its lease is released and someone resumes it. A
      // delivery claimed already is sent first: its attempt is counted.
      if (this.stopped && !claimed) return;
      await this.sender.attempt(deliveryId, claimed);
      if (this.leaseNeedsRenewal(leaseRenewedAt)) {
        await this.runs.renewLease(runId, this.leaseSeconds);
        leaseRenewedAt = Date.now();
      }
    }
    // Done here: what is left are retries, which the sweeper sends when they fall due.
    await this.finalizeRun(runId, undefined, { endLease: true });
  }

  /**
   * The run for this process: claimed now, or kept from the hook call that stored it claimed
   * here. A kept claim older than a third of its lease is renewed first, as the send loop would;
   * one whose lease may have ended (another process may have adopted the run) is claimed again.
   */
  private async claimOrKeep(
    runId: string,
    heldRun?: HeldRun,
  ): Promise<{ run: ClaimedRun; leaseFrom: number } | null> {
    const age = heldRun ? Date.now() - heldRun.claimedAt : Number.POSITIVE_INFINITY;
    if (heldRun && age < this.leaseMs - Math.min(KEPT_CLAIM_MARGIN_MS, this.leaseMs / 3)) {
      if (!this.leaseNeedsRenewal(heldRun.claimedAt)) {
        return { run: heldRun, leaseFrom: heldRun.claimedAt };
      }
      await this.runs.renewLease(runId, this.leaseSeconds);
      return { run: heldRun, leaseFrom: Date.now() };
    }
    const run = await this.runs.claim(runId, this.leaseSeconds);
    return run && { run, leaseFrom: Date.now() };
  }

  /**
   * A lease (of a run or of a claimed delivery) is renewed once a third of it has passed, so a
   * renewal that is slow to reach the database still lands well before the lease ends.
   */
  private leaseNeedsRenewal(since: number): boolean {
    return Date.now() - since >= this.leaseMs / 3;
  }

  /**
   * How many items the run has; a scheduled, chained or manual run of a polled source polls first. Null
   * when the run is over already (the poll failed, or found nothing on a schedule).
   */
  private async itemCountOf(
    runId: string,
    { items: existing, connectionId, cause }: ClaimedRun,
  ): Promise<number | null> {
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

  /**
   * Recomputes the run's counts and status from its deliveries (or fails it with `failWith`).
   * The first time it reaches a final status it is settled: failure streak, auto-disable and
   * chained runs.
   */
  async finalizeRun(
    runId: string,
    failWith?: string,
    options: { endLease?: boolean } = {},
  ): Promise<void> {
    const run = await this.runs.finalize(runId, failWith, options);
    if (!run?.settledNow) return;
    const chained = await this.settlement.settle(run);
    await Promise.all(chained.map((id) => this.dispatch.dispatchRun(id, false)));
  }
}
