import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RunCause, RunStatus } from '@fluxo/contracts';
import { MicroBatcher } from '@fluxo/engine';
import { queryPrepared } from '../../database/prepared-statement';
import { DataSource, type EntityManager } from 'typeorm';
import { numberedJson, ONE_STATEMENT_BATCHING, rowsByInput } from '../../database/batch-rows';
import { connectionIsListenedTo } from './cancel-listeners.util';

/**
 * The run's life. This is the only module that writes `run` rows; every transition below is
 * one statement (or one transaction where the run is born beside its items).
 *
 *                       ┌─────────── postpone (a source fetch failed; retry_at) ──────────┐
 *                       ▼                                                                 │
 *   queueInstant ─▶  queued ──claim──▶ running ──finalize──▶ succeeded · partial · failed
 *   queueManual        │                 │  ▲ renewLease                      │
 *   queueScheduled     │                 │  └ release (shutdown: lease ends now)
 *   queueChained       │                 ├──finalize(endLease) (all sent; retries left to the sweep)
 *                      │                 └──discardEmpty (a scheduled poll found nothing) ──▶ ✕
 *                      └── adopted again by the watchdog when nobody claimed it in time
 *   final ──reopen──▶ running (a failed delivery is retried by hand, a cancelled send put back)
 *
 * `finalize` computes the status from the run's deliveries, so a run is never called finished
 * while one of them is still unsent; `settled_at` is set once, the first time it is final.
 */
@Injectable()
export class RunLedger {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Hook calls arriving together are stored together: while one ingest statement is in flight,
   * the calls that come in wait and share the next one (one statement, one commit, one WAL
   * flush for all of them). Each caller is answered only after the commit of its own call.
   */
  private readonly instantCalls = new MicroBatcher<InstantCall, QueuedInstant>(
    (calls) => this.storeInstantCalls(calls),
    ONE_STATEMENT_BATCHING,
  );
  private readonly claims = new MicroBatcher<
    { id: string; lease_seconds: number },
    ClaimedRun | null
  >((claims) => this.claimRuns(claims), ONE_STATEMENT_BATCHING);
  private readonly finals = new MicroBatcher<FinalizeCall, FinalizedRun | null>(
    (calls) => this.finalizeRuns(calls),
    ONE_STATEMENT_BATCHING,
  );

  /**
   * Stores a hook call, its new items and their run. Items already seen (a vendor's
   * redelivery) are skipped; with no new item there is no run.
   */
  queueInstant(call: InstantCall): Promise<QueuedInstant> {
    return this.instantCalls.submit(call);
  }

  /**
   * One statement for many calls: atomic without BEGIN/COMMIT round trips, and foreign keys
   * are checked at its end, so the items may name the runs inserted beside them.
   */
  private async storeInstantCalls(calls: readonly InstantCall[]): Promise<QueuedInstant[]> {
    const given = calls.map((call) => ({
      id: call.event.id,
      workspace_id: call.event.workspaceId,
      connection_id: call.event.connectionId,
      method: call.event.method,
      headers: call.event.headers,
      query: call.event.query,
      content_type: call.event.contentType,
      body: call.event.body.toString('base64'),
      sealed_body: call.event.sealedBody,
      run_id: call.runId,
      lease_seconds: call.leaseSeconds,
      items: call.items,
    }));
    const rows: { inserted: number; queued: boolean }[] = await queryPrepared(
      this.dataSource,
      { name: 'fluxo_ingest', text: INGEST_SQL },
      [numberedJson(given)],
    );
    return rows.map((row, n) => ({
      runId: row.queued ? calls[n].runId : null,
      inserted: row.inserted,
    }));
  }

