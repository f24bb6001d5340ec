import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Conditions, DeliveryStatus, SkipReport, VendorStatusDto } from '@fluxo/contracts';
import { ATTEMPT_NEVER_FINISHED, DELAY_UNITS, minutesOf } from '@fluxo/contracts';
import { capJson, MicroBatcher } from '@fluxo/engine';
import { queryPrepared, type PreparedStatement } from '../../database/prepared-statement';
import { DataSource } from 'typeorm';
import { numberedJson, ONE_STATEMENT_BATCHING, rowsByInput } from '../../database/batch-rows';
import type { StoredCredentials } from '../accounts/credential-vault';
import { StepEntity } from '../connections/entities/step.entity';

const MAX_STORED_BYTES = 64 * 1024;

/** Items as they arrived and each item's receivers as drawn (`i` the item, `s` the step). */
const SENDING_ORDER = `i.received_at, i.id, s.sort_order, s.created_at`;

/** The ids of the CTE `pending` in sending order. */
const IN_SENDING_ORDER = `SELECT p.id FROM pending p
  JOIN source_item i ON i.id = p.item_id
  JOIN step s ON s.id = p.step_id
  ORDER BY ${SENDING_ORDER}`;

/**
 * One item's way to one receiver. This is the only module that writes `delivery` rows; each
 * transition is one statement.
 *
 *   plan ──▶ pending ──claim──▶ sending ──succeed──▶ delivered
 *                                 │ │ └──fail──────▶ failed ──retryByHand──▶ retrying
 *                                 │ └──postpone───▶ retrying ──claim (when due)──▶ sending
 *                                 └──reclaimAbandoned (its process died mid-call)
 *                                        ──▶ retrying, or failed once the attempts are spent
 *
 * `claim` counts the attempt before the vendor is called, so two workers never send the same
 * attempt and a crash mid-call still spends one. Vendor reports (`recordVendorStatus`) only
 * annotate a delivered row; they never change its status.
 */
@Injectable()
export class DeliveryLedger {
  /**
   * The statements every delivery makes are shared by the deliveries in flight together: while
   * one is running, the next callers wait and go out in one statement (see MicroBatcher). Each
   * is one statement, so a refused batch changed nothing and is retried one call at a time.
   */
  private readonly plans = new MicroBatcher<PlannedRun, PlannedDeliveries>(
    (runs) => this.planRuns(runs),
    ONE_STATEMENT_BATCHING,
  );
  private readonly claims = new MicroBatcher<string, ClaimedDelivery | null>(
    (ids) => this.claimDeliveries(ids),
    ONE_STATEMENT_BATCHING,
  );
  private readonly outcomes = new MicroBatcher<RecordedOutcome, void>(
    (outcomes) => this.recordOutcomes(outcomes),
    ONE_STATEMENT_BATCHING,
  );
  private readonly schedules = new MicroBatcher<ScheduledSend, void>(
    (sends) => this.scheduleSends(sends),
    ONE_STATEMENT_BATCHING,
  );

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Every (item, receiver) pair of the run gets its row before anything is sent, so the run's
   * status, computed from its deliveries, can never call a half-done run finished. Returns the
   * run's unsent deliveries in sending order (see pendingOf), planned now or before, from the
   * same statement: the rows it inserts are not visible to its own reads, so they are added.
   * When the run is planned now, its first delivery comes claimed (`firstClaimed`): send it
   * without claiming it again.
   */
  plan(runId: string, workspaceId: string, connectionId: string): Promise<PlannedDeliveries> {
    return this.plans.submit({
      run_id: runId,
      workspace_id: workspaceId,
      connection_id: connectionId,
    });
  }

  private async planRuns(runs: readonly PlannedRun[]): Promise<PlannedDeliveries[]> {
    const rows: (ClaimedRow & { claimed: boolean })[] = await queryPrepared(
      this.dataSource,
      PLAN_DELIVERIES,
      [numberedJson(runs)],
    );
    return rowsByInput(rows, runs.length).map((pending) => {
      const first = pending.find((row) => row.claimed);
      return {
        ids: pending.map((row) => row.id),
        firstClaimed: first ? claimedDeliveryOf(first) : null,
      };
    });
  }

