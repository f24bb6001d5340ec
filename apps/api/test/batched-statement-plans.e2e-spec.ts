import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource, type QueryRunner } from 'typeorm';
import type { PreparedStatement } from '../src/database/prepared-statement';
import {
  CLAIM_DELIVERIES,
  CLAIM_DUE,
  dueRowsSql,
  PLAN_DELIVERIES,
  RECORD_OUTCOMES,
  SCHEDULE_SENDS,
} from '../src/modules/runs/delivery.ledger';
import { CLAIM_SQL, FINALIZE_SQL } from '../src/modules/runs/run.ledger';
import { startTestApp, type TestApp } from './support/test-app';

const STORED = 5_000;

/**
 * The hot batched statements, planned the way prepared statements end up planned (generic, for
 * any batch), on tables holding a few thousand rows — a small shop after a few weeks. PostgreSQL
 * guesses 100 rows for `jsonb_to_recordset` and used to read whole tables to join a batch of a
 * few ids (see database/batch-rows.ts); each statement must look its rows up by index.
 */
describe('Plans of the batched statements (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let db: QueryRunner;

  beforeAll(async () => {
    sut = await startTestApp();
    db = sut.app.get(DataSource).createQueryRunner();
    await db.connect();
    await db.query(`
      WITH w AS (INSERT INTO workspace (name) VALUES ('plans') RETURNING id),
           c AS (INSERT INTO connection (workspace_id, name, hook_token)
                 SELECT id, 'shop', 'plans-token' FROM w RETURNING id, workspace_id),
           s AS (INSERT INTO step (workspace_id, connection_id, role, connector_key, action_key)
                 SELECT workspace_id, id, 'receiver', 'email', 'send-email' FROM c
                 RETURNING id, workspace_id, connection_id),
           r AS (INSERT INTO run (workspace_id, connection_id, cause, status)
                 SELECT c.workspace_id, c.id, 'instant', 'succeeded'
                   FROM c, generate_series(1, ${STORED})
                 RETURNING id, workspace_id, connection_id),
           i AS (INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload)
                 SELECT workspace_id, connection_id, id, id::text, '{}' FROM r
                 RETURNING id, workspace_id, run_id)
      INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status)
      SELECT i.workspace_id, i.run_id, i.id, s.id, 'delivered' FROM i, s`);
    await db.query('ANALYZE');
    await db.query(`SET plan_cache_mode = force_generic_plan`);
  });

  afterAll(async () => {
    await db?.release();
    await sut?.close();
  });

  async function genericPlanOf(name: string, text: string, batch: unknown[]): Promise<string> {
    await db.query(`PREPARE ${name} AS ${text}`);
    const rows: { 'QUERY PLAN': string }[] = await db.query(
      `EXPLAIN EXECUTE ${name}('${JSON.stringify(batch).replace(/'/g, "''")}')`,
    );
    await db.query(`DEALLOCATE ${name}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  }

  const someIds = (table: string) =>
    db.query(`SELECT id FROM ${table} LIMIT 3`).then((rows: { id: string }[]) => rows);

  it.each([
    {
      action: 'claim runs',
      text: () => CLAIM_SQL,
      table: 'run',
      input: (id: string, n: number) => ({ n, id, lease_seconds: 60 }),
    },
    {
      action: 'finalize runs',
      text: () => FINALIZE_SQL,
      table: 'run',
      input: (id: string) => ({ id, fail_with: null, end_lease: true }),
    },
    {
      action: 'claim deliveries',
      text: () => CLAIM_DELIVERIES.text,
      table: 'delivery',
      input: (id: string, n: number) => ({ n, id }),
    },
    {
      action: 'record outcomes',
      text: () => RECORD_OUTCOMES.text,
      table: 'delivery',
      input: (id: string, n: number) => ({ n, id, status: 'delivered', error: null }),
    },
    {
      action: 'put off sends',
      text: () => SCHEDULE_SENDS.text,
      table: 'delivery',
      input: (id: string, n: number) => ({ n, id, at: '2027-01-01T09:00:00Z', cancel_key: null }),
    },
  ])(
    'should $action by index, never reading the whole $table table',
    async ({ text, table, input }) => {
      const ids = await someIds(table);

      const plan = await genericPlanOf(
        'plan_probe',
        text(),
        ids.map((row, n) => input(row.id, n)),
      );

      expect(plan).not.toMatch(new RegExp(`Seq Scan on ${table}\\b`));
      expect(plan).toMatch(new RegExp(`Index.* on ${table}|Index.*${table}_pkey`));
    },
  );

  it('should plan deliveries reading the items and deliveries of the batch by index', async () => {
    const runs = await db.query(`SELECT id, workspace_id, connection_id FROM run LIMIT 3`);

    const plan = await genericPlanOf(
      'plan_probe',
      (PLAN_DELIVERIES as PreparedStatement).text,
      runs.map((run: { id: string; workspace_id: string; connection_id: string }, n: number) => ({
        n,
        run_id: run.id,
        workspace_id: run.workspace_id,
        connection_id: run.connection_id,
      })),
    );

    expect(plan).not.toMatch(/Seq Scan on (delivery|source_item)\b/);
  });

  it('should claim runs by id when a backlog of queued runs is newer than the statistics', async () => {
    await db.startTransaction();
    try {
      // A burst queued every run faster than autovacuum analyzes: the statistics still say
      // that almost no run is unfinished.
      await db.query(`UPDATE run SET status = 'queued'`);
      const ids = await someIds('run');

      const plan = await genericPlanOf(
        'plan_probe',
        CLAIM_SQL,
        ids.map((row, n) => ({ n, id: row.id, lease_seconds: 60 })),
      );

      expect(plan).not.toMatch(/idx_run_unfinished/);
      expect(plan).toMatch(/Index.*run_pkey/);
    } finally {
      await db.rollbackTransaction();
    }
  });

  it("should take due sends in the order of their partial indexes, reading no more than it takes (batch claim and queue mode's sweep)", async () => {
    await db.startTransaction();
    try {
      await db.query(
        `UPDATE delivery SET status = 'scheduled', next_attempt_at = now() - interval '1 hour'`,
      );
      await db.query('ANALYZE delivery');
      await db.query(`PREPARE plan_probe AS ${CLAIM_DUE.text}`);
      const rows: { 'QUERY PLAN': string }[] = await db.query(`EXPLAIN EXECUTE plan_probe(500)`);
      await db.query(`DEALLOCATE plan_probe`);
      const plan = rows.map((row) => row['QUERY PLAN']).join('\n');

      expect(plan).toMatch(/Index Scan using idx_delivery_scheduled on delivery/);
      expect(plan).toMatch(/Index Scan using idx_delivery_due on delivery/);
      // Under each row lock, the index is read in order: no sort of every due row.
      expect(plan).not.toMatch(/LockRows[^\n]*\n\s*->\s+Sort/);

      // Queue mode's sweep, with its keyset cursor: each kind read in order up to its limit.
      const cursorPlan = (
        await db.query(`EXPLAIN ${dueRowsSql(500, true)}`, [new Date().toISOString(), randomUUID()])
      )
        .map((row: { 'QUERY PLAN': string }) => row['QUERY PLAN'])
        .join('\n');
      expect(cursorPlan).toMatch(/Limit[^\n]*\n\s*->\s+Index Scan using idx_delivery_scheduled/);
      expect(cursorPlan).toMatch(/Limit[^\n]*\n\s*->\s+Index Scan using idx_delivery_due/);
    } finally {
      await db.rollbackTransaction();
    }
  });
});
