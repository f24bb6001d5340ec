import type { ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { SchedulerService } from '../src/modules/scheduler/scheduler.service';
import { RUN_DISPATCH, type RunDispatch } from '../src/modules/runs/run-dispatch.types';
import { RunExecutor } from '../src/modules/runs/run-executor.service';
import { RunLedger } from '../src/modules/runs/run.ledger';
import { RunSettlement } from '../src/modules/runs/run-settlement.service';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { DeliverySender } from '../src/modules/runs/delivery-sender.service';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe('Run engine (e2e, PostgreSQL)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let sut: TestApp;
  let user: Agent;
  let db: DataSource;

  beforeAll(async () => {
    sut = await startTestApp({ connectors: testConnectors(feed, inbox) });
    db = sut.app.get(DataSource);
  });

  afterAll(async () => {
    await sut?.close();
  });

  beforeEach(async () => {
    feed.items = [];
    feed.polls = 0;
    feed.failWith = null;
    inbox.received = [];
    inbox.fault = 'none';
    user = await sut.signUp();
  });

  async function feedToInbox(name = 'Feed to inbox', receivers = 1): Promise<ConnectionDto> {
    const { body: connection } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    for (let i = 0; i < receivers; i++) {
      await user
        .post(`/api/connections/${connection.id}/receivers`)
        .send({
          connectorKey: 'test-inbox',
          actionKey: 'store',
          mapping: { text: `#${i} {{ title }}` },
        })
        .expect(201);
    }
    await switchOn(user, connection.id);
    return (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
  }

  /** Makes the connection due now and lets the scheduler fire it. */
  async function fireSchedule(connectionId: string): Promise<void> {
    await db.query(
      `UPDATE connection SET next_run_at = now() - interval '1 second' WHERE id = $1`,
      [connectionId],
    );
    await sut.app.get(SchedulerService).tick();
    await sut.settle();
  }

  async function runsOf(connectionId: string): Promise<RunDto[]> {
    return (await user.get(`/api/connections/${connectionId}/runs`).expect(200)).body;
  }

  async function runDetail(runId: string): Promise<RunDetailDto> {
    return (await user.get(`/api/runs/${runId}`).expect(200)).body;
  }

  it('should give a polled source its suggested interval and a next run', async () => {
    const before = Date.now();

    const connection = await feedToInbox();

    expect(connection.trigger).toEqual({ type: 'interval', minutes: 5 });
    const next = Date.parse(connection.nextRunAt as string);
    expect(next).toBeGreaterThanOrEqual(before + 5 * 60_000 - 1000);
    expect(next).toBeLessThanOrEqual(Date.now() + 5 * 60_000 + 1000);
    expect(connection.polling).toMatchObject({ startFrom: { mode: 'new' }, baselineTaken: false });
  });

  it('should deliver only items that are new since the connection was switched on, polling twice', async () => {
    feed.add('old-1', { title: 'Old one' });
    const connection = await feedToInbox();

    await fireSchedule(connection.id);
    expect(await runsOf(connection.id)).toEqual([]);
    expect(inbox.received).toEqual([]);

    feed.add('new-1', { title: 'Fresh' });
    await fireSchedule(connection.id);
    await fireSchedule(connection.id);

    const runs = await runsOf(connection.id);
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      cause: 'schedule',
      status: 'succeeded',
      itemsCount: 1,
      deliveriesOk: 1,
    });
    expect(inbox.received).toEqual([{ text: '#0 Fresh' }]);
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(feed.polls).toBe(3);
    expect(after.polling).toMatchObject({
      baselineTaken: true,
      emptyPolls: 2,
      cursor: { polls: 3 },
    });
    expect(Date.parse(after.nextRunAt as string)).toBeGreaterThan(Date.now());
  });

  it('should deliver what changed between switching on and the first poll, not only after it', async () => {
    const lastYear = new Date(Date.now() - 365 * 86_400_000).toISOString();
    feed.add('paid-last-year', { title: 'Before' }, lastYear);
    feed.add('undated', { title: 'Undated' });
    const connection = await feedToInbox();
    // Paid a minute after the switch-on (dated to the second, as vendors date changes), while
    // the first poll is still minutes away: it is new, not part of what existed before.
    feed.add(
      'paid-after-switch-on',
      { title: 'After' },
      new Date(Date.now() + 60_000).toISOString(),
    );

    await fireSchedule(connection.id);

    expect(inbox.received).toEqual([{ text: '#0 After' }]);
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(after.polling).toMatchObject({ baselineTaken: true });
  });

  it('should deliver every existing item when told to start from all items', async () => {
    feed.add('a', { title: 'A' });
    feed.add('b', { title: 'B' });
    const connection = await feedToInbox();
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'all' } })
      .expect(200);

    await fireSchedule(connection.id);

    expect(inbox.received).toEqual([{ text: '#0 A' }, { text: '#0 B' }]);
  });

  it('should deliver only items since the chosen date', async () => {
    feed.add('jan', { title: 'January' }, '2026-01-10T10:00:00Z');
    feed.add('mar', { title: 'March' }, '2026-03-10T10:00:00Z');
    const connection = await feedToInbox();
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'since', since: '2026-02-01T00:00:00Z' } })
      .expect(200);

    await fireSchedule(connection.id);
    feed.add('apr', { title: 'April' }, '2026-04-10T10:00:00Z');
    await fireSchedule(connection.id);

    expect(inbox.received).toEqual([{ text: '#0 March' }, { text: '#0 April' }]);
  });

  it('should fire a missed interval once after downtime, not as a burst', async () => {
    const connection = await feedToInbox();
    await db.query(`UPDATE connection SET next_run_at = now() - interval '3 hours' WHERE id = $1`, [
      connection.id,
    ]);

    await sut.app.get(SchedulerService).tick();
    await sut.settle();
    await sut.app.get(SchedulerService).tick();
    await sut.settle();

    const after = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(feed.polls).toBe(1);
    expect(Date.parse(after.nextRunAt as string)).toBeGreaterThan(Date.now() + 4 * 60_000);
  });

  it('should keep the cursor when the connection is edited', async () => {
    const connection = await feedToInbox();
    await fireSchedule(connection.id);

    await user.patch(`/api/connections/${connection.id}`).send({ name: 'Renamed' }).expect(200);
    await user
      .patch(`/api/connections/${connection.id}/steps/${connection.steps[1].id}`)
      .send({ mapping: { text: 'changed {{ title }}' } })
      .expect(200);
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ trigger: { type: 'interval', minutes: 15 } })
      .expect(200);
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;

    expect(after.polling).toMatchObject({ baselineTaken: true, cursor: { polls: 1 } });
  });

  it('should skip a time of day less than 5 minutes ahead until tomorrow', async () => {
    const connection = await feedToInbox();
    const now = new Date();
    const hhmm = (offsetMinutes: number) =>
      new Date(now.getTime() + offsetMinutes * 60_000).toISOString().slice(11, 16);

    const soon = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ trigger: { type: 'schedule', times: [hhmm(3)], timezone: 'UTC' } })
      .expect(200);
    const later = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ trigger: { type: 'schedule', times: [hhmm(10)], timezone: 'UTC' } })
      .expect(200);

    const hoursAhead = (iso: string) => (Date.parse(iso) - now.getTime()) / 3_600_000;
    expect(hoursAhead(soon.body.nextRunAt)).toBeGreaterThan(23.5);
    expect(hoursAhead(later.body.nextRunAt)).toBeLessThan(0.25);
  });

  it('should refuse an invalid schedule with the field and reason', async () => {
    const connection = await feedToInbox();

    const refused = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ trigger: { type: 'schedule', times: ['09:00'], timezone: 'Mars/Olympus' } })
      .expect(400);

    expect(refused.body.details).toEqual([expect.objectContaining({ field: 'trigger.timezone' })]);
  });

  it('should run a connection after another one and record which run caused it', async () => {
    const first = await feedToInbox('First');
    const second = await feedToInbox('Second');
    await user
      .patch(`/api/connections/${second.id}`)
      .send({ trigger: { type: 'after', connectionId: first.id } })
      .expect(200);

    const { body } = await user.post(`/api/connections/${first.id}/run`).expect(202);
    await sut.settle();

    const chained = await runsOf(second.id);
    expect(chained).toEqual([
      expect.objectContaining({ cause: 'chain', causedByRunId: body.runId }),
    ]);
  });

  it('should take and settle a run once when it is claimed and finalized twice in one batch', async () => {
    const first = await feedToInbox('First');
    const second = await feedToInbox('Second');
    await user
      .patch(`/api/connections/${second.id}`)
      .send({ trigger: { type: 'after', connectionId: first.id } })
      .expect(200);
    const [{ workspace_id: workspaceId }]: { workspace_id: string }[] = await db.query(
      `SELECT workspace_id FROM connection WHERE id = $1`,
      [first.id],
    );
    const ledger = sut.app.get(RunLedger);
    const queue = () => ledger.queueManual(workspaceId, first.id, null);
    // The first call goes out alone (and, were more statements of a kind allowed in flight, so
    // would the next ones); the calls made while it runs share the next statement.
    const others = [await queue(), await queue(), await queue(), await queue()];
    const twice = await queue();

    const claims = await Promise.all([
      ...others.map((id) => ledger.claim(id, 60)),
      ledger.claim(twice, 60),
      ledger.claim(twice, 60),
    ]);
    expect(claims.slice(0, 4)).toEqual(
      others.map(() => expect.objectContaining({ connectionId: first.id, cause: 'manual' })),
    );
    expect(claims.slice(4)).toEqual([expect.objectContaining({ cause: 'manual' }), null]);

    const executor = sut.app.get(RunExecutor);
    await Promise.all([
      ...others.map((id) => executor.finalizeRun(id)),
      executor.finalizeRun(twice),
      executor.finalizeRun(twice, undefined, { endLease: true }),
    ]);
    await sut.settle();

    const chained = await runsOf(second.id);
    expect(chained.map((run) => run.causedByRunId).sort()).toEqual([...others, twice].sort());
    const [settled]: { status: string; lease_until: Date | null }[] = await db.query(
      `SELECT status, lease_until FROM run WHERE id = $1`,
      [twice],
    );
    expect(settled).toEqual({ status: 'succeeded', lease_until: null });
  });

  it('should not chain when only successful runs count and the first run failed', async () => {
    const first = await feedToInbox('First');
    const second = await feedToInbox('Second');
    await user
      .patch(`/api/connections/${second.id}`)
      .send({ trigger: { type: 'after', connectionId: first.id, onlyOnSuccess: true } })
      .expect(200);
    feed.failWith = 'Feed is down';

    await user.post(`/api/connections/${first.id}/run`).expect(202);
    await sut.settle();

    expect((await runsOf(first.id))[0]).toMatchObject({
      status: 'failed',
      error: 'Reading the source failed: Feed is down',
    });
    expect(await runsOf(second.id)).toEqual([]);
  });

  it('should refuse a chain that loops, naming the loop', async () => {
    const a = await feedToInbox('Alpha');
    const b = await feedToInbox('Beta');
    const c = await feedToInbox('Gamma');
    await user
      .patch(`/api/connections/${b.id}`)
      .send({ trigger: { type: 'after', connectionId: a.id } })
      .expect(200);
    await user
      .patch(`/api/connections/${c.id}`)
      .send({ trigger: { type: 'after', connectionId: b.id } })
      .expect(200);

    const refused = await user
      .patch(`/api/connections/${a.id}`)
      .send({ trigger: { type: 'after', connectionId: c.id } })
      .expect(409);

    expect(refused.body.code).toBe('CHAIN_LOOP');
    expect(refused.body.message).toContain('"Alpha"');
    expect(refused.body.message).toContain('"Gamma"');
    expect(refused.body.message).toContain('"Beta"');
  });

  it('should retry the failed deliveries of a run and skip the receivers that succeeded', async () => {
    const connection = await feedToInbox('Two receivers', 2);
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'all' } })
      .expect(200);
    feed.add('x', { title: 'X' });
    inbox.fault = 'permanent';
    await fireSchedule(connection.id);
    const [failedRun] = await runsOf(connection.id);
    expect(failedRun).toMatchObject({ status: 'failed', deliveriesFailed: 2 });

    inbox.fault = 'none';
    const retried = await user.post(`/api/runs/${failedRun.id}/retry`).expect(200);
    const again = await user.post(`/api/runs/${failedRun.id}/retry`).expect(200);

    expect(retried.body.retried).toBe(2);
    expect(again.body.retried).toBe(0);
    expect(inbox.received).toEqual([{ text: '#0 X' }, { text: '#1 X' }]);
    expect(await runDetail(failedRun.id)).toMatchObject({
      status: 'succeeded',
      deliveriesOk: 2,
      deliveriesFailed: 0,
    });
  });

  it('should schedule a transient failure for a later attempt and keep the run open', async () => {
    const connection = await feedToInbox();
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'all' } })
      .expect(200);
    feed.add('t', { title: 'T' });
    inbox.fault = 'transient';

    await fireSchedule(connection.id);

    const [run] = await runsOf(connection.id);
    const detail = await runDetail(run.id);
    const delivery = detail.items[0].deliveries[0];
    expect(run.status).toBe('running');
    expect(delivery).toMatchObject({
      status: 'retrying',
      attempts: 1,
      error: 'Inbox is busy (503)',
    });
    expect(Date.parse(delivery.nextAttemptAt as string)).toBeGreaterThan(Date.now());
  });

  /** A delivery whose process died mid-call: `sending`, its lease long gone. */
  async function abandonedDelivery(attempts: number): Promise<{ runId: string; id: string }> {
    const connection = await feedToInbox();
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ startFrom: { mode: 'all' } })
      .expect(200);
    feed.add('c', { title: 'C' });
    inbox.fault = 'transient';
    await fireSchedule(connection.id);
    inbox.fault = 'none';
    const [run] = await runsOf(connection.id);
    const [{ id }] = (await runDetail(run.id)).items[0].deliveries;
    await db.query(
      `UPDATE delivery SET status = 'sending', attempts = $2,
              updated_at = now() - interval '1 hour' WHERE id = $1`,
      [id, attempts],
    );
    return { runId: run.id, id };
  }

  async function sweep(): Promise<void> {
    const watchdog = sut.app.get(RunWatchdog);
    // A sweep already in flight (its interval's) may have read the deliveries before the test
    // changed them, and sweep() joins it: wait it out, then sweep once more.
    await watchdog.sweep();
    await watchdog.sweep();
    await sut.settle();
  }

  it('should send an attempt that never finished again, counting it, while attempts remain', async () => {
    const { runId } = await abandonedDelivery(1);

    await sweep();

    const detail = await runDetail(runId);
    expect(detail.items[0].deliveries[0]).toMatchObject({ status: 'delivered', attempts: 2 });
    expect(detail.status).toBe('succeeded');
    expect(inbox.received).toHaveLength(1);
  });

  it('should fail a delivery whose last allowed attempt never finished instead of sending it again', async () => {
    const max = sut.app.get(DeliverySender).retryPolicy.maxAttempts;
    const { runId } = await abandonedDelivery(max);

    await sweep();

    const detail = await runDetail(runId);
    expect(detail.items[0].deliveries[0]).toMatchObject({
      status: 'failed',
      attempts: max,
      error: 'Stopped: the attempt never finished',
    });
    expect(detail.status).toBe('failed');
    expect(inbox.received).toEqual([]);
  });

  it('should switch a connection off after too many failed runs in a row and say why', async () => {
    const connection = await feedToInbox();
    const settlement = sut.app.get(RunSettlement);
    settlement.autoDisableAfter = 3;
    feed.failWith = 'Feed is down';
    try {
      for (let i = 0; i < 3; i++) {
        await user.post(`/api/connections/${connection.id}/run`).expect(202);
        await sut.settle();
      }
    } finally {
      settlement.autoDisableAfter = 10;
    }

    const off = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(off).toMatchObject({ enabled: false, nextRunAt: null, consecutiveFailures: 3 });
    expect(off.disabledReason).toMatch(/3 failed runs in a row/);

    const on = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ enabled: true })
      .expect(200);
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, consecutiveFailures: 0 });
  });

  it("should end a failure streak on success, and leave the connection's row alone without one", async () => {
    const connection = await feedToInbox();
    const row = async () =>
      (
        (await db.query(
          `SELECT xmin::text AS version, workspace_id, consecutive_failures FROM connection WHERE id = $1`,
          [connection.id],
        )) as { version: string; workspace_id: string; consecutive_failures: number }[]
      )[0];
    feed.failWith = 'Feed is down';
    await user.post(`/api/connections/${connection.id}/run`).expect(202);
    await sut.settle();
    expect((await row()).consecutive_failures).toBe(1);

    feed.failWith = null;
    feed.items = [{ key: 'a', payload: { title: 'A' } }];
    await user.post(`/api/connections/${connection.id}/run`).expect(202);
    await sut.settle();
    const afterReset = await row();
    expect(afterReset.consecutive_failures).toBe(0);

    // Another success: a busy connection's runs must not queue on its row's lock, so with no
    // streak to end nothing is written.
    const [run] = await runsOf(connection.id);
    await sut.app.get(RunSettlement).settle({
      id: run.id,
      connectionId: connection.id,
      workspaceId: afterReset.workspace_id,
      status: 'succeeded',
    });
    expect(await row()).toEqual(afterReset);
  });

  it('should claim every connection of a herd due at once before dispatching any of their runs', async () => {
    const template = await feedToInbox('Herd template');
    const herd = 1_001; // more than one claim statement's worth
    await db.query(
      `INSERT INTO connection (workspace_id, name, enabled, trigger, next_run_at, hook_token)
       SELECT workspace_id, 'herd-' || g, true, '{"type":"interval","minutes":5}',
              now() - interval '1 second', 'herd-' || g || '-' || md5(random()::text)
         FROM connection, generate_series(1, $2) AS g WHERE id = $1`,
      [template.id, herd],
    );
    const queuedRuns = async () =>
      (
        (await db.query(
          `SELECT count(*)::int AS runs FROM run r JOIN connection c ON c.id = r.connection_id
            WHERE c.name LIKE 'herd-%' AND r.cause = 'schedule'`,
        )) as { runs: number }[]
      )[0].runs;
    const dispatch = sut.app.get<RunDispatch>(RUN_DISPATCH);
    let runsAtFirstDispatch: Promise<number> | undefined;
    // Held back here, so the herd's runs are counted, not executed.
    const dispatched = jest.spyOn(dispatch, 'dispatchRun').mockImplementation(async () => {
      runsAtFirstDispatch ??= queuedRuns();
    });
    try {
      await sut.app.get(SchedulerService).tick();

      expect(dispatched).toHaveBeenCalledTimes(herd);
      expect(await runsAtFirstDispatch).toBe(herd);
    } finally {
      dispatched.mockRestore();
      await db.query(`DELETE FROM connection WHERE name LIKE 'herd-%'`);
    }
  });

  it('should fire each due connection once when three processes tick together', async () => {
    const connections = await Promise.all(
      Array.from({ length: 20 }, (_, i) => feedToInbox(`C${i}`)),
    );
    const others = await Promise.all([
      startTestApp({ databaseUrl: sut.databaseUrl, connectors: testConnectors(feed, inbox) }),
      startTestApp({ databaseUrl: sut.databaseUrl, connectors: testConnectors(feed, inbox) }),
    ]);
    try {
      const ids = connections.map((c) => c.id);
      await db.query(
        `UPDATE connection SET next_run_at = now() - interval '1 second' WHERE id = ANY($1)`,
        [ids],
      );
      const schedulers = [sut, ...others].map((app) => app.app.get(SchedulerService));

      const queued = await Promise.all(schedulers.map((s) => s.tick()));
      await Promise.all([sut, ...others].map((app) => app.settle()));

      const counts: { connection_id: string; runs: number }[] = await db.query(
        `SELECT c.id AS connection_id, count(r.id)::int AS runs
           FROM connection c LEFT JOIN run r ON r.connection_id = c.id AND r.cause = 'schedule'
          WHERE c.id = ANY($1) GROUP BY c.id`,
        [ids],
      );
      // The processes' own 1 s ticks may claim some first (a loaded machine); together they claim
      // each connection exactly once, which the poll count below proves.
      expect(queued.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
      // First polls of "only new items" runs are empty and removed; the poll count proves each fired once.
      expect(counts.every((c) => c.runs === 0)).toBe(true);
      expect(feed.polls).toBe(20);
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });
});
