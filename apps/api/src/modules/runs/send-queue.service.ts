import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { QueuedSendDto, SendQueueDto } from '@fluxo/contracts';
import { listVariables, renderFieldTemplates } from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { DeliveryLedger } from './delivery.ledger';
import { RunExecutor } from './run-executor.service';
import { RunLedger } from './run.ledger';

/** Most waiting sends one page lists; the count says how many there are in all. */
const LISTED = 200;

interface QueuedRow {
  id: string;
  run_id: string;
  step_id: string;
  next_attempt_at: Date;
  connection_id: string;
  connection_name: string;
  connection_enabled: boolean;
  connector_key: string;
  action_key: string;
  mapping: Record<string, string>;
  payload: Record<string, unknown>;
}

interface CountsRow {
  later: number;
  due: number;
  paused: number;
  cancelled_today: number;
}

const NO_COUNTS = { later: 0, due: 0, paused: 0, cancelledToday: 0 };

/** A page's recipients are filled in a tighter budget than deliveries: it is only a list. */
const RECIPIENT_LIMITS = { renderLimit: 50, maxFieldLength: 500 };

/** The sends waiting for their delay, workspace-wide or of one connection, and what to do with them. */
@Injectable()
export class SendQueueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryLedger,
    private readonly executor: RunExecutor,
    private readonly registry: ConnectorRegistry,
    private readonly runs: RunLedger,
  ) {}

  async list(
    workspaceId: string,
    filter: { connectionId?: string; search?: string },
  ): Promise<SendQueueDto> {
    if (filter.connectionId !== undefined && !isUuid(filter.connectionId)) {
      return { waiting: 0, counts: NO_COUNTS, sends: [] };
    }
    const search = filter.search?.trim().slice(0, 100) || null;
    const where = `d.workspace_id = $1 AND d.status = 'scheduled'
        AND ($2::uuid IS NULL OR c.id = $2::uuid)
        AND ($3::text IS NULL OR c.name ILIKE '%' || $3 || '%' OR i.payload::text ILIKE '%' || $3 || '%')`;
    const from = `FROM delivery d
        JOIN step s ON s.id = d.step_id
        JOIN connection c ON c.id = s.connection_id
        JOIN source_item i ON i.id = d.item_id`;
    const values = [workspaceId, filter.connectionId ?? null, search];
    const [rows, [count], [counts]]: [QueuedRow[], { waiting: number }[], CountsRow[]] =
      await Promise.all([
        this.dataSource.query(
          `SELECT d.id, d.run_id, d.step_id, d.next_attempt_at, c.id AS connection_id,
                  c.name AS connection_name, c.enabled AS connection_enabled,
                  s.connector_key, s.action_key, s.mapping, i.payload
             ${from} WHERE ${where}
            ORDER BY d.next_attempt_at, d.id LIMIT ${LISTED}`,
          values,
        ),
        this.dataSource.query(`SELECT count(*)::int AS waiting ${from} WHERE ${where}`, values),
        this.dataSource.query(
          // Waiting sends through the partial index of waiting sends; cancelled ones through the
          // connection's runs of the last day (a cancel never outlives its run by much).
          `SELECT count(*) FILTER (WHERE c.enabled AND d.next_attempt_at > now())::int AS later,
                  count(*) FILTER (WHERE (c.enabled OR d.send_now) AND d.next_attempt_at <= now())::int AS due,
                  count(*) FILTER (WHERE NOT c.enabled AND NOT d.send_now)::int AS paused,
                  (SELECT count(*)::int FROM delivery x
                     JOIN step xs ON xs.id = x.step_id
                    WHERE x.workspace_id = $1 AND x.status = 'cancelled'
                      AND x.cancelled_at > now() - interval '24 hours'
                      AND ($2::uuid IS NULL OR xs.connection_id = $2::uuid)) AS cancelled_today
             FROM delivery d
             JOIN step s ON s.id = d.step_id
             JOIN connection c ON c.id = s.connection_id
            WHERE d.workspace_id = $1 AND d.status = 'scheduled'
              AND ($2::uuid IS NULL OR c.id = $2::uuid)`,
          values.slice(0, 2),
        ),
      ]);
    const sends = await Promise.all(
      rows.map(async (row) => toQueuedSend(row, await this.recipientOf(row))),
    );
    return {
      waiting: count.waiting,
      counts: {
        later: counts.later,
        due: counts.due,
        paused: counts.paused,
        cancelledToday: counts.cancelled_today,
      },
      sends,
    };
  }

  /** The receiver's recipient field filled from the item; null when it has none or it fails. */
  private async recipientOf(row: QueuedRow): Promise<string | null> {
    const field = this.registry.findReceiver(row.connector_key, row.action_key)?.recipientField;
    const template = field ? row.mapping[field] : undefined;
    if (!field || !template) return null;
    const { payload, errors } = await renderFieldTemplates(
      [{ key: field, label: field, template }],
      row.payload,
      RECIPIENT_LIMITS,
    );
    return errors.length ? null : payload[field].trim() || null;
  }

  /** Sends a waiting send now, whatever its delay; answers once it was attempted. */
  async sendNow(workspaceId: string, deliveryId: string): Promise<void> {
    const runId = isUuid(deliveryId)
      ? await this.deliveries.sendWaitingNow(workspaceId, deliveryId)
      : null;
    if (!runId) throw await this.notWaiting(workspaceId, deliveryId);
    await this.executor.retryDelivery(deliveryId, runId);
  }

  /** Cancels a waiting send: it is never sent, and its run can finish. */
  async cancel(workspaceId: string, deliveryId: string): Promise<void> {
    const runId = isUuid(deliveryId)
      ? await this.deliveries.cancelWaiting(workspaceId, deliveryId, 'Cancelled in the send queue')
      : null;
    if (!runId) throw await this.notWaiting(workspaceId, deliveryId);
    await this.executor.finalizeRun(runId);
  }

  /** Undoes a cancel made here: the send waits for its time again, and its run is open again. */
  async restore(workspaceId: string, deliveryId: string): Promise<void> {
    const runId = isUuid(deliveryId)
      ? await this.deliveries.restoreCancelled(workspaceId, deliveryId)
      : null;
    if (!runId) {
      const send = await this.sendStateOrThrow(workspaceId, deliveryId);
      throw new DomainError(
        409,
        'NOT_RESTORABLE',
        send.byItem
          ? 'This send was cancelled by a later item (the happy path), so it stays cancelled'
          : `Only a cancelled send can be put back: this one is ${send.status}`,
      );
    }
    await this.runs.reopen(runId);
    await this.executor.finalizeRun(runId);
  }

  private async notWaiting(workspaceId: string, deliveryId: string): Promise<DomainError> {
    const send = await this.sendStateOrThrow(workspaceId, deliveryId);
    return new DomainError(
      409,
      'NOT_WAITING',
      `This send is no longer waiting: it is ${send.status} now`,
    );
  }

  /** Where a send of the workspace stands, to say why an action on it was refused. */
  private async sendStateOrThrow(
    workspaceId: string,
    deliveryId: string,
  ): Promise<{ status: string; byItem: boolean }> {
    const [row]: { status: string; by_item: boolean }[] = isUuid(deliveryId)
      ? await this.dataSource.query(
          `SELECT status, cancelled_by_item_id IS NOT NULL AS by_item
             FROM delivery WHERE id = $1 AND workspace_id = $2`,
          [deliveryId, workspaceId],
        )
      : [];
    if (!row) throw new NotFoundError('The send');
    return { status: row.status, byItem: row.by_item };
  }
}

function toQueuedSend(row: QueuedRow, to: string | null): QueuedSendDto {
  return {
    deliveryId: row.id,
    runId: row.run_id,
    connectionId: row.connection_id,
    connectionName: row.connection_name,
    stepId: row.step_id,
    connectorKey: row.connector_key,
    sendAt: row.next_attempt_at.toISOString(),
    to,
    item: listVariables(row.payload, 40)
      .slice(0, 3)
      .map((v) => `${v.path}: ${v.preview}`)
      .join(' · '),
    paused: !row.connection_enabled,
  };
}