  /** The run's unsent deliveries in sending order: items as they arrived, receivers as drawn. */
  async pendingOf(runId: string): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `WITH pending AS (
         SELECT id, item_id, step_id FROM delivery WHERE run_id = $1 AND status = 'pending'
       )
       ${IN_SENDING_ORDER}`,
      [runId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Retries and delayed sends whose time has come, oldest first; `after` continues a sweep
   * past the last row of its previous batch.
   */
  async dueRetries(limit: number, after?: DueCursor): Promise<DueRetry[]> {
    const rows: { id: string; run_id: string; attempts: number; at: string }[] =
      await this.dataSource.query(
        dueRowsSql(limit, Boolean(after)),
        after ? [after.at, after.id] : [],
      );
    return rows.map((row) => ({
      id: row.id,
      runId: row.run_id,
      attempts: row.attempts,
      cursorAt: row.at,
    }));
  }

  /**
   * Claims up to `limit` retries and waiting sends that are due, oldest first, with what
   * sending each needs: one statement for a batch, where dueRetries + claim is a read and a
   * claim per send. Rows another process is claiming are skipped (SKIP LOCKED), so any number
   * of sweeps share the due rows without waiting for each other.
   */
  async claimDue(limit: number): Promise<DueClaim[]> {
    const rows: (ClaimedRow & { previous_status: DueClaim['previousStatus'] })[] =
      await queryPrepared(this.dataSource, CLAIM_DUE, [limit]);
    return rows.map((row) => ({
      delivery: claimedDeliveryOf(row),
      previousStatus: row.previous_status,
    }));
  }

  /**
   * Hands back claims made by claimDue whose send never started (the process is stopping):
   * each goes back to what it was, its attempt uncounted, unless it changed meanwhile.
   */
  async releaseClaims(claims: readonly DueClaim[]): Promise<void> {
    if (!claims.length) return;
    await this.dataSource.query(
      `UPDATE delivery SET status = g.status, attempts = delivery.attempts - 1, updated_at = now()
         FROM jsonb_to_recordset($1::jsonb) AS g(id uuid, status text, attempts int)
        WHERE delivery.id = g.id AND delivery.status = 'sending' AND delivery.attempts = g.attempts`,
      [
        JSON.stringify(
          claims.map((claim) => ({
            id: claim.delivery.id,
            status: claim.previousStatus,
            attempts: claim.delivery.attempts,
          })),
        ),
      ],
    );
  }

  /**
   * Renews a claim that has waited a while before its send: true while it is still this
   * claim (still `sending`, with the attempt it counted), false once reclaimAbandoned took it.
   */
  async renewClaim(deliveryId: string, attempts: number): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE delivery SET updated_at = now() WHERE id = $1 AND status = 'sending' AND attempts = $2`,
      [deliveryId, attempts],
    );
    return count > 0;
  }

  /** When the next waiting send or retry not yet due falls due; null when none waits. */
  async nextDueAt(): Promise<Date | null> {
    const [row]: { at: Date | null }[] = await this.dataSource.query(
      `SELECT LEAST(
         (SELECT min(next_attempt_at) FROM delivery
           WHERE status = 'scheduled' AND next_attempt_at > now()),
         (SELECT min(next_attempt_at) FROM delivery
           WHERE status = 'retrying' AND next_attempt_at > now())) AS at`,
    );
    return row?.at ? new Date(row.at) : null;
  }

  /**
   * Takes one attempt of a pending or due delivery, with what sending it needs (the item's
   * payload, the receiver step) read in the same statement: on the hot path every round trip
   * counts. Null when it is not this caller's to send.
   */
  claim(deliveryId: string): Promise<ClaimedDelivery | null> {
    return this.claims.submit(deliveryId);
  }

  private async claimDeliveries(ids: readonly string[]): Promise<(ClaimedDelivery | null)[]> {
    const rows: ClaimedRow[] = await queryPrepared(this.dataSource, CLAIM_DELIVERIES, [
      numberedJson(ids.map((id) => ({ id }))),
    ]);
    return rowsByInput(rows, ids.length).map(([row]) => (row ? claimedDeliveryOf(row) : null));
  }

  async succeed(
    deliveryId: string,
    payload: Record<string, unknown>,
    response: Record<string, unknown> | null,
  ): Promise<void> {
    await this.record(deliveryId, 'delivered', { payload, response, error: null });
  }

  /**
   * The receiver's delay puts the send off until `at`: the claim is handed back uncounted, and
   * the sweep sends it when due (see claimDue). `cancelKey`: a later item with this key
   * cancels it while it waits (see cancelByKeys).
   */
  schedule(deliveryId: string, at: Date, cancelKey: string | null = null): Promise<void> {
    return this.schedules.submit({ id: deliveryId, at: at.toISOString(), cancel_key: cancelKey });
  }

  private async scheduleSends(sends: readonly ScheduledSend[]): Promise<void[]> {
    await queryPrepared(this.dataSource, SCHEDULE_SENDS, [numberedJson(sends)]);
    return sends.map(() => undefined);
  }

  /**
   * "Send now" on a waiting send: due at once, and marked so its delay is not worked out
   * again. Null when it is no longer waiting (sent or cancelled meanwhile).
   */
  async sendWaitingNow(workspaceId: string, deliveryId: string): Promise<string | null> {
    const [rows]: [{ run_id: string }[], number] = await this.dataSource.query(
      `UPDATE delivery SET next_attempt_at = now(), send_now = true, updated_at = now()
        WHERE id = $1 AND workspace_id = $2 AND status = 'scheduled'
        RETURNING run_id`,
      [deliveryId, workspaceId],
    );
    return rows[0]?.run_id ?? null;
  }

  /**
   * Cancels a waiting send with one conditional update: the claim that sends it takes only a
   * waiting row too, so of the two only one wins. Null when it was no longer waiting.
   */
  async cancelWaiting(
    workspaceId: string,
    deliveryId: string,
    reason: string,
  ): Promise<string | null> {
    const [rows]: [{ run_id: string }[], number] = await this.dataSource.query(
      // The send time stays: "undo" puts the send back in the queue for it (see restoreCancelled).
      `UPDATE delivery SET status = 'cancelled', error = $3, cancelled_at = now(), updated_at = now()
        WHERE id = $1 AND workspace_id = $2 AND status = 'scheduled'
        RETURNING run_id`,
      [deliveryId, workspaceId, reason],
    );
    return rows[0]?.run_id ?? null;
  }

  /**
   * Undoes a cancel made in the send queue: the send waits again for its time (or goes at
   * the next sweep when that has passed). Sends cancelled by a later item stay cancelled: the
   * happy path won. Null when there is no such cancelled send.
   */
  async restoreCancelled(workspaceId: string, deliveryId: string): Promise<string | null> {
    const [rows]: [{ run_id: string }[], number] = await this.dataSource.query(
      `UPDATE delivery SET status = 'scheduled', error = NULL, cancelled_at = NULL, updated_at = now()
        WHERE id = $1 AND workspace_id = $2 AND status = 'cancelled'
          AND cancelled_by_item_id IS NULL AND next_attempt_at IS NOT NULL
        RETURNING run_id`,
      [deliveryId, workspaceId],
    );
    return rows[0]?.run_id ?? null;
  }

  /**
   * Happy-path cancellation: each later item cancels the sends of `stepId` waiting under its
   * key whose own item arrived before it, with one conditional update per row, as cancelWaiting.
   * Returns the cancelled deliveries' runs.
   */
  async cancelByKeys(
    cancellingConnectionId: string,
    keys: readonly CancellingKey[],
    reason: string,
  ): Promise<string[]> {
    if (!keys.length) return [];
    // First, and committed on its own: a send still being planned reads the marks after it
    // takes its key (cancelIfMarked), so of the two steps one always sees the other.
    await this.dataSource.query(
      `INSERT INTO cancel_mark (step_id, cancel_key, item_id, connection_id, received_at)
       SELECT g.step_id, g.cancel_key, g.item_id, $2, g.received_at
         FROM jsonb_to_recordset($1::jsonb)
           AS g(step_id uuid, cancel_key text, item_id uuid, received_at timestamptz)`,
      [JSON.stringify(keys), cancellingConnectionId],
    );
    const [rows]: [{ run_id: string }[], number] = await this.dataSource.query(
      `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb)
           AS g(step_id uuid, cancel_key text, item_id uuid, received_at timestamptz)
       )
       UPDATE delivery SET status = 'cancelled', next_attempt_at = NULL, error = $3,
              cancelled_at = now(), cancelled_by_item_id = g.item_id,
              cancelled_by_connection_id = $2, updated_at = now()
         FROM given g, source_item waiting
        WHERE delivery.step_id = g.step_id AND delivery.cancel_key = g.cancel_key
          AND delivery.status = 'scheduled'
          AND waiting.id = delivery.item_id AND waiting.received_at < g.received_at
        RETURNING delivery.run_id`,
      [JSON.stringify(keys), cancellingConnectionId, reason],
    );
    return [...new Set(rows.map((row) => row.run_id))];
  }

  /**
   * A send that has just started to wait (see schedule) is cancelled here when a later item
   * with its key came while it was still being planned: its mark was left by cancelByKeys.
   * True when it was cancelled.
   */
  async cancelIfMarked(deliveryId: string, reason: string): Promise<boolean> {
    const [rows]: [{ id: string }[], number] = await this.dataSource.query(
      `UPDATE delivery SET status = 'cancelled', error = $2, cancelled_at = now(),
              cancelled_by_item_id = m.item_id, cancelled_by_connection_id = m.connection_id,
              updated_at = now()
         FROM (SELECT mark.item_id, mark.connection_id
                 FROM delivery d
                 JOIN source_item waiting ON waiting.id = d.item_id
                 JOIN cancel_mark mark ON mark.step_id = d.step_id AND mark.cancel_key = d.cancel_key
                WHERE d.id = $1 AND mark.received_at > waiting.received_at
                ORDER BY mark.received_at LIMIT 1) m
        WHERE delivery.id = $1 AND delivery.status = 'scheduled'
        RETURNING delivery.id`,
      [deliveryId, reason],
    );
    return rows.length > 0;
  }

  /** The item's delivery to each of `stepIds` (one per item and receiver, by uq_delivery_item_step). */
  async siblingsOf(itemId: string, stepIds: readonly string[]): Promise<SiblingDelivery[]> {
    if (!stepIds.length) return [];
    const rows: {
      step_id: string;
      status: DeliveryStatus;
      response: Record<string, unknown> | null;
      next_attempt_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT step_id, status, response, next_attempt_at
         FROM delivery WHERE item_id = $1 AND step_id = ANY($2::uuid[])`,
      [itemId, stepIds],
    );
    return rows.map((row) => ({
      stepId: row.step_id,
      status: row.status,
      response: row.response,
      nextAttemptAt: row.next_attempt_at ? new Date(row.next_attempt_at) : null,
    }));
  }

  /** The delay asked for a time already past: the item goes at once, and its history says so. */
  async noteAskedFor(deliveryId: string, askedFor: Date): Promise<void> {
    await this.dataSource.query(`UPDATE delivery SET asked_for = $2 WHERE id = $1`, [
      deliveryId,
      askedFor,
    ]);
  }

  /** A condition turned the item away: final, never sent, with the reason. */
  async skip(deliveryId: string, report: SkipReport, reason: string): Promise<void> {
    await this.record(deliveryId, 'skipped', {
      response: report as unknown as Record<string, unknown>,
      error: reason,
    });
  }

  async fail(deliveryId: string, outcome: AttemptOutcome): Promise<void> {
    await this.record(deliveryId, 'failed', outcome);
  }

  /** The attempt failed in a way that may pass later: try again at `nextAttemptAt`. */
  async postpone(deliveryId: string, outcome: AttemptOutcome, nextAttemptAt: Date): Promise<void> {
    await this.record(deliveryId, 'retrying', outcome, nextAttemptAt);
  }

  /** A failed or waiting delivery is made due now, because the user asked to send it again. */
  async retryByHand(deliveryIds: readonly string[]): Promise<void> {
    if (!deliveryIds.length) return;
    await this.dataSource.query(
      `UPDATE delivery SET status = 'retrying', next_attempt_at = to_timestamp(0), updated_at = now()
        WHERE id = ANY($1)`,
      [deliveryIds],
    );
  }

  /**
   * Deliveries left `sending` past the lease belong to a process that died mid-call: the call
   * may or may not have reached the vendor, so it goes again with the same idempotency key.
   * That attempt was counted when it was claimed, and at `maxAttempts` the delivery fails, so a
   * delivery whose attempt takes its process down cannot loop a crash forever.
   * Returns the runs of the deliveries that failed now.
   */
  async reclaimAbandoned(leaseSeconds: number, maxAttempts: number): Promise<string[]> {
    const [rows]: [{ run_id: string; status: string }[], number] = await this.dataSource.query(
      `UPDATE delivery SET
              status = CASE WHEN attempts >= $2 THEN 'failed' ELSE 'retrying' END,
              error = CASE WHEN attempts >= $2 THEN $3 ELSE $4 END,
              next_attempt_at = CASE WHEN attempts >= $2 THEN NULL ELSE now() END,
              updated_at = now()
        WHERE status = 'sending' AND updated_at < now() - make_interval(secs => $1)
        RETURNING run_id, status`,
      [leaseSeconds, maxAttempts, ATTEMPT_NEVER_FINISHED.stopped, ATTEMPT_NEVER_FINISHED.retrying],
    );
    return [...new Set(rows.filter((row) => row.status === 'failed').map((row) => row.run_id))];
  }

  /**
   * Stores the vendor's later report on a sent message. A late "sent" must not overwrite an
   * earlier "delivered": callbacks can arrive out of order. Returns whether it was stored.
   */
  async recordVendorStatus(deliveryId: string, report: VendorStatusDto): Promise<boolean> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `UPDATE delivery SET vendor_status = $2::jsonb, updated_at = now()
        WHERE id = $1
          AND NOT (COALESCE(vendor_status->>'status', '') IN ('delivered', 'failed') AND $3 = 'sent')`,
      [deliveryId, JSON.stringify(report), report.status],
    );
    return count > 0;
  }

  private record(
    deliveryId: string,
    status: DeliveryStatus,
    outcome: AttemptOutcome,
    nextAttemptAt: Date | null = null,
  ): Promise<void> {
    const capped = (value: Record<string, unknown> | null | undefined) =>
      value === undefined ? null : value && capJson(value, MAX_STORED_BYTES);
    return this.outcomes.submit({
      id: deliveryId,
      status,
      payload: capped(outcome.payload),
      has_response: outcome.response !== undefined,
      response: capped(outcome.response),
      error: outcome.error,
      next_attempt_at: nextAttemptAt?.toISOString() ?? null,
    });
  }

  private async recordOutcomes(outcomes: readonly RecordedOutcome[]): Promise<void[]> {
    await queryPrepared(this.dataSource, RECORD_OUTCOMES, [numberedJson(outcomes)]);
    return outcomes.map(() => undefined);
  }
}

