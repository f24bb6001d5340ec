import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AUDIT_RETENTION_DAYS,
  isKnownTimeZone,
  type AuditAction,
  type AuditEventDto,
  type AuditPageDto,
  type AuditQueryDto,
} from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { ValidationFailedError } from '../../common/domain-error';

const PAGE_SIZE = 100;

interface AuditRow {
  id: string;
  created_at: Date;
  action: AuditAction;
  actor_email: string | null;
  target: string | null;
  details: Record<string, string | number>;
}

/**
 * The owners' audit log: who invited, removed or changed whom; accounts and API keys made,
 * changed or removed; connections switched on or off, deleted, exported or imported.
 */
@Injectable()
export class AuditService {
  private readonly logger = new Logger(AuditService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Records what `by` did (`userId` null: Fluxo itself, e.g. switching off a failing
   * connection). The change it records has already happened: a failure to record is logged,
   * not turned into a failure of the change.
   */
  async record(
    by: { workspaceId: string; userId: string | null },
    action: AuditAction,
    target: string | null,
    details: Record<string, string | number> = {},
  ): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO audit_event (workspace_id, actor_id, actor_email, action, target, details)
         VALUES ($1, $2, (SELECT email FROM "user" WHERE id = $2), $3, $4, $5)`,
        [by.workspaceId, by.userId, action, target, JSON.stringify(details)],
      );
    } catch (error) {
      this.logger.error(`The audit log missed ${action}: ${String(error)}`);
    }
  }

  async list(workspaceId: string, query: AuditQueryDto): Promise<AuditPageDto> {
    const timezone = query.timezone ?? 'UTC';
    if (!isKnownTimeZone(timezone)) {
      throw new ValidationFailedError(`timezone: ${timezone} is not a time zone`, [
        { field: 'timezone', message: `${timezone} is not a time zone` },
      ]);
    }
    const rows: AuditRow[] = await this.dataSource.query(
      `SELECT id, created_at, action, actor_email, target, details
         FROM audit_event
        WHERE workspace_id = $1
          AND ($2::uuid IS NULL OR actor_id = $2)
          AND ($3::text IS NULL OR action = $3)
          AND ($4::date IS NULL OR created_at >= ($4::date)::timestamp AT TIME ZONE $6)
          AND ($5::date IS NULL OR created_at < ($5::date + 1)::timestamp AT TIME ZONE $6)
          AND ($7::timestamptz IS NULL OR created_at < $7)
        ORDER BY created_at DESC, id DESC
        LIMIT ${PAGE_SIZE + 1}`,
      [
        workspaceId,
        query.actor ?? null,
        query.action ?? null,
        query.from ?? null,
        query.to ?? null,
        timezone,
        query.before ?? null,
      ],
    );
    const actors: { user_id: string; email: string }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (actor_id) actor_id AS user_id, actor_email AS email
         FROM audit_event WHERE workspace_id = $1 AND actor_id IS NOT NULL
        ORDER BY actor_id, created_at DESC`,
      [workspaceId],
    );
    const page = rows.slice(0, PAGE_SIZE);
    return {
      events: page.map(toDto),
      next: rows.length > PAGE_SIZE ? page[page.length - 1].created_at.toISOString() : null,
      actors: actors
        .map((actor) => ({ userId: actor.user_id, email: actor.email }))
        .sort((a, b) => a.email.localeCompare(b.email)),
    };
  }

  @Interval('audit-retention', 3_600_000)
  async forgetOld(now: Date = new Date()): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM audit_event WHERE created_at < $1`,
      [new Date(now.getTime() - AUDIT_RETENTION_DAYS * 86_400_000)],
    );
    return deleted;
  }
}

const toDto = (row: AuditRow): AuditEventDto => ({
  id: row.id,
  at: row.created_at.toISOString(),
  action: row.action,
  actor: row.actor_email,
  target: row.target,
  details: row.details,
});
