import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';
import { spyOnPoolQueries } from './support/pool-queries';
import {
  startTestApp,
  startTestWorker,
  switchOn,
  type TestApp,
  type TestWorker,
} from './support/test-app';

// A Redis database of its own, so the test can flush it without touching anything else.
const REDIS_DB = 7 + Math.floor(Math.random() * 8);
const REDIS_URL = `${process.env.REDIS_URL || 'redis://127.0.0.1:6379'}/${REDIS_DB}`.replace(
  /(:\d+)\/\d+\/(\d+)$/,
  '$1/$2',
);

describe('Queue mode with BullMQ workers (e2e, PostgreSQL + Redis)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  const env = { REDIS_URL, FLUXO_RUN_LEASE_SECONDS: '3' };
  let api: TestApp;
  let redis: IORedis;
  let workers: TestWorker[] = [];

  beforeAll(async () => {
    redis = new IORedis(REDIS_URL);
    await redis.flushdb();
    api = await startTestApp({
      env: { ...env, FLUXO_ROLE: 'api' },
      connectors: testConnectors(feed, inbox),
    });
  });

  afterAll(async () => {
    await api?.close();
    await redis?.flushdb();
    redis?.disconnect();
  });

  beforeEach(() => {
    inbox.received = [];
    inbox.fault = 'none';
  });

  afterEach(async () => {
    await Promise.all(workers.map((w) => w.close()));
    workers = [];
  });

  async function startWorkers(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      workers.push(
        await startTestWorker({
          databaseUrl: api.databaseUrl,
          env,
          connectors: testConnectors(feed, inbox),
        }),
      );
    }
  }

  /** A web form → test inbox connection; returns its hook path. */
  async function formToInbox(): Promise<string> {
    const user = await api.signUp();
    const { body: connection } = await user
      .post('/api/connections')
      .send({ name: 'Queued' })
      .expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: '{{ n }}' } })
      .expect(201);
    await switchOn(user, connection.id);
    return (await user.get(`/api/connections/${connection.id}`).expect(200)).body.hookPath;
  }

  async function waitFor(
    condition: () => boolean | Promise<boolean>,
    what: string,
    timeoutMs = 30_000,
  ): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (await condition()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting for ${what}`);
  }

  const texts = () => inbox.received.map((p) => p.text).sort((a, b) => Number(a) - Number(b));

  it('should execute runs on workers, each exactly once, while the api process only dispatches', async () => {
    const hook = await formToInbox();
    for (let n = 0; n < 30; n++)
      await api.http
        .post(hook)
        .send({ n: String(n) })
        .expect(200);
    await new Promise((r) => setTimeout(r, 300));
    expect(inbox.received).toEqual([]);

    await startWorkers(2);
    await waitFor(() => inbox.received.length >= 30, '30 deliveries');
    await new Promise((r) => setTimeout(r, 500));

    expect(texts()).toEqual(Array.from({ length: 30 }, (_, n) => String(n)));
  });

  it("should execute a hook call's run on the worker that takes its job without claiming it again", async () => {
    const hook = await formToInbox();
    await startWorkers(1);
    const query = spyOnPoolQueries(workers[0].app.get(DataSource));

    await api.http.post(hook).send({ n: '7' }).expect(200);
    await waitFor(() => inbox.received.length === 1, 'the delivery');

    // The call stored its run claimed, and the job carried the claim to the worker.
    const statements = (query.mock.calls as [{ name?: string }][]).map(([s]) => s.name);
    query.mockRestore();
    expect(statements).toContain('fluxo_plan_deliveries');
    expect(statements).not.toContain('fluxo_claim_runs');
    expect(texts()).toEqual(['7']);
  });

  it('should lose nothing when Redis loses its data: Postgres still knows the queued runs', async () => {
    const hook = await formToInbox();
    for (let n = 0; n < 5; n++)
      await api.http
        .post(hook)
        .send({ n: String(n) })
        .expect(200);

    await redis.flushdb();
    await startWorkers(1);
    await waitFor(() => inbox.received.length >= 5, 'the runs to be queued again', 45_000);

    expect(texts()).toEqual(['0', '1', '2', '3', '4']);
  });

  it('should pick up, within a lease, a queued run whose job never reached Redis', async () => {
    const hook = await formToInbox();
    await startWorkers(1);
    await api.http.post(hook).send({ n: '1' }).expect(200);
    await waitFor(() => inbox.received.length === 1, 'the first delivery');
    const db = api.app.get(DataSource);
    // What a dispatch lost to a Redis outage leaves behind: a queued run and its item, no job.
    await db.query(
      `WITH c AS (SELECT connection_id, workspace_id FROM run LIMIT 1),
            r AS (INSERT INTO run (workspace_id, connection_id, cause, status, started_at)
                  SELECT workspace_id, connection_id, 'instant', 'queued', now() FROM c RETURNING id, workspace_id, connection_id)
       INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload)
       SELECT workspace_id, connection_id, id, 'lost-dispatch', '{"n":"2"}' FROM r`,
    );

    await waitFor(() => inbox.received.length === 2, 'the watchdog to queue the run again', 20_000);

    expect(texts()).toEqual(['1', '2']);
  });

  it('should send a due retry through the deliveries queue', async () => {
    const hook = await formToInbox();
    inbox.fault = 'transient';
    await startWorkers(1);
    await api.http.post(hook).send({ n: '42' }).expect(200);
    const db = api.app.get(DataSource);
    await waitFor(
      async () => (await db.query(`SELECT 1 FROM delivery WHERE status = 'retrying'`)).length === 1,
      'the first attempt to fail',
    );

    inbox.fault = 'none';
    await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'retrying'`);
    const deliveryOf42 = async () =>
      (
        await db.query(
          `SELECT d.status, d.attempts FROM delivery d JOIN source_item i ON i.id = d.item_id WHERE i.payload->>'n' = '42'`,
        )
      )[0] as { status: string; attempts: number };
    // The inbox has the message a moment before the worker records the delivery as delivered.
    await waitFor(async () => (await deliveryOf42()).status === 'delivered', 'the retry', 30_000);

    expect(inbox.received).toHaveLength(1);
    expect(await deliveryOf42()).toEqual({ status: 'delivered', attempts: 2 });
  });
});