/** A due delivery claimed by a sweep (see claimDue), and what it was before. */
export interface DueClaim {
  delivery: ClaimedDelivery;
  previousStatus: 'retrying' | 'scheduled';
}

/** A later item's key under one receiver's cancellation. */
export interface CancellingKey {
  step_id: string;
  cancel_key: string;
  item_id: string;
  received_at: string;
}

/** A run's unsent deliveries in sending order; the first comes claimed when planned now. */
export interface PlannedDeliveries {
  ids: string[];
  firstClaimed: ClaimedDelivery | null;
}

interface PlannedRun {
  run_id: string;
  workspace_id: string;
  connection_id: string;
}

/** A claimed send put off until `at`, as the batched statement reads it. */
interface ScheduledSend {
  id: string;
  at: string;
  cancel_key: string | null;
}

/** One attempt's outcome as the batched statement reads it. */
interface RecordedOutcome {
  id: string;
  status: DeliveryStatus;
  payload: object | null;
  has_response: boolean;
  response: object | null;
  error: string | null;
  next_attempt_at: string | null;
}

export interface ClaimedDelivery {
  id: string;
  runId: string;
  itemId: string;
  stepId: string;
  /** Counting the one just claimed. */
  attempts: number;
  /** Null when the item is gone. */
  itemPayload: Record<string, unknown> | null;
  itemReceivedAt: Date | null;
  /** Someone pressed "send now" on it while it waited: its delay no longer applies. */
  sendNow: boolean;
  /** The receiver step as it is now; null when it was removed. */
  step: StepEntity | null;
  /** The connection's own "only when", read with the step. */
  connectionConditions: Conditions | null;
  /** The step's account's stored credentials; undefined without one (or when it is gone). */
  account: StoredCredentials | undefined;
}

