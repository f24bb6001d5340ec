import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunStatus, Trigger } from '@fluxo/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DataSource, type EntityManager } from 'typeorm';
import {
  NotificationService,
  type ConnectionSwitchedOffNotice,
} from '../notifications/notifications.service';
import { RunLedger } from './run.ledger';

export interface SettledRun {
  id: string;
  connectionId: string;
  workspaceId: string;
  status: RunStatus;
}

/**
 * What happens once, when a run first reaches a final status: the connection's failure streak
 * (and switching it off at the limit) and the runs of connections chained "after" it.
 */
@Injectable()
export class RunSettlement {
  private readonly logger = new Logger(RunSettlement.name);
  autoDisableAfter: number;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationService,
    private readonly runs: RunLedger,
  ) {
    this.autoDisableAfter = config.autoDisableAfter;
  }

  /** Returns the ids of the chained runs it queued. */
  async settle(run: SettledRun): Promise<string[]> {
    const { switchedOff, chained } = await this.dataSource.transaction(async (manager) => {
      const switchedOff = await this.countFailure(manager, run);
      return { switchedOff, chained: await this.queueChainedRuns(manager, run) };
    });
    // After the commit: owners hear only of a switch-off that happened; the notice never throws.
    if (switchedOff) await this.notifications.connectionSwitchedOff(switchedOff);
    return chained;
  }

  /** Returns what to tell the owners when this run switched the connection off. */
  private async countFailure(
    manager: EntityManager,
    run: SettledRun,
  ): Promise<ConnectionSwitchedOffNotice | null> {
    const failed = run.status === 'failed';
    const [rows]: [{ consecutive_failures: number; name: string }[], number] = await manager.query(
      `UPDATE connection
          SET consecutive_failures = CASE WHEN $2 THEN consecutive_failures + 1 ELSE 0 END
        WHERE id = $1
        RETURNING consecutive_failures, name`,
      [run.connectionId, failed],
    );
    const connection = rows[0];
    if (!connection || connection.consecutive_failures < this.autoDisableAfter) return null;
    const reason = `Switched off after ${connection.consecutive_failures} failed runs in a row; fix the errors in the run history, then switch it on again`;
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
    };
  }

  private async queueChainedRuns(manager: EntityManager, run: SettledRun): Promise<string[]> {
    const followers: { id: string; trigger: Trigger }[] = await manager.query(
      `SELECT id, trigger FROM connection
        WHERE workspace_id = $1 AND enabled AND trigger->>'type' = 'after' AND trigger->>'connectionId' = $2`,
      [run.workspaceId, run.connectionId],
    );
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