  /**
   * A manual run. With `replay`, a polled-less source's latest item is stored again as a new,
   * explicitly requested item whose key says which item it repeats.
   */
  queueManual(
    workspaceId: string,
    connectionId: string,
    replay: ReplayedItem | null,
  ): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const [run]: { id: string }[] = await manager.query(
        `INSERT INTO run (workspace_id, connection_id, cause, status) VALUES ($1, $2, 'manual', 'queued')
         RETURNING id`,
        [workspaceId, connectionId],
      );
      if (replay) {
        await manager.query(
          `INSERT INTO source_item (workspace_id, connection_id, run_id, inbound_event_id, dedupe_key, payload)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            workspaceId,
            connectionId,
            run.id,
            replay.inboundEventId,
            `manual:${run.id}:${replay.dedupeKey}`,
            replay.payload,
          ],
        );
      }
      return run.id;
    });
  }

  /** Runs of due connections, inside the scheduler's claim transaction. */
  async queueScheduled(
    manager: EntityManager,
    due: readonly { connectionId: string; workspaceId: string }[],
  ): Promise<string[]> {
    const runs: { id: string }[] = await manager.query(
      `INSERT INTO run (workspace_id, connection_id, cause, status)
       SELECT workspace_id, id, 'schedule', 'queued'
         FROM unnest($1::uuid[], $2::uuid[]) AS d(id, workspace_id)
       RETURNING id`,
      [due.map((c) => c.connectionId), due.map((c) => c.workspaceId)],
    );
    return runs.map((r) => r.id);
  }

  /** Runs of connections chained "after" a settled run, inside the settlement's transaction. */
  async queueChained(
    manager: EntityManager,
    workspaceId: string,
    connectionIds: readonly string[],
    causedByRunId: string,
  ): Promise<string[]> {
    if (!connectionIds.length) return [];
    const runs: { id: string }[] = await manager.query(
      `INSERT INTO run (workspace_id, connection_id, cause, status, caused_by_run_id)
       SELECT $1, id, 'chain', 'queued', $3 FROM unnest($2::uuid[]) AS f(id)
       RETURNING id`,
      [workspaceId, connectionIds, causedByRunId],
    );
    return runs.map((r) => r.id);
  }

  /**
   * Takes the run for this process for one lease, with the number of items it has so far;
   * null when another process holds it. Claims made together share one statement.
   */
  claim(runId: string, leaseSeconds: number): Promise<ClaimedRun | null> {
    return this.claims.submit({ id: runId, lease_seconds: leaseSeconds });
  }

  private async claimRuns(
    claims: readonly { id: string; lease_seconds: number }[],
  ): Promise<(ClaimedRun | null)[]> {
    const rows: ClaimedRunRow[] = await queryPrepared(
      this.dataSource,
      { name: 'fluxo_claim_runs', text: CLAIM_SQL },
      [numberedJson(claims)],
    );
    return rowsByInput(rows, claims.length).map(([row]) =>
      row
        ? {
            workspaceId: row.workspace_id,
            connectionId: row.connection_id,
            cause: row.cause,
            items: row.items,
            source:
              row.source_connector && row.source_action
                ? { connectorKey: row.source_connector, actionKey: row.source_action }
                : null,
            listenedTo: row.listened_to,
          }
        : null,
    );
  }

  async renewLease(runId: string, leaseSeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE run SET lease_until = now() + make_interval(secs => $2) WHERE id = $1 AND status = 'running'`,
      [runId, leaseSeconds],
    );
  }

  /** Hands runs back at shutdown: their lease ends now, so any process may resume them. */
  async release(runIds: readonly string[]): Promise<void> {
    if (!runIds.length) return;
    await this.dataSource.query(
      `UPDATE run SET lease_until = now() WHERE id = ANY($1) AND status = 'running'`,
      [runIds],
    );
  }