/**
 * Where a sweep stopped: the last due row it dispatched. `at` is PostgreSQL's own text of the
 * time, to the microsecond: a Date keeps milliseconds, and a cursor rounded down would read the
 * same rows again (all rows of one UPDATE share its microsecond), handing nothing new over.
 */
export interface DueCursor {
  at: string;
  id: string;
}

export interface DueRetry {
  id: string;
  runId: string;
  attempts: number;
  /** The row's due time as the sweep's cursor (see DueCursor). */
  cursorAt: string;
}

export interface AttemptOutcome {
  payload?: Record<string, unknown>;
  response?: Record<string, unknown> | null;
  error: string | null;
}

interface ClaimedRow {
  n: number;
  id: string;
  run_id: string;
  item_id: string;
  step_id: string;
  attempts: number;
  item_payload: Record<string, unknown> | null;
  item_received_at: Date | null;
  send_now: boolean;
  s_id: string | null;
  s_workspace_id: string;
  s_connection_id: string;
  s_role: StepEntity['role'];
  s_connector_key: string;
  s_action_key: string;
  s_account_id: string | null;
  s_settings: StepEntity['settings'];
  s_mapping: StepEntity['mapping'];
  s_conditions: StepEntity['conditions'];
  s_delay: StepEntity['delay'];
  s_cancel_when: StepEntity['cancelWhen'];
  connection_conditions: Conditions | null;
  s_position: StepEntity['position'];
  s_sort_order: number;
  s_created_at: Date;
  s_updated_at: Date;
  a_public: Record<string, unknown> | null;
  a_secret: string | null;
}

