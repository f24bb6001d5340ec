import { setTimeout as sleep } from 'node:timers/promises';
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
import { RUN_DISPATCH, type HeldDelivery, type RunDispatch } from './run-dispatch.types';
import { RunExecutor } from './run-executor.service';
import { RunLedger } from './run.ledger';
import { type DueCursor, DeliveryLedger } from './delivery.ledger';

const SWEEP_BATCH = 500;
/**
 * Most due sends one sweep hands to the dispatcher: more than a receiver sends in a sweep's
 * interval, so the sweep never sets the pace, and few enough to keep the in-memory backlog small.
 */
const MAX_DUE_PER_SWEEP = 5_000;
const SWEEP_INTERVAL_MS = 5_000;
/** After a sweep that handed over its most, the next one comes this soon. */
const AFTER_FULL_SWEEP_MS = 1_000;
/**
 * Where sends execute here, how many claimed sends may wait in this process: enough for a
 * second of sending at 1,000 a second, few enough that a claim never waits near its lease.
 */
const MAX_CLAIMED_WAITING = 1_000;
/** Claims are made in batches of at least this many, when there is room for them. */
const MIN_CLAIM_BATCH = 100;
/** While the claimed sends fill the room, the sweep looks again this often. */
const ROOM_POLL_MS = 20;
/** Once caught up during a burst of due sends, the sweep claims again after this long. */
const CATCH_UP_MS = 25;

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
  /** A sweep set for the next due time, when that comes before the next interval. */
  private wake: NodeJS.Timeout | null = null;
  private stopped = false;
  /** Sends this process's sweeps claimed and handed over, until they start (see claimDueHere). */
  private readonly handed = new Set<HeldDelivery>();
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
    if (this.wake) clearTimeout(this.wake);
    await this.sweeping;
    // Claimed sends that never started go back as they were, for the next process to send;
    // should that fail, their lease ends and reclaimAbandoned takes them.
    const unstarted = [...this.handed].filter((held) => held.state === 'waiting');
    for (const held of unstarted) held.state = 'released';
    await this.deliveries.releaseClaims(unstarted).catch(() => undefined);
  }

  @Interval('delivery-retries', SWEEP_INTERVAL_MS)
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
    const drained = await this.dispatchDue();
    await this.wakeAtNextDue(drained ? null : this.dispatch.executesHere ? 0 : AFTER_FULL_SWEEP_MS);
  }

  /**
   * Every send and retry due now, in batches, up to MAX_DUE_PER_SWEEP: a minute in which
   * 100,000 sends fall due is drained at the receivers' pace, not at one batch per interval.
   * Rows handed over but not yet claimed are found again by the next sweep; the dispatcher
   * drops what it already holds, and a claim never sends a row twice. False when it left due
   * rows behind.
   */
  private async dispatchDue(): Promise<boolean> {
    if (this.dispatch.executesHere) return this.claimDueHere();
    let cursor: DueCursor | undefined;
    for (let handed = 0; handed < MAX_DUE_PER_SWEEP;) {
      if (this.stopped) return true;
      const due = await this.deliveries.dueRetries(SWEEP_BATCH, cursor);
      for (const delivery of due) {
        await this.dispatch.dispatchDelivery(delivery.id, delivery.runId, delivery.attempts);
      }
      handed += due.length;
      if (due.length < SWEEP_BATCH) return true;
      const last = due[due.length - 1];
      cursor = { at: last.cursorAt, id: last.id };
    }
    return false;
  }

  /**
   * Where sends execute in this process, the sweep claims the due ones itself, in batches: one
   * statement per batch instead of a claim per send, and a claimed send is no longer due, so no
   * later sweep reads it again (dispatchDue's sweeps read each due row again until it was sent:
   * 2.3 million rows read for 100,000 sends). At most MAX_CLAIMED_WAITING wait here: a claim
   * is a lease. Returns false when it stopped with due rows possibly left (the sweep's time is
   * up), for the next sweep to come at once.
   */
  private async claimDueHere(): Promise<boolean> {
    for (const held of this.handed) if (held.state !== 'waiting') this.handed.delete(held);
    const until = Date.now() + SWEEP_INTERVAL_MS;
    while (Date.now() < until) {
      if (this.stopped) return true;
      const room = MAX_CLAIMED_WAITING - this.dispatch.backlog();
      if (room < MIN_CLAIM_BATCH) {
        await sleep(ROOM_POLL_MS);
        continue;
      }
      const limit = Math.min(SWEEP_BATCH, room);
      const claims = await this.deliveries.claimDue(limit);
      const claimedAt = Date.now();
      for (const claim of claims) {
        const held: HeldDelivery = { ...claim, claimedAt, state: 'waiting' };
        this.handed.add(held);
        const { id, runId, attempts } = claim.delivery;
        await this.dispatch.dispatchDelivery(id, runId, attempts, held);
      }
      if (!claims.length) return true;
      // Caught up with what is due: while sends keep falling due (a burst), the next ones are
      // claimed a moment later in one batch, not each by a sweep of its own.
      if (claims.length < limit) await sleep(CATCH_UP_MS);
    }
    return false;
  }

  /**
   * A send due before the next interval is swept at its time, not up to 5 s late; `soonMs`,
   * when the sweep left due rows behind (it handed over its most), sweeps again that soon.
   */
  private async wakeAtNextDue(soonMs: number | null): Promise<void> {
    const next = await this.deliveries.nextDueAt();
    if (this.stopped) return;
    const inMs = Math.min(
      next ? Math.max(0, next.getTime() - Date.now()) : Number.POSITIVE_INFINITY,
      soonMs ?? Number.POSITIVE_INFINITY,
    );
    if (inMs >= SWEEP_INTERVAL_MS) return;
    if (this.wake) clearTimeout(this.wake);
    this.wake = setTimeout(() => {
      this.wake = null;
      void this.sweep();
    }, inMs);
    this.wake.unref();
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
