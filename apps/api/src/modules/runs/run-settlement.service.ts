import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunStatus, Trigger } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MicroBatcher } from '@fluxo/engine';
import { queryPrepared, type PreparedStatement } from '../../database/prepared-statement';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedJson, ONE_STATEMENT_BATCHING, rowsByInput } from '../../database/batch-rows';
import { AuditService } from '../audit/audit.service';
import {
  NotificationService,
  type ConnectionSwitchedOffNotice,
} from '../notifications/notifications.service';
import { RunLedger } from './run.ledger';

/** The enabled connections chained "after" connection $2 (as text) of workspace $1. */
const FOLLOWERS_SQL = `SELECT id, trigger FROM connection
  WHERE workspace_id = $1 AND enabled AND trigger->>'type' = 'after' AND trigger->>'connectionId' = $2::text`;

/**
 * $1: a JSON array of settled runs (`n`, `workspace_id`, `connection_id`): ends their
 * connections' failure streaks (writing only rows that have one) and lists, per run, the
 * enabled connections chained after its connection, as FOLLOWERS_SQL does for one.
 */
const SETTLE_SUCCEEDED: PreparedStatement = {
  name: 'fluxo_settle_succeeded',
  text: `WITH given AS (
      SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(n int, workspace_id uuid, connection_id uuid)
    ), ended_streak AS (
      UPDATE connection SET consecutive_failures = 0
       WHERE id = ANY (ARRAY(SELECT connection_id FROM given)) AND consecutive_failures <> 0
    )
    SELECT g.n, f.id, f.trigger FROM given g
      JOIN connection f ON f.workspace_id = g.workspace_id AND f.enabled
       AND f.trigger->>'type' = 'after' AND f.trigger->>'connectionId' = g.connection_id::text`,
};

interface Follower {
  id: string;
  trigger: Trigger;
}

export interface SettledRun {
  id: string;
  connectionId: string;
  workspaceId: string;
  status: RunStatus;
  /** False when the connection had no failure streak and nothing chained after it. */
  streakOrFollowers?: boolean;
}

/**
 * What happens once, when a run first reaches a final status: the connection's failure streak
 * (and switching it off at the limit) and the runs of connections chained "after" it.
 */
@Injectable()
export class RunSettlement {
  private readonly logger = new Logger(RunSettlement.name);
  autoDisableAfter: number;

  /**
   * Runs that did not fail settle through one shared statement (see settleWithoutFailure).
   */
  private readonly followersOfSucceeded = new MicroBatcher<SettledRun, Follower[]>(async (runs) => {
    const rows: (Follower & { n: number })[] = await queryPrepared(
      this.dataSource,
      SETTLE_SUCCEEDED,
      [
        numberedJson(
          runs.map((run) => ({ workspace_id: run.workspaceId, connection_id: run.connectionId })),
        ),
      ],
    );
    return rowsByInput(rows, runs.length).map((followers) =>
      followers.map(({ id, trigger }) => ({ id, trigger })),
    );
  }, ONE_STATEMENT_BATCHING);

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly runs: RunLedger,
    private readonly audit: AuditService,
  ) {
    this.autoDisableAfter = config.autoDisableAfter;
  }

  /** Returns the ids of the chained runs it queued. */
  async settle(run: SettledRun): Promise<string[]> {
    if (run.status !== 'failed') return this.settleWithoutFailure(run);
    const { switchedOff, chained } = await this.dataSource.transaction(async (manager) => {
      const switchedOff = await this.countFailure(manager, run);
      return { switchedOff, chained: await this.queueChainedRuns(manager, run) };
    });
    // After the commit: owners hear only of a switch-off that happened; the notice never throws.
    if (switchedOff) {
      await this.notifications.connectionSwitchedOff(switchedOff);
      await this.audit.record(
        { workspaceId: switchedOff.workspaceId, userId: null },
        'connection.switched-off',
        switchedOff.connectionName,
        { by: 'fluxo', failures: switchedOff.failures },
      );
    }
    return chained;
  }

  /** Returns what to tell the owners when this run switched the connection off. */
  private async countFailure(
    manager: EntityManager,
    run: SettledRun,
  ): Promise<(ConnectionSwitchedOffNotice & { failures: number }) | null> {
    const [rows]: [{ consecutive_failures: number; name: string }[], number] = await manager.query(
      `UPDATE connection SET consecutive_failures = consecutive_failures + 1
        WHERE id = $1
        RETURNING consecutive_failures, name`,
      [run.connectionId],
    );
    const connection = rows[0];
    if (!connection || connection.consecutive_failures < this.autoDisableAfter) return null;
    // Only the cause: the editor and the e-mail say what to do, in the reader's words.
    const reason = `${connection.consecutive_failures} failed runs in a row`;
    const [switchedOff]: [unknown[], number] = await manager.query(
      `UPDATE connection SET enabled = false, next_run_at = NULL, disabled_reason = $2, disabled_at = now()
        WHERE id = $1 AND enabled RETURNING id`,
      [run.connectionId, reason],
    );
    if (!switchedOff.length) return null;
    this.logger.warn(`connection "${connection.name}" ${reason}`);
    return {
      connectionId: run.connectionId,
      workspaceId: run.workspaceId,
      connectionName: connection.name,
      reason,
      failures: connection.consecutive_failures,
    };
  }

  /**
   * A run that did not fail ends the failure streak and starts the runs chained after it. One
   * statement does the first and lists the second, outside a transaction: it is every run's hot
   * path, and the runs settling together share it. Most runs succeed on a connection with no
   * streak, and those do not write (and lock) the connection's row, so the runs of a busy
   * connection never wait for each other here.
   */
  private async settleWithoutFailure(run: SettledRun): Promise<string[]> {
    // Most runs: no streak, no chain. The finalize statement said so; skip a round trip.
    if (run.streakOrFollowers === false) return [];
    const followers = await this.followersOfSucceeded.submit(run);
    return followers.length ? this.queueDue(this.dataSource.manager, run, followers) : [];
  }

  private async queueChainedRuns(manager: EntityManager, run: SettledRun): Promise<string[]> {
    const followers: Follower[] = await manager.query(FOLLOWERS_SQL, [
      run.workspaceId,
      run.connectionId,
    ]);
    return this.queueDue(manager, run, followers);
  }

  private queueDue(
    manager: EntityManager,
    run: SettledRun,
    followers: Follower[],
  ): Promise<string[]> {
    const due = followers.filter(
      (f) => !(f.trigger.type === 'after' && f.trigger.onlyOnSuccess && run.status !== 'succeeded'),
    );
    return this.runs.queueChained(
      manager,
      run.workspaceId,
      due.map((f) => f.id),
      run.id,
    );
  }
}