function claimedDeliveryOf(row: ClaimedRow): ClaimedDelivery {
  return {
    id: row.id,
    runId: row.run_id,
    itemId: row.item_id,
    stepId: row.step_id,
    attempts: row.attempts,
    itemPayload: row.item_payload,
    itemReceivedAt: row.item_received_at,
    sendNow: row.send_now,
    step: stepOf(row),
    connectionConditions: row.connection_conditions,
    account:
      row.a_secret === null
        ? undefined
        : { publicCredentials: row.a_public ?? {}, secretCredentials: row.a_secret },
  };
}

function stepOf(row: ClaimedRow): StepEntity | null {
  if (!row.s_id) return null;
  return Object.assign(new StepEntity(), {
    id: row.s_id,
    workspaceId: row.s_workspace_id,
    connectionId: row.s_connection_id,
    role: row.s_role,
    connectorKey: row.s_connector_key,
    actionKey: row.s_action_key,
    accountId: row.s_account_id,
    settings: row.s_settings,
    mapping: row.s_mapping,
    conditions: row.s_conditions,
    delay: row.s_delay,
    cancelWhen: row.s_cancel_when,
    position: row.s_position,
    sortOrder: row.s_sort_order,
    createdAt: row.s_created_at,
    updatedAt: row.s_updated_at,
  });
}

