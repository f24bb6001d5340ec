import { Inject, Injectable, Logger, type BeforeApplicationShutdown } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Trigger } from '@fluxo/contracts';
import { nextRunAfter } from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RUN_DISPATCH, type RunDispatch } from '../runs/run-dispatch.types';
import { RunLedger } from '../runs/run.ledger';

/** Due connections one claim statement takes: a herd of 10,000 is 10 short transactions. */
const CLAIM_BATCH = 1000;
const TICK_MS = 1_000;

interface DueConnection {
  id: string;
  workspace_id: string;
  trigger: Trigger;
  next_run_at: Date;
}

/**
 * Fires due connections. The claim locks due rows with SKIP LOCKED and moves their next run
 * forward in the same transaction, so any number of processes can tick on one database and a
 * connection still fires once per due time.
 */
@Injectable()
export class SchedulerService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(SchedulerService.name);
  private ticking: Promise<number> | null = null;
  private stopped = false;
  /** A tick set for the next due time when it falls before the next interval's tick. */
  private wake: NodeJS.Timeout | null = null;

  private readonly claims: boolean;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch,
    private readonly runs: RunLedger,
  ) {
    // Workers only execute; the api (or all-in-one) processes decide what is due.
    this.claims = config.role !== 'worker';
  }

  /** On shutdown, stop claiming first; the executor then drains what it holds. */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.wake) clearTimeout(this.wake);
    await this.ticking;
  }

  @Interval('scheduler', TICK_MS)
  onTick(): void {
    // A slow claim is not stacked up behind: the next interval just skips.
    if (this.ticking) return;
    void this.tick().catch((error: unknown) =>
      this.logger.error(`scheduler tick failed: ${String(error)}`),
    );
  }

  /**
   * Claims and starts every connection due at `now`; returns how many runs it queued. Ticks
   * never overlap: a tick asked for while one is running claims after it, with its own `now`.
   */
  tick(now?: Date): Promise<number> {
    if (this.stopped || !this.claims) return Promise.resolve(0);
    const previous = this.ticking ?? Promise.resolve(0);
    const current: Promise<number> = previous
      .catch(() => 0)
      .then(() => this.claimDue(now ?? new Date()))
      .finally(() => {
        if (this.ticking === current) this.ticking = null;
      });
    this.ticking = current;
    return current;
  }

  /**
   * Claims every due connection before dispatching any run: with a herd due at once, runs
   * started early would compete with the claims for the database and hold back the start of
   * the rest. A crash in between loses nothing; the watchdog dispatches queued runs again.
   */
  private async claimDue(now: Date): Promise<number> {
    const queued: string[] = [];
    for (;;) {
      const runIds = await this.claimBatch(now);
      queued.push(...runIds);
      if (runIds.length < CLAIM_BATCH) break;
    }
    for (const id of queued) await this.dispatch.dispatchRun(id, false);
    await this.wakeAtNextDue(queued.length > 0);
    return queued.length;
  }

  /**
   * The interval alone would start a connection up to a whole tick late; when the next due
   * time comes before the next tick, a timer fires a tick right then. One that fell due while
   * this tick ran is claimed at once, but only after a tick that claimed something: a due
   * connection another process holds locked must not spin this one.
   */
  private async wakeAtNextDue(claimedAny: boolean): Promise<void> {
    const [next]: { in_ms: number | null }[] = await this.dataSource.query(
      `SELECT (extract(epoch FROM min(next_run_at) - now()) * 1000)::float8 AS in_ms
         FROM connection WHERE enabled`,
    );
    const inMs = next?.in_ms;
    if (inMs === null || inMs === undefined || inMs >= TICK_MS || this.stopped) return;
    if (inMs < 0 && !claimedAny) return;
    if (this.wake) clearTimeout(this.wake);
    // A few ms late rather than early: a tick before the due time claims nothing.
    this.wake = setTimeout(
      () => {
        this.wake = null;
        this.onTick();
      },
      Math.max(0, inMs) + 5,
    );
    this.wake.unref();
  }

  private claimBatch(now: Date): Promise<string[]> {
    return this.dataSource.transaction(async (manager) => {
      const due: DueConnection[] = await manager.query(
        `SELECT id, workspace_id, trigger, next_run_at FROM connection
          WHERE enabled AND next_run_at <= $1
          ORDER BY next_run_at
          LIMIT ${CLAIM_BATCH}
          FOR UPDATE SKIP LOCKED`,
        [now],
      );
      if (!due.length) return [];
      const next = due.map((c) => nextRunAfter(c.trigger, c.next_run_at, now));
      await manager.query(
        `UPDATE connection AS c SET next_run_at = u.next_run_at
           FROM unnest($1::uuid[], $2::timestamptz[]) AS u(id, next_run_at)
          WHERE c.id = u.id`,
        [due.map((c) => c.id), next],
      );
      return this.runs.queueScheduled(
        manager,
        due.map((c) => ({ connectionId: c.id, workspaceId: c.workspace_id })),
      );
    });
  }
}