  /** An empty scheduled poll is counted on the connection instead of flooding the history. */
  async discardEmpty(runId: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM run WHERE id = $1`, [runId]);
  }

  /** The items a poll attached, inside the poll's transaction. */
  /** How many items the run's read brought, and what of the read failed (none: null). */
  async countItems(
    manager: EntityManager,
    runId: string,
    items: number,
    warnings: readonly string[] = [],
  ): Promise<void> {
    await manager.query(`UPDATE run SET items_count = $2, warnings = $3 WHERE id = $1`, [
      runId,
      items,
      warnings.length ? warnings : null,
    ]);
  }

  /** Counts a failed read of the source's data; returns how many there have been. */
  async countSourceAttempt(runId: string): Promise<number> {
    const [[run]]: [{ source_attempts: number }[], number] = await this.dataSource.query(
      `UPDATE run SET source_attempts = source_attempts + 1 WHERE id = $1 RETURNING source_attempts`,
      [runId],
    );
    return run.source_attempts;
  }

  /** Back to the queue until `delaySeconds` from now, saying why. */
  async postpone(runId: string, reason: string, delaySeconds: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE run SET status = 'queued', lease_until = NULL, error = $2,
              retry_at = now() + make_interval(secs => $3)
        WHERE id = $1`,
      [runId, reason, delaySeconds],
    );
  }

  /** A final run becomes running again because one of its deliveries is retried. */
  async reopen(runId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE run SET status = 'running', finished_at = NULL WHERE id = $1`,
      [runId],
    );
  }

  /**
   * Recomputes the run's counts and status from its deliveries (or fails it with `failWith`).
   * `settledNow` is true exactly once: the first time the run reaches a final status. With
   * `endLease`, every delivery was attempted: the lease ends even while retries are left, which
   * the sweep sends when due. Runs finalized together share one statement.
   */
  finalize(
    runId: string,
    failWith?: string,
    { endLease = false }: { endLease?: boolean } = {},
  ): Promise<FinalizedRun | null> {
    return this.finals.submit({
      id: runId,
      fail_with: failWith?.slice(0, 2000) ?? null,
      end_lease: endLease,
    });
  }

  /**
   * An UPDATE changes a row once however many of its FROM rows match, so the same run asked
   * for twice in a batch is finalized once, as if the calls had come one after the other:
   * either one's failure fails it, either one's `endLease` ends the lease, and only the first
   * caller hears that it settled now.
   */
  private async finalizeRuns(calls: readonly FinalizeCall[]): Promise<(FinalizedRun | null)[]> {
    const merged = new Map<string, FinalizeCall>();
    for (const call of calls) {
      const earlier = merged.get(call.id);
      merged.set(
        call.id,
        earlier
          ? {
              id: call.id,
              fail_with: earlier.fail_with ?? call.fail_with,
              end_lease: earlier.end_lease || call.end_lease,
            }
          : call,
      );
    }
    const rows: FinalizedRow[] = await queryPrepared(
      this.dataSource,
      { name: 'fluxo_finalize_runs', text: FINALIZE_SQL },
      [JSON.stringify([...merged.values()])],
    );
    const byRun = new Map(rows.map((row) => [row.id, row]));
    const answered = new Set<string>();
    return calls.map((call) => {
      const row = byRun.get(call.id);
      if (!row) return null;
      const first = !answered.has(call.id);
      answered.add(call.id);
      return {
        id: call.id,
        connectionId: row.connection_id,
        workspaceId: row.workspace_id,
        status: row.status,
        settledNow: row.settled_now && first,
        streakOrFollowers: row.streak_or_followers,
      };
    });
  }

  /**
   * Runs no live process holds: queued for a while (or whose retry time came), running past
   * their lease, or left with unsent deliveries and no holder.
   */
  async orphans(queuedForSeconds: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM run
        WHERE (status = 'queued' AND CASE WHEN retry_at IS NULL
                                          THEN started_at < now() - make_interval(secs => $1)
                                          ELSE retry_at <= now() END)
           OR (status = 'running' AND lease_until < now())
           OR (status = 'running' AND lease_until IS NULL
               AND EXISTS (SELECT 1 FROM delivery d WHERE d.run_id = run.id AND d.status = 'pending'))
        ORDER BY started_at LIMIT 500`,
      [queuedForSeconds],
    );
    return rows.map((row) => row.id);
  }

  /** Deletes up to `limit` finished runs started before `cutoff`; returns how many. */
  async purgeFinished(cutoff: Date, limit: number): Promise<number> {
    const [, deleted]: [unknown[], number] = await this.dataSource.query(
      `DELETE FROM run WHERE id IN (
         SELECT id FROM run
          WHERE finished_at IS NOT NULL AND started_at < $1
          LIMIT ${Number(limit)}
          FOR UPDATE SKIP LOCKED)
       RETURNING id`,
      [cutoff],
    );
    return deleted;
  }
}