/**
 * What sending a claimed delivery needs, by alias: `c` the claimed row, `ci` its item, `cs` its
 * step, `cn` the step's connection, `a` the step's account (see ClaimedRow).
 */
const CLAIMED_COLUMNS = `c.run_id, c.item_id, c.step_id, c.attempts, ci.payload AS item_payload,
              ci.received_at AS item_received_at, c.send_now,
              cs.id AS s_id, cs.workspace_id AS s_workspace_id, cs.connection_id AS s_connection_id,
              cs.role AS s_role, cs.connector_key AS s_connector_key, cs.action_key AS s_action_key,
              cs.account_id AS s_account_id, cs.settings AS s_settings, cs.mapping AS s_mapping,
              cs.conditions AS s_conditions, cs.delay AS s_delay, cs.cancel_when AS s_cancel_when,
              cn.conditions AS connection_conditions,
              cs.position AS s_position, cs.sort_order AS s_sort_order,
              cs.created_at AS s_created_at, cs.updated_at AS s_updated_at,
              a.public_credentials AS a_public, a.secret_credentials AS a_secret`;

/** The joins CLAIMED_COLUMNS reads, for the claimed rows `c` with `claimedOnly` true. */
function claimedJoins(claimedOnly: string): string {
  return `LEFT JOIN source_item ci ON ${claimedOnly} AND ci.id = c.item_id
         LEFT JOIN step cs ON ${claimedOnly} AND cs.id = c.step_id
         LEFT JOIN connection cn ON cn.id = cs.connection_id
         LEFT JOIN account a ON a.id = cs.account_id AND a.workspace_id = cs.workspace_id`;
}

/**
 * When a receiver's send waits a fixed time after its item arrived, for every item, and no
 * condition or cancel key can change that: minutes and hours (elapsed time, whatever the zone),
 * or days read in UTC (24 hours each, as the contract's minutesOf counts them). Its time is
 * then known at planning (`s` the step, `i` the item, `cn` the connection; null when it is
 * not), so the send is planned waiting: one insert, where the executor's way is an insert, a claim and a second update of the row and
 * of its 8 indexes. Days in another zone (calendar days across a clock change), dates read from
 * the item, conditions and cancel keys are worked out by DeliverySender, when the run is sent;
 * when the send falls due, DeliverySender works its time out again before sending, either way.
 */
const FIXED_WAIT_UNTIL = `CASE WHEN s.delay->>'type' = 'after' AND s.cancel_when IS NULL
              AND COALESCE(jsonb_array_length(s.conditions->'groups'), 0) = 0
              AND COALESCE(jsonb_array_length(cn.conditions->'groups'), 0) = 0
              AND (s.delay->'wait'->>'unit' IN ('minutes', 'hours')
                   OR COALESCE(s.delay->>'timeZone', 'UTC') IN ('UTC', 'Etc/UTC'))
         THEN i.received_at + (s.delay->'wait'->>'amount')::int * interval '1 minute'
              * CASE s.delay->'wait'->>'unit' ${DELAY_UNITS.map(
                (unit) => `WHEN '${unit}' THEN ${minutesOf({ amount: 1, unit })}`,
              ).join(' ')} END
       END`;

