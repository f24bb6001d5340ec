import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  SECRET_MASK,
  type ConnectionSnapshot,
  type ConnectionVersionDto,
  type StepSnapshot,
} from '@fluxo/contracts';
import { diffSnapshots, sameValue } from '@fluxo/engine';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { ConnectionsService } from './connections.service';

/** How many versions a connection keeps; older ones are forgotten as new ones come. */
export const VERSIONS_KEPT = 50;

interface VersionRow {
  id: string;
  created_at: Date;
  email: string | null;
  snapshot: ConnectionSnapshot;
  restored_from: string | null;
}

/** A sealed secret stays sealed in the store and reads as the mask in a list of changes. */
function maskSecrets(snapshot: ConnectionSnapshot): ConnectionSnapshot {
  const mask = (values: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(values).map(([key, value]) => [
        key,
        typeof value === 'string' && value.startsWith('fluxo-sealed:') ? SECRET_MASK : value,
      ]),
    );
  return {
    ...snapshot,
    steps: snapshot.steps.map((step) => ({ ...step, mapping: mask(step.mapping) })),
  };
}

/**
 * Versions of a connection: each saved change keeps what the user set (not the switch, the
 * engine's state or the canvas layout), the last 50 of them, to read as field-by-field changes
 * and to restore.
 */
@Injectable()
export class ConnectionVersionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly connections: ConnectionsService,
  ) {}

  async snapshotOf(connectionId: string, db: EntityManager = this.dataSource.manager) {
    const [connection]: { name: string; trigger: unknown; conditions: unknown }[] = await db.query(
      `SELECT name, trigger, conditions FROM connection WHERE id = $1`,
      [connectionId],
    );
    if (!connection) return null;
    const steps: (StepSnapshot & { sort_order: number })[] = await db.query(
      `SELECT id, role, connector_key AS "connectorKey", action_key AS "actionKey",
              account_id AS "accountId", settings, mapping, conditions, delay,
              cancel_when AS "cancelWhen"
         FROM step WHERE connection_id = $1
        ORDER BY role = 'receiver', sort_order, created_at`,
      [connectionId],
    );
    return {
      name: connection.name,
      trigger: connection.trigger,
      conditions: connection.conditions ?? null,
      steps,
    } satisfies ConnectionSnapshot;
  }

  /** Keeps a version when what the user set differs from the last one kept. */
  async record(
    workspaceId: string,
    connectionId: string,
    userId: string | null,
    restoredFrom: string | null = null,
  ): Promise<void> {
    const snapshot = await this.snapshotOf(connectionId);
    if (!snapshot) return;
    const [last]: { snapshot: ConnectionSnapshot }[] = await this.dataSource.query(
      `SELECT snapshot FROM connection_version WHERE connection_id = $1
        ORDER BY created_at DESC LIMIT 1`,
      [connectionId],
    );
    if (last && sameValue(last.snapshot, snapshot) && !restoredFrom) return;
    await this.dataSource.query(
      `INSERT INTO connection_version (connection_id, workspace_id, user_id, snapshot, restored_from)
       VALUES ($1, $2, $3, $4, $5)`,
      [connectionId, workspaceId, userId, JSON.stringify(snapshot), restoredFrom],
    );
    await this.dataSource.query(
      `DELETE FROM connection_version WHERE connection_id = $1 AND id NOT IN (
         SELECT id FROM connection_version WHERE connection_id = $1
          ORDER BY created_at DESC LIMIT ${VERSIONS_KEPT})`,
      [connectionId],
    );
  }

  /** Newest first, each with what changed from the one before it. */
  async list(workspaceId: string, connectionId: string): Promise<ConnectionVersionDto[]> {
    await this.connections.findOrThrow(workspaceId, connectionId);
    const rows: VersionRow[] = await this.dataSource.query(
      `SELECT v.id, v.created_at, u.email, v.snapshot, v.restored_from
         FROM connection_version v LEFT JOIN "user" u ON u.id = v.user_id
        WHERE v.connection_id = $1 AND v.workspace_id = $2
        ORDER BY v.created_at DESC`,
      [connectionId, workspaceId],
    );
    return rows.map((row, index) => {
      const previous = rows[index + 1];
      return {
        id: row.id,
        createdAt: row.created_at.toISOString(),
        by: row.email,
        restoredFrom: row.restored_from,
        changes: diffSnapshots(
          previous ? maskSecrets(previous.snapshot) : null,
          maskSecrets(row.snapshot),
        ),
      };
    });
  }

  /**
   * Puts the connection back as it was in a version, as a new version. The switch stays where
   * it is, unless the restored settings cannot run (a receiver without an account, say): then
   * the connection goes off, as it could not have been switched on like that.
   */
  async restore(
    workspaceId: string,
    connectionId: string,
    versionId: string,
    userId: string,
  ): Promise<void> {
    await this.connections.findOrThrow(workspaceId, connectionId);
    const [version]: { snapshot: ConnectionSnapshot }[] = isUuid(versionId)
      ? await this.dataSource.query(
          `SELECT snapshot FROM connection_version
            WHERE id = $1 AND connection_id = $2 AND workspace_id = $3`,
          [versionId, connectionId, workspaceId],
        )
      : [];
    if (!version) throw new NotFoundError('The version');
    const { snapshot } = version;
    // Name, schedule and conditions go through the usual checks (a chain must still exist).
    await this.connections.update(workspaceId, connectionId, {
      name: snapshot.name,
      trigger: snapshot.trigger as never,
      conditions: (snapshot.conditions ?? null) as never,
    });
    await this.dataSource.transaction(async (manager) => {
      const ids = snapshot.steps.map((step) => step.id);
      await manager.query(
        `DELETE FROM step WHERE connection_id = $1 AND NOT (id = ANY($2::uuid[]))`,
        [connectionId, ids],
      );
      for (const [order, step] of snapshot.steps.entries()) {
        // An account deleted since is left unchosen: the editor then asks for one.
        await manager.query(
          `INSERT INTO step (id, workspace_id, connection_id, role, connector_key, action_key,
                             account_id, settings, mapping, conditions, delay, cancel_when,
                             position, sort_order)
           VALUES ($1, $2, $3, $4, $5, $6,
                   (SELECT id FROM account WHERE id = $7 AND workspace_id = $2),
                   $8, $9, $10, $11, $12, '{"x":0,"y":0}', $13)
           ON CONFLICT (id) DO UPDATE SET
             role = EXCLUDED.role, connector_key = EXCLUDED.connector_key,
             action_key = EXCLUDED.action_key, account_id = EXCLUDED.account_id,
             settings = EXCLUDED.settings, mapping = EXCLUDED.mapping,
             conditions = EXCLUDED.conditions, delay = EXCLUDED.delay,
             cancel_when = EXCLUDED.cancel_when, sort_order = EXCLUDED.sort_order,
             updated_at = now()`,
          [
            step.id,
            workspaceId,
            connectionId,
            step.role,
            step.connectorKey,
            step.actionKey,
            step.accountId,
            JSON.stringify(step.settings ?? {}),
            JSON.stringify(step.mapping ?? {}),
            step.conditions == null ? null : JSON.stringify(step.conditions),
            step.delay == null ? null : JSON.stringify(step.delay),
            step.cancelWhen == null ? null : JSON.stringify(step.cancelWhen),
            order,
          ],
        );
      }
    });
    await this.connections.switchOffWhenNotReady(workspaceId, connectionId);
    await this.record(workspaceId, connectionId, userId, versionId);
  }
}
