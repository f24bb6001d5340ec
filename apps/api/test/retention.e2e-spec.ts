import type { ConnectionDto, RunDto, SampleDto } from '@fluxo/contracts';
import { SchedulerRegistry } from '@nestjs/schedule';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RetentionService } from '../src/modules/retention/retention.service';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe(RetentionService.name, () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let app: TestApp;
  let db: DataSource;
  let sut: RetentionService;
  let user: Agent;

  beforeAll(async () => {
    app = await startTestApp({
      connectors: testConnectors(feed, inbox),
      env: { FLUXO_RUN_RETENTION_DAYS: '30' },
    });
    db = app.app.get(DataSource);
    sut = app.app.get(RetentionService);
    // The purge after start would race the rows each test ages; the tests call purge() instead.
    app.app.get(SchedulerRegistry).deleteTimeout('retention-after-start');
  });

  afterAll(async () => {
    await app?.close();
  });

  beforeEach(async () => {
    feed.items = [];
    feed.failWith = null;
    inbox.received = [];
    inbox.fault = 'none';
    user = await app.signUp();
  });

  async function feedToInbox(name: string, startFrom: 'all' | 'new'): Promise<ConnectionDto> {
    const { body: connection } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: '{{ title }}' } })
      .expect(201);
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: startFrom } })
      .expect(200);
    return connection;
  }

  async function runOnce(connectionId: string): Promise<string> {
    const { body } = await user.post(`/api/connections/${connectionId}/run`).expect(202);
    await app.settle();
    return body.runId;
  }

  /** Moves a run, its items and its deliveries 40 days into the past. */
  async function ageRun(runId: string): Promise<void> {
    await db.query(
      `UPDATE run SET started_at = started_at - interval '40 days',
              finished_at = finished_at - interval '40 days' WHERE id = $1`,
      [runId],
    );
    await db.query(
      `UPDATE source_item SET received_at = received_at - interval '40 days' WHERE run_id = $1`,
      [runId],
    );
  }

  async function itemsOf(connectionId: string): Promise<Record<string, unknown>> {
    const rows: { dedupe_key: string; payload: unknown }[] = await db.query(
      `SELECT dedupe_key, payload FROM source_item WHERE connection_id = $1`,
      [connectionId],
    );
    return Object.fromEntries(rows.map((row) => [row.dedupe_key, row.payload]));
  }

  async function deliveriesOf(runId: string): Promise<number> {
    const [row]: { count: number }[] = await db.query(
      `SELECT count(*)::int AS count FROM delivery WHERE run_id = $1`,
      [runId],
    );
    return row.count;
  }

  it('should delete a finished run and its deliveries when it started before the retention', async () => {
    const connection = await feedToInbox('Old and new', 'all');
    feed.add('old-1', { title: 'Old' });
    const oldRun = await runOnce(connection.id);
    feed.add('new-1', { title: 'New' });
    const newRun = await runOnce(connection.id);
    await ageRun(oldRun);
    expect(await deliveriesOf(oldRun)).toBe(1);

    const result = await sut.purge();

    expect(result).toEqual({ runs: 1, inboundEvents: 0, prunedItems: 1 });
    await user.get(`/api/runs/${oldRun}`).expect(404);
    expect(await deliveriesOf(oldRun)).toBe(0);
    expect(((await user.get(`/api/runs/${newRun}`).expect(200)).body as RunDto).status).toBe(
      'succeeded',
    );
    expect(await deliveriesOf(newRun)).toBe(1);
  });

  it('should keep a chained run whose cause is deleted, with the cause cleared', async () => {
    const connection = await feedToInbox('Cause', 'all');
    feed.add('old-1', { title: 'Old' });
    const cause = await runOnce(connection.id);
    // The run chained after it (as RunLedger.queueChained stores one), kept: it is recent.
    const [chained]: { id: string }[] = await db.query(
      `INSERT INTO run (workspace_id, connection_id, cause, status, caused_by_run_id, finished_at)
       SELECT workspace_id, connection_id, 'chain', 'succeeded', id, now() FROM run WHERE id = $1
       RETURNING id`,
      [cause],
    );
    await ageRun(cause);

    await sut.purge();

    await user.get(`/api/runs/${cause}`).expect(404);
    const [kept]: { caused_by_run_id: string | null }[] = await db.query(
      `SELECT caused_by_run_id FROM run WHERE id = $1`,
      [chained.id],
    );
    expect(kept).toEqual({ caused_by_run_id: null });
  });

  it('should keep the dedupe key and prune the payload when an item is past the retention', async () => {
    const connection = await feedToInbox('Dedupe', 'all');
    feed.add('old-1', { title: 'Old' });
    await ageRun(await runOnce(connection.id));
    feed.add('new-1', { title: 'New' });
    await runOnce(connection.id);
    inbox.received = [];

    await sut.purge();
    await runOnce(connection.id);

    expect(await itemsOf(connection.id)).toEqual({
      'old-1': { _pruned: true },
      'new-1': { title: 'New' },
    });
    expect(inbox.received).toEqual([]);
  });

  it('should keep the payload of the latest item when it is past the retention', async () => {
    feed.add('base-1', { title: 'First' });
    feed.add('base-2', { title: 'Latest' });
    // "Only new items": the first poll stores both as seen, outside any run.
    const connection = await feedToInbox('Sample only', 'new');
    await runOnce(connection.id);
    await db.query(
      `UPDATE source_item SET received_at = received_at - interval '40 days' WHERE connection_id = $1`,
      [connection.id],
    );

    const result = await sut.purge();

    expect(result.prunedItems).toBe(1);
    expect(await itemsOf(connection.id)).toEqual({
      'base-1': { _pruned: true },
      'base-2': { title: 'Latest' },
    });
    const sample = (await user.get(`/api/connections/${connection.id}/sample`).expect(200))
      .body as SampleDto;
    expect(sample.data).toEqual({ title: 'Latest' });
  });

  it('should keep an unfinished run, its deliveries and items when it started before the retention', async () => {
    const connection = await feedToInbox('Still retrying', 'all');
    feed.add('retry-1', { title: 'One' });
    feed.add('retry-2', { title: 'Two' });
    inbox.fault = 'transient';
    const stuckRun = await runOnce(connection.id);
    await ageRun(stuckRun);

    const result = await sut.purge();

    expect(result).toEqual({ runs: 0, inboundEvents: 0, prunedItems: 0 });
    const run = (await user.get(`/api/runs/${stuckRun}`).expect(200)).body as RunDto;
    expect(run.status).toBe('running');
    expect(await deliveriesOf(stuckRun)).toBe(2);
    expect(await itemsOf(connection.id)).toEqual({
      'retry-1': { title: 'One' },
      'retry-2': { title: 'Two' },
    });
  });

  it('should delete hook calls when they are past the retention', async () => {
    const connection = await feedToInbox('Hooks', 'all');
    const insert = (age: string) =>
      db.query(
        `INSERT INTO inbound_event (workspace_id, connection_id, method, headers, body, status, received_at)
         SELECT workspace_id, id, 'POST', '{}', '\\x7b7d', 'accepted', now() - $2::interval
           FROM connection WHERE id = $1
         RETURNING id`,
        [connection.id, age],
      );
    const [old]: { id: string }[] = await insert('40 days');
    const [recent]: { id: string }[] = await insert('29 days');
    // The item the old call brought stays (its dedupe key), and says a call brought it.
    await db.query(
      `INSERT INTO source_item (workspace_id, connection_id, inbound_event_id, dedupe_key, payload, received_at)
       SELECT workspace_id, id, $2, 'from-old-call', '{}', now() - interval '40 days'
         FROM connection WHERE id = $1`,
      [connection.id, old.id],
    );

    const result = await sut.purge();

    expect(result.inboundEvents).toBe(1);
    const left: { id: string }[] = await db.query(
      `SELECT id FROM inbound_event WHERE connection_id = $1`,
      [connection.id],
    );
    expect(left).toEqual([{ id: recent.id }]);
    const items: { inbound_event_id: string | null }[] = await db.query(
      `SELECT inbound_event_id FROM source_item WHERE dedupe_key = 'from-old-call'`,
    );
    expect(items).toEqual([{ inbound_event_id: old.id }]);
  });

  it('should delete cancel marks when they are past the retention', async () => {
    const connection = await feedToInbox('Marks', 'all');
    const insert = (age: string) =>
      db.query(
        `INSERT INTO cancel_mark (step_id, cancel_key, item_id, connection_id, received_at, created_at)
         SELECT s.id, 'ana@example.com', gen_random_uuid(), s.connection_id, now(), now() - $2::interval
           FROM step s WHERE s.connection_id = $1 AND s.role = 'receiver'
         RETURNING id`,
        [connection.id, age],
      );
    await insert('40 days');
    const [recent]: { id: string }[] = await insert('29 days');

    await sut.purge();

    const left: { id: string }[] = await db.query(
      `SELECT m.id FROM cancel_mark m JOIN step s ON s.id = m.step_id WHERE s.connection_id = $1`,
      [connection.id],
    );
    expect(left).toEqual([{ id: recent.id }]);
  });

  it('should keep deleting in batches when more old runs than a batch are due', async () => {
    const connection = await feedToInbox('Busy', 'all');
    await db.query(
      `INSERT INTO run (workspace_id, connection_id, cause, status, started_at, finished_at, settled_at)
       SELECT workspace_id, id, 'schedule', 'succeeded', now() - interval '40 days',
              now() - interval '40 days', now() - interval '40 days'
         FROM connection, generate_series(1, 2500) WHERE id = $1`,
      [connection.id],
    );

    const first = await sut.purge();
    const second = await sut.purge();

    expect(first.runs).toBe(2500);
    expect(second).toEqual({ runs: 0, inboundEvents: 0, prunedItems: 0 });
    expect(
      ((await user.get(`/api/connections/${connection.id}/runs`).expect(200)).body as RunDto[])
        .length,
    ).toBe(0);
  });
});