/**
 * $1: a JSON array of runs (`n`, `run_id`, `workspace_id`, `connection_id`): plans a delivery
 * per item and receiver, and answers every unsent one of each run, in sending order. A run
 * planned for the first time has its first delivery claimed too (`claimed`, with what sending
 * it needs): the executor sends it next, so its claim statement is saved. A send that waits a
 * fixed time is planned waiting for it (see FIXED_WAIT_UNTIL) and is not answered: the sweep
 * sends it when due.
 */
export const PLAN_DELIVERIES: PreparedStatement = {
  name: 'fluxo_plan_deliveries',
  text: `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(n int, run_id uuid, workspace_id uuid, connection_id uuid)
       ), candidates AS (
         SELECT g.workspace_id, g.run_id, i.id AS item_id, s.id AS step_id, w.wait_until,
                w.wait_until IS NULL
                  AND row_number() OVER (PARTITION BY g.run_id, w.wait_until IS NULL ORDER BY ${SENDING_ORDER}) = 1
                  AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.run_id = g.run_id) AS first
           FROM given g
           JOIN connection cn ON cn.id = g.connection_id
           JOIN source_item i ON i.run_id = g.run_id
           JOIN step s ON s.connection_id = g.connection_id AND s.role = 'receiver'
           CROSS JOIN LATERAL (SELECT ${FIXED_WAIT_UNTIL} AS wait_until) w
          WHERE NOT (i.payload ? '_ignored') AND i.run_id = ANY (ARRAY(SELECT run_id FROM given))
       ), planned AS (
         INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, attempts, next_attempt_at,
                               created_at, updated_at)
         SELECT workspace_id, run_id, item_id, step_id,
                CASE WHEN wait_until IS NOT NULL THEN 'scheduled' WHEN first THEN 'sending' ELSE 'pending' END,
                CASE WHEN first THEN 1 ELSE 0 END, wait_until, now(), now()
           FROM candidates
         ON CONFLICT ON CONSTRAINT uq_delivery_item_step DO NOTHING
         RETURNING id, run_id, item_id, step_id, attempts, send_now, status
       ), pending AS (
         SELECT d.id, d.run_id, d.item_id, d.step_id, d.attempts, d.send_now, false AS claimed
           FROM delivery d WHERE d.run_id = ANY (ARRAY(SELECT run_id FROM given)) AND d.status = 'pending'
         UNION ALL
         SELECT id, run_id, item_id, step_id, attempts, send_now, status = 'sending' FROM planned
          WHERE status <> 'scheduled'
       )
       SELECT g.n, c.id, c.claimed, ${CLAIMED_COLUMNS}
         FROM pending c
         JOIN given g ON g.run_id = c.run_id
         JOIN source_item i ON i.id = c.item_id
         JOIN step s ON s.id = c.step_id
         ${claimedJoins('c.claimed')}
        ORDER BY g.n, ${SENDING_ORDER}`,
};

/**
 * A waiting send goes only while its connection is on: switched off, its sends stay in the
 * queue ("paused") and go when it is switched on again — unless the user sends one now.
 */
const WAITING_MAY_GO = `(delivery.send_now OR EXISTS (
         SELECT 1 FROM step ws JOIN connection wc ON wc.id = ws.connection_id
          WHERE ws.id = delivery.step_id AND wc.enabled))`;

/** A retry is due once its time has come. */
const RETRY_DUE = `delivery.status = 'retrying' AND delivery.next_attempt_at <= now()`;

/** A waiting send is due once its time has come and it may go (see WAITING_MAY_GO). */
const WAITING_DUE = `delivery.status = 'scheduled' AND delivery.next_attempt_at <= now()
               AND ${WAITING_MAY_GO}`;

/**
 * Queue mode's sweep: up to `limit` due retries and waiting sends, oldest first, each kind
 * through its own partial index in (next_attempt_at, id) order; with `afterCursor`, past
 * ($1 time, $2 id).
 */
export function dueRowsSql(limit: number, afterCursor: boolean): string {
  const cursor = afterCursor ? `AND (next_attempt_at, id) > ($1::timestamptz, $2::uuid)` : '';
  return `SELECT id, run_id, attempts, next_attempt_at::text AS at FROM (
           (SELECT id, run_id, attempts, next_attempt_at FROM delivery
             WHERE ${RETRY_DUE} ${cursor}
             ORDER BY next_attempt_at, id LIMIT ${Number(limit)})
           UNION ALL
           (SELECT id, run_id, attempts, next_attempt_at FROM delivery
             WHERE ${WAITING_DUE} ${cursor}
             ORDER BY next_attempt_at, id LIMIT ${Number(limit)})
         ) due
         ORDER BY next_attempt_at, id LIMIT ${Number(limit)}`;
}

