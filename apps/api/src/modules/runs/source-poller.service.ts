import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PollingSource, SourceItem } from '@fluxo/connector-sdk';
import type { StartFrom, StepSettings } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import type { ConnectionState } from '../connections/entities/connection.entity';
import { RunLedger } from './run.ledger';

const POLL_TIMEOUT_MS = 120_000;

export interface PollOutcome {
  /** Items attached to the run: new, and after the start point the user chose. */
  newItems: number;
}

/**
 * Runs a polled source once for a run: keeps only keys never seen on this connection, honours
 * the "start from" choice on the first poll, and moves the cursor in the same transaction as
 * the items, so a crash never skips or repeats items.
 */
@Injectable()
export class SourcePoller {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly contexts: ConnectorContextFactory,
    private readonly runs: RunLedger,
  ) {}

  /** The polled source of a connection, or null when its source pushes data (or is unset). */
  async pollingSourceOf(
    connectionId: string,
  ): Promise<{ step: SourceStepRow; source: PollingSource } | null> {
    const [step]: SourceStepRow[] = await this.dataSource.query(
      `SELECT s.workspace_id, s.connector_key, s.action_key, s.account_id, s.settings
         FROM step s WHERE s.connection_id = $1 AND s.role = 'source'`,
      [connectionId],
    );
    if (!step) return null;
    const source = this.registry.getSourceOrThrow(step.connector_key, step.action_key);
    return source.kind === 'polling' ? { step, source } : null;
  }

  async pollIntoRun(runId: string, connectionId: string): Promise<PollOutcome> {
    const polled = await this.pollingSourceOf(connectionId);
    if (!polled) return { newItems: 0 };
    const { step, source } = polled;
    const [connection]: { state: ConnectionState }[] = await this.dataSource.query(
      `SELECT state FROM connection WHERE id = $1`,
      [connectionId],
    );
    const polling = connection?.state.polling ?? {
      startFrom: { mode: 'new' } as StartFrom,
      baselineTaken: false,
    };
    const ctx = await this.contexts.create(
      step.workspace_id,
      this.registry.getOrThrow(step.connector_key),
      step.account_id,
      step.settings,
      { signal: AbortSignal.timeout(POLL_TIMEOUT_MS) },
    );
    const result = await source.poll(ctx, polling.cursor);
    const deliverable = polling.baselineTaken
      ? result.items
      : result.items.filter((item) => isAfterStart(item, polling.startFrom, polling.newSince));
    const deliverableKeys = new Set(deliverable.map((item) => item.key));
    const seenOnly = result.items.filter((item) => !deliverableKeys.has(item.key));

    return this.dataSource.transaction(async (manager) => {
      const rows: { inserted: number }[] = await manager.query(
        `WITH given AS (
           SELECT item->>'key' AS key, item->'payload' AS payload, (item->>'attach')::boolean AS attach, ordinal
             FROM jsonb_array_elements($4::jsonb) WITH ORDINALITY AS g(item, ordinal)
         ), inserted AS (
           INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload, received_at)
           SELECT $1, $2, CASE WHEN attach THEN $3::uuid END, key, payload, now() + ordinal * interval '1 microsecond'
             FROM given
           -- Any conflict: a key seen before, or a status a push already brought (_statusKey).
           ON CONFLICT DO NOTHING
           RETURNING run_id
         )
         SELECT count(*) FILTER (WHERE run_id IS NOT NULL)::int AS inserted FROM inserted`,
        [
          step.workspace_id,
          connectionId,
          runId,
          JSON.stringify([
            ...seenOnly.map((item) => ({ ...item, attach: false })),
            ...deliverable.map((item) => ({ ...item, attach: true })),
          ]),
        ],
      );
      const newItems = rows[0].inserted;
      // Only the polling part of `state` is ours to write.
      const state: ConnectionState['polling'] = {
        ...polling,
        cursor: result.cursor ?? polling.cursor,
        baselineTaken: true,
      };
      await manager.query(
        `UPDATE connection SET state = jsonb_set(state, '{polling}', $2::jsonb), last_polled_at = now(),
                empty_polls = CASE WHEN $3::int = 0 THEN empty_polls + 1 ELSE empty_polls END
          WHERE id = $1`,
        [connectionId, JSON.stringify(state), newItems],
      );
      await this.runs.countItems(manager, runId, newItems, result.warnings);
      return { newItems };
    });
  }
}

export interface SourceStepRow {
  workspace_id: string;
  connector_key: string;
  action_key: string;
  account_id: string | null;
  settings: StepSettings;
}

/** On the first poll: is the item one to deliver, or part of what existed before the start? */
export function isAfterStart(item: SourceItem, startFrom: StartFrom, newSince?: string): boolean {
  if (startFrom.mode === 'all') return true;
  if (startFrom.mode === 'new') {
    // Undated items cannot be placed after the start: they are the baseline.
    if (!newSince || !item.occurredAt) return false;
    return Date.parse(item.occurredAt) >= Date.parse(newSince);
  }
  // Items without a date cannot be placed: deliver them rather than lose them silently.
  return !item.occurredAt || Date.parse(item.occurredAt) >= Date.parse(startFrom.since);
}