export interface InstantCall {
  runId: string;
  /**
   * The run is stored already claimed, for a lease of this many seconds, for whoever takes its
   * dispatch (see HeldRun); should the dispatch be lost, the watchdog adopts it once the lease
   * ends, as it would a queued run nobody took.
   */
  leaseSeconds: number;
  event: {
    id: string;
    workspaceId: string;
    connectionId: string;
    method: string;
    headers: Record<string, string>;
    query: Record<string, string>;
    contentType: string;
    body: Buffer;
    sealedBody: string | null;
  };
  /** The items the source made of the call, as they are to be stored. */
  items: unknown;
}

export interface QueuedInstant {
  /** Null when every item was a duplicate: nothing new, no run. */
  runId: string | null;
  inserted: number;
}

export interface ReplayedItem {
  inboundEventId: string | null;
  dedupeKey: string;
  payload: Record<string, unknown>;
}

export interface ClaimedRun {
  workspaceId: string;
  connectionId: string;
  cause: RunCause;
  /** Items attached so far (an instant run's, or a resumed poll's). */
  items: number;
  /** The connection's source step's connector and action; null without one. */
  source: { connectorKey: string; actionKey: string } | null;
  /** Whether a receiver of the workspace cancels waiting sends on this connection's items. */
  listenedTo: boolean;
}

interface ClaimedRunRow {
  n: number;
  workspace_id: string;
  connection_id: string;
  cause: RunCause;
  items: number;
  source_connector: string | null;
  source_action: string | null;
  listened_to: boolean;
}

export interface FinalizedRun {
  id: string;
  connectionId: string;
  workspaceId: string;
  status: RunStatus;
  settledNow: boolean;
  /**
   * When it was finalized, its connection had a failure streak to end or connections chained
   * after it: settling a run that did not fail has something to do only then.
   */
  streakOrFollowers: boolean;
}

interface FinalizeCall {
  id: string;
  fail_with: string | null;
  end_lease: boolean;
}

interface FinalizedRow {
  id: string;
  connection_id: string;
  workspace_id: string;
  status: RunStatus;
  settled_now: boolean;
  streak_or_followers: boolean;
}

/** $1: a JSON array of calls, each with its position `n`; answers one row per call, in order. */
const INGEST_SQL = `
  WITH given AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(
      n int, id uuid, workspace_id uuid, connection_id uuid, method text, headers jsonb,
      query jsonb, content_type text, body text, sealed_body text, run_id uuid,
      lease_seconds int, items jsonb)
  ), event AS (
    INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status, sealed_body)
    SELECT id, workspace_id, connection_id, method, headers, query, content_type,
           decode(body, 'base64'), 'accepted', sealed_body
      FROM given
    -- A held call being processed is already stored: it becomes accepted, once.
    ON CONFLICT (id) DO UPDATE SET status = 'accepted', error = NULL
      WHERE inbound_event.status = 'held'
    RETURNING id
  ), items AS (
    INSERT INTO source_item (workspace_id, connection_id, run_id, inbound_event_id, dedupe_key, payload, received_at)
    SELECT g.workspace_id, g.connection_id, g.run_id, g.id, e.item->>'key', e.item->'payload',
           -- Items keep the order they arrived in, across the calls of the batch too.
           now() + row_number() OVER (ORDER BY g.n, e.ordinal) * interval '1 microsecond'
      -- Only calls stored (or taken out of held) by this statement: a held call another
      -- process has just processed brings its items once.
      FROM given g JOIN event stored ON stored.id = g.id
      CROSS JOIN LATERAL jsonb_array_elements(g.items) WITH ORDINALITY AS e(item, ordinal)
    ON CONFLICT ON CONSTRAINT uq_source_item_connection_dedupe_key DO NOTHING
    RETURNING run_id, workspace_id, connection_id
  ), run AS (
    INSERT INTO run (id, workspace_id, connection_id, cause, status, items_count, lease_until)
    SELECT i.run_id, i.workspace_id, i.connection_id, 'instant', 'running', count(*),
           now() + make_interval(secs => g.lease_seconds)
      FROM items i JOIN given g ON g.run_id = i.run_id
     GROUP BY i.run_id, i.workspace_id, i.connection_id, g.lease_seconds
    RETURNING id
  )
  SELECT (SELECT count(*) FROM items i WHERE i.run_id = g.run_id)::int AS inserted,
         EXISTS (SELECT 1 FROM run r WHERE r.id = g.run_id) AS queued
    FROM given g
   ORDER BY g.n`;