/** $1: a JSON array of deliveries (`n`, `id`): takes those that are due, with what sending needs (item, step, account, conditions). */
export const CLAIM_DELIVERIES: PreparedStatement = {
  name: 'fluxo_claim_deliveries',
  text: `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(n int, id uuid)
       ), claimed AS (
         UPDATE delivery SET status = 'sending', attempts = attempts + 1, updated_at = now()
           FROM given g
          WHERE delivery.id = g.id AND delivery.id = ANY (ARRAY(SELECT id FROM given))
            AND (delivery.status = 'pending'
                 OR (${RETRY_DUE})
                 OR (${WAITING_DUE}))
          RETURNING g.n, delivery.id, delivery.run_id, delivery.item_id, delivery.step_id, delivery.attempts,
                    delivery.send_now
       )
       SELECT c.n, c.id, ${CLAIMED_COLUMNS}
         FROM claimed c
         ${claimedJoins('true')}`,
};

/**
 * $1: how many: claims that many due retries and waiting sends, oldest first (see claimDue).
 * Each kind is read in its partial index's order, (next_attempt_at, id), so the read stops
 * after $1 rows: with the time alone indexed, it sorted every due row first, 12 ms a batch
 * while 100,000 sends fell due.
 */
export const CLAIM_DUE: PreparedStatement = {
  name: 'fluxo_claim_due',
  text: `WITH retries AS (
         SELECT id, status, next_attempt_at FROM delivery
          WHERE ${RETRY_DUE}
          ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), waiting AS (
         SELECT id, status, next_attempt_at FROM delivery
          WHERE ${WAITING_DUE}
          ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED
       ), due AS (
         SELECT * FROM retries UNION ALL SELECT * FROM waiting
          ORDER BY next_attempt_at, id LIMIT $1
       ), claimed AS (
         UPDATE delivery SET status = 'sending', attempts = attempts + 1, updated_at = now()
           FROM due
          WHERE delivery.id = due.id
          RETURNING due.next_attempt_at AS due_at, due.status AS previous_status, delivery.id,
                    delivery.run_id, delivery.item_id, delivery.step_id, delivery.attempts,
                    delivery.send_now
       )
       SELECT c.id, c.previous_status, ${CLAIMED_COLUMNS}
         FROM claimed c
         ${claimedJoins('true')}
        ORDER BY c.due_at, c.id`,
};

/** $1: a JSON array of attempt outcomes (`n`, `id`, `status`, …). */
export const RECORD_OUTCOMES: PreparedStatement = {
  name: 'fluxo_record_outcomes',
  text: `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(
           n int, id uuid, status text, payload jsonb, has_response boolean, response jsonb,
           error text, next_attempt_at timestamptz)
       )
       UPDATE delivery SET status = g.status,
              payload = COALESCE(g.payload, delivery.payload),
              response = CASE WHEN g.has_response THEN g.response ELSE delivery.response END,
              error = g.error, next_attempt_at = g.next_attempt_at, updated_at = now()
         FROM given g
        WHERE delivery.id = g.id AND delivery.id = ANY (ARRAY(SELECT id FROM given))`,
};

/**
 * $1: a JSON array of claimed sends put off (`n`, `id`, `at`, `cancel_key`). Each claim is
 * handed back uncounted; a row no longer `sending` (reclaimed meanwhile) is left alone.
 */
export const SCHEDULE_SENDS: PreparedStatement = {
  name: 'fluxo_schedule_sends',
  text: `WITH given AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS g(
           n int, id uuid, at timestamptz, cancel_key text)
       )
       UPDATE delivery SET status = 'scheduled', next_attempt_at = g.at,
              attempts = delivery.attempts - 1, cancel_key = g.cancel_key, error = NULL,
              updated_at = now()
         FROM given g
        WHERE delivery.id = g.id AND delivery.id = ANY (ARRAY(SELECT id FROM given))
          AND delivery.status = 'sending'`,
};

/** An item's delivery to one receiver, as later receivers of the item see it. */
export interface SiblingDelivery {
  stepId: string;
  status: DeliveryStatus;
  response: Record<string, unknown> | null;
  nextAttemptAt: Date | null;
}