/**
 * $1: a JSON array of claims (position `n`, run `id`, `lease_seconds`); answers one row per
 * claim that took its run. A run named twice is taken once, by its first claim.
 */
export const CLAIM_SQL = `
  WITH given AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(n int, id uuid, lease_seconds int)
  ), first_claim AS (
    SELECT DISTINCT ON (id) * FROM given ORDER BY id, n
  ), claimed AS (
    UPDATE run SET status = 'running', lease_until = now() + make_interval(secs => c.lease_seconds),
           retry_at = NULL
      FROM first_claim c
     WHERE run.id = c.id AND run.id = ANY (ARRAY(SELECT id FROM given))
       -- Written as a CASE so that PostgreSQL cannot match it to idx_run_unfinished: with a
       -- backlog of queued runs that its statistics have not seen yet, it read every
       -- unfinished run through that index to claim a few by id (1,758 for 3, measured in
       -- queue mode), on every claim, so the claims slowed down as the backlog grew.
       AND CASE run.status
             WHEN 'queued' THEN true
             WHEN 'running' THEN run.lease_until IS NULL OR run.lease_until < now()
             ELSE false END
    RETURNING c.n, run.id, run.workspace_id, run.connection_id, run.cause
  )
  SELECT c.n, c.workspace_id, c.connection_id, c.cause,
         (SELECT count(*)::int FROM source_item WHERE run_id = c.id) AS items,
         s.connector_key AS source_connector, s.action_key AS source_action,
         ${connectionIsListenedTo('c.workspace_id', 'c.connection_id')} AS listened_to
    FROM claimed c
    LEFT JOIN LATERAL (
      SELECT connector_key, action_key FROM step
       WHERE connection_id = c.connection_id AND role = 'source' LIMIT 1
    ) s ON true`;

/**
 * $1: a JSON array of distinct runs to finalize (`id`, `fail_with`, `end_lease`); answers one
 * row per run that exists.
 */
export const FINALIZE_SQL = `
  WITH given AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(id uuid, fail_with text, end_lease boolean)
  ), next AS (
    SELECT g.id, g.fail_with, g.end_lease, c.ok, c.failed, c.skipped, CASE
             WHEN g.fail_with IS NOT NULL THEN 'failed'
             WHEN c.unfinished > 0 THEN 'running'
             WHEN c.failed = 0 THEN 'succeeded'
             WHEN c.ok = 0 THEN 'failed'
             ELSE 'partial' END AS status
      FROM given g
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE status = 'delivered')::int AS ok,
               count(*) FILTER (WHERE status = 'failed')::int AS failed,
               count(*) FILTER (WHERE status = 'skipped')::int AS skipped,
               count(*) FILTER (WHERE status IN ('pending', 'sending', 'retrying', 'scheduled'))::int AS unfinished
          FROM delivery WHERE run_id = g.id
      ) c
  )
  UPDATE run SET status = next.status, deliveries_ok = next.ok, deliveries_failed = next.failed,
         deliveries_skipped = next.skipped,
         error = COALESCE(next.fail_with, run.error),
         items_count = (SELECT count(*) FROM source_item WHERE run_id = run.id),
         lease_until = CASE WHEN next.status = 'running' AND NOT next.end_lease THEN run.lease_until END,
         finished_at = CASE WHEN next.status = 'running' THEN NULL ELSE now() END,
         settled_at = CASE WHEN next.status <> 'running' AND run.settled_at IS NULL THEN now() ELSE run.settled_at END
    FROM next
   WHERE run.id = next.id AND run.id = ANY (ARRAY(SELECT id FROM given))
   RETURNING run.id, run.connection_id, run.workspace_id, run.status, (run.settled_at = now()) AS settled_now,
             EXISTS (SELECT 1 FROM connection c WHERE c.id = run.connection_id AND c.consecutive_failures <> 0)
             OR EXISTS (SELECT 1 FROM connection f
                         WHERE f.workspace_id = run.workspace_id AND f.enabled AND f.trigger->>'type' = 'after'
                           AND f.trigger->>'connectionId' = run.connection_id::text) AS streak_or_followers`;
