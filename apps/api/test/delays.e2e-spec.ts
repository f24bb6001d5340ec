import { SmtpSandbox } from '@fluxo/sandboxes';
import type { ConnectionDto, Delay, RunDetailDto, RunDto, SendQueueDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { spyOnPoolQueries } from './support/pool-queries';

type Agent = ReturnType<typeof request.agent>;

describe('Delays: a receiver sends later (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let user: Agent;
  let connection: ConnectionDto;
  let receiverId: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  beforeEach(async () => {
    smtp.clear();
    user = await sut.signUp();
    const account = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'email',
        name: 'Sandbox SMTP',
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      })
      .expect(201);
    connection = (await user.post('/api/connections').send({ name: 'Reminders' }).expect(201)).body;
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    receiverId = (
      await user
        .post(`/api/connections/${connection.id}/receivers`)
        .send({
          connectorKey: 'email',
          actionKey: 'send-email',
          accountId: account.body.id,
          mapping: { to: '{{ email }}', subject: 'Reminder {{ id }}', text: 'Pay soon' },
        })
        .expect(201)
    ).body.id;
    await switchOn(user, connection.id);
    connection = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
  });

  const stepUrl = () => `/api/connections/${connection.id}/steps/${receiverId}`;

  async function latestRun(): Promise<RunDetailDto> {
    await sut.settle();
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    return (await user.get(`/api/runs/${runs[0].id}`).expect(200)).body;
  }

  /**
   * Two hours pass: the items arrived that much earlier and the waiting sends fell due (each
   * send time is worked out again when it is sent, so a delay edited meanwhile applies).
   */
  async function twoHoursPass(): Promise<void> {
    const db = sut.app.get(DataSource);
    await db.query(`UPDATE source_item SET received_at = received_at - interval '2 hours'`);
    await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'scheduled'`);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();
  }

  it('should keep a delayed send waiting, with its time, and send it when the time comes', async () => {
    const delay: Delay = { type: 'after', wait: { amount: 1, unit: 'hours' } };
    expect((await user.patch(stepUrl()).send({ delay }).expect(200)).body.delay).toEqual(delay);

    const before = Date.now();
    await sut.http
      .post(connection.hookPath as string)
      .send({ id: 'A1', email: 'ana@example.com' })
      .expect(200);
    const waiting = await latestRun();

    expect(smtp.messages()).toHaveLength(0);
    expect(waiting.status).toBe('running');
    const delivery = waiting.items[0].deliveries[0];
    expect(delivery).toMatchObject({ status: 'scheduled', attempts: 0 });
    const due = Date.parse(delivery.nextAttemptAt as string);
    expect(due).toBeGreaterThanOrEqual(before + 3_600_000 - 2_000);
    expect(due).toBeLessThanOrEqual(Date.now() + 3_600_000 + 2_000);

    await twoHoursPass();
    const sent = await latestRun();

    expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder A1']);
    expect(sent).toMatchObject({ status: 'succeeded', deliveriesOk: 1 });
    // Sent when it was asked to (the sweep comes a little after): not "the time had passed".
    expect(sent.items[0].deliveries[0]).toMatchObject({
      status: 'delivered',
      attempts: 1,
      askedFor: null,
    });
  });

  /**
   * BURST items arrive together at a receiver with this delay: which statements putting their
   * sends off took, and how the sends wait (status, attempts, count, and how many wait exactly
   * the hour after their item arrived). The sends are removed after: the sweeps of later tests
   * make every waiting send due, and these must not go with them.
   */
  async function burstWaitingFor(delay: Delay) {
    const BURST = 30;
    await user.patch(stepUrl()).send({ delay }).expect(200);
    const db = sut.app.get(DataSource);
    const query = spyOnPoolQueries(db);
    try {
      await Promise.all(
        Array.from({ length: BURST }, (_, n) =>
          sut.http
            .post(connection.hookPath as string)
            .send({ id: `B${n}`, email: `b${n}@example.com` })
            .expect(200),
        ),
      );
      await sut.settle();
      const calls = (query.mock.calls as unknown[][]).map((call) => JSON.stringify(call));
      const waiting: { status: string; attempts: number; n: string; in_an_hour: string }[] =
        await db.query(
          `SELECT d.status, d.attempts, count(*) AS n,
                  count(*) FILTER (WHERE d.next_attempt_at = i.received_at + interval '1 hour') AS in_an_hour
             FROM delivery d JOIN source_item i ON i.id = d.item_id
            WHERE d.step_id = $1 GROUP BY d.status, d.attempts`,
          [receiverId],
        );
      return {
        burst: BURST,
        putOff: calls.filter((call) => call.includes('fluxo_schedule_sends')).length,
        claims: calls.filter((call) => call.includes('fluxo_claim_deliveries')).length,
        waiting,
      };
    } finally {
      query.mockRestore();
      await db.query(`DELETE FROM delivery WHERE step_id = $1 AND status = 'scheduled'`, [
        receiverId,
      ]);
    }
  }

  it("should plan a send that waits a fixed time straight into the queue, at its item's time plus the wait", async () => {
    const { burst, putOff, claims, waiting } = await burstWaitingFor({
      type: 'after',
      wait: { amount: 1, unit: 'hours' },
      timeZone: 'Europe/Kyiv',
    });

    expect(waiting).toEqual([
      { status: 'scheduled', attempts: 0, n: String(burst), in_an_hour: String(burst) },
    ]);
    // Planned waiting: never claimed for sending, so never put off either.
    expect(putOff).toBe(0);
    expect(claims).toBe(0);
    expect(smtp.messages()).toHaveLength(0);
  });

  it("should not plan a fixed wait into the queue for an item the connection's conditions turn away", async () => {
    await user
      .patch(stepUrl())
      .send({ delay: { type: 'after', wait: { amount: 1, unit: 'hours' } } });
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({
        conditions: {
          groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'abandoned' }] }],
        },
      })
      .expect(200);

    await sut.http
      .post(connection.hookPath as string)
      .send({ id: 'S1', email: 'sal@example.com', status: 'paid' })
      .expect(200);
    const run = await latestRun();

    expect(run.items[0].deliveries[0]).toMatchObject({ status: 'skipped', nextAttemptAt: null });
    await user.patch(`/api/connections/${connection.id}`).send({ conditions: null }).expect(200);
  });

  it('should put off sends whose time is worked out per item in shared statements, each with its own time', async () => {
    // Calendar days in a zone with clock changes are worked out by the engine, item by item.
    const { burst, putOff, waiting } = await burstWaitingFor({
      type: 'after',
      wait: { amount: 1, unit: 'days' },
      timeZone: 'America/New_York',
    });

    expect(waiting).toEqual([
      { status: 'scheduled', attempts: 0, n: String(burst), in_an_hour: '0' },
    ]);
    expect(putOff).toBeGreaterThan(0);
    expect(putOff).toBeLessThan(burst);
    expect(smtp.messages()).toHaveLength(0);
  });

  it('should send at a date read from the item, and fail the send whose date cannot be read', async () => {
    const delay: Delay = {
      type: 'at',
      variable: 'due_date',
      offset: { amount: -1, unit: 'days' },
      timeOfDay: '09:00',
      timeZone: 'America/Sao_Paulo',
    };
    await user.patch(stepUrl()).send({ delay }).expect(200);
    const dueDate = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);

    await sut.http
      .post(connection.hookPath as string)
      .send({ id: 'B2', email: 'bo@example.com', due_date: dueDate })
      .expect(200);
    const waiting = await latestRun();
    await sut.http
      .post(connection.hookPath as string)
      .send({ id: 'C3', email: 'cy@example.com', due_date: 'soon' })
      .expect(200);
    const unreadable = await latestRun();

    const [y, m, d] = dueDate.split('-').map(Number);
    // The day before, at 09:00 in São Paulo (UTC−3): 12:00Z.
    expect(waiting.items[0].deliveries[0].nextAttemptAt).toBe(
      new Date(Date.UTC(y, m - 1, d - 1, 12)).toISOString(),
    );
    expect(unreadable.items[0].deliveries[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('"soon" in "due_date" is not a date Fluxo can read'),
    });
    expect(smtp.messages()).toHaveLength(0);
  });

  it('should send at once when the date asked for has passed', async () => {
    await user
      .patch(stepUrl())
      .send({ delay: { type: 'at', variable: 'due_date' } })
      .expect(200);

    await sut.http
      .post(connection.hookPath as string)
      .send({ id: 'D4', email: 'di@example.com', due_date: '2020-01-01' })
      .expect(200);

    expect((await latestRun()).items[0].deliveries[0]).toMatchObject({
      status: 'delivered',
      // Said in run details: the date had passed (read in UTC, the delay names no zone).
      askedFor: '2020-01-01T00:00:00.000Z',
    });
  });

  it('should refuse delays over 365 days or in an unknown time zone, and a delay on the source', async () => {
    const tooLong = await user
      .patch(stepUrl())
      .send({ delay: { type: 'after', wait: { amount: 366, unit: 'days' } } })
      .expect(400);
    expect(JSON.stringify(tooLong.body)).toContain('A delay can be at most 365 days');
    // A wait in minutes or hours is planned without reading its zone: a wrong one is refused here.
    const unknownZone = await user
      .patch(stepUrl())
      .send({
        delay: { type: 'after', wait: { amount: 1, unit: 'hours' }, timeZone: 'Mars/Olympus_Mons' },
      })
      .expect(400);
    expect(JSON.stringify(unknownZone.body)).toContain('Unknown time zone');

    const source = connection.steps.find((s) => s.role === 'source') as { id: string };
    await user
      .patch(`/api/connections/${connection.id}/steps/${source.id}`)
      .send({ delay: { type: 'after', wait: { amount: 1, unit: 'hours' } } })
      .expect(400);
    // Back to "at once".
    expect((await user.patch(stepUrl()).send({ delay: null }).expect(200)).body.delay).toBeNull();
  });

  describe('the send queue', () => {
    async function queueTwo(): Promise<SendQueueDto> {
      await user
        .patch(stepUrl())
        .send({ delay: { type: 'after', wait: { amount: 2, unit: 'days' } } })
        .expect(200);
      for (const id of ['Q1', 'Q2']) {
        await sut.http
          .post(connection.hookPath as string)
          .send({ id, email: `${id.toLowerCase()}@example.com` })
          .expect(200);
      }
      await sut.settle();
      return (await user.get('/api/send-queue').expect(200)).body;
    }

    /** Three days pass for this connection's items: its 2-day sends fall due (and the sweep runs). */
    async function threeDaysPass(): Promise<void> {
      const db = sut.app.get(DataSource);
      await db.query(
        `UPDATE source_item SET received_at = received_at - interval '3 days' WHERE connection_id = $1`,
        [connection.id],
      );
      await db.query(
        `UPDATE delivery d SET next_attempt_at = now() FROM step s
          WHERE s.id = d.step_id AND s.connection_id = $1 AND d.status = 'scheduled'`,
        [connection.id],
      );
      await sut.app.get(RunWatchdog).sweep();
      await sut.settle();
    }

    it('should list what waits, when, to whom and by which receiver, and find it by search', async () => {
      const queue = await queueTwo();

      expect(queue.waiting).toBe(2);
      expect(queue.sends[0]).toMatchObject({
        connectionId: connection.id,
        connectionName: 'Reminders',
        stepId: receiverId,
        connectorKey: 'email',
        // The receiver's "To", filled from the item.
        to: 'q1@example.com',
        item: 'id: Q1 · email: q1@example.com',
      });
      expect(Date.parse(queue.sends[0].sendAt)).toBeGreaterThan(Date.now() + 47 * 3_600_000);
      const found = (await user.get('/api/send-queue?search=q2@example').expect(200)).body;
      expect(found.sends.map((s: { item: string }) => s.item)).toEqual([
        'id: Q2 · email: q2@example.com',
      ]);
      const other = await sut.signUp();
      expect((await other.get('/api/send-queue').expect(200)).body).toEqual({
        waiting: 0,
        counts: { later: 0, due: 0, paused: 0, cancelledToday: 0 },
        sends: [],
      });
      expect(queue.counts).toEqual({ later: 2, due: 0, paused: 0, cancelledToday: 0 });
    });

    it('should send one now, whatever its delay, and cancel the other for good', async () => {
      const [first, second] = (await queueTwo()).sends;

      await user.post(`/api/send-queue/${first.deliveryId}/send-now`).expect(204);
      await user.post(`/api/send-queue/${second.deliveryId}/cancel`).expect(204);
      const again = await user.post(`/api/send-queue/${second.deliveryId}/send-now`).expect(409);
      await twoHoursPass();

      expect(again.body.message).toBe('This send is no longer waiting: it is cancelled now');
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder Q1']);
      expect((await user.get('/api/send-queue').expect(200)).body.waiting).toBe(0);
      const cancelledRun = await latestRun();
      expect(cancelledRun.status).toBe('succeeded');
      expect(cancelledRun.items[0].deliveries[0]).toMatchObject({ status: 'cancelled' });
      await user.post(`/api/send-queue/${first.deliveryId}/cancel`).expect(409);
    });

    it('should hold the waiting sends of a switched-off connection, and send them once it is on', async () => {
      await queueTwo();
      await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);
      await threeDaysPass();

      expect(smtp.messages()).toEqual([]);
      const paused: SendQueueDto = (await user.get('/api/send-queue').expect(200)).body;
      expect(paused.sends.map((s) => s.paused)).toEqual([true, true]);
      expect(paused.counts).toEqual({ later: 0, due: 0, paused: 2, cancelledToday: 0 });

      // "Send now" is the user's explicit choice: it goes even while the connection is off.
      const q1 = paused.sends.find((send) => send.item.includes('Q1'));
      await user.post(`/api/send-queue/${q1?.deliveryId}/send-now`).expect(204);
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder Q1']);

      await user.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
      await threeDaysPass();
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder Q1', 'Reminder Q2']);
      expect((await user.get('/api/send-queue').expect(200)).body.waiting).toBe(0);
    });

    it('should undo a cancel: the send waits again and goes at its time; a happy-path cancel stays', async () => {
      const [first, second] = (await queueTwo()).sends;
      await user.post(`/api/send-queue/${second.deliveryId}/cancel`).expect(204);
      const afterCancel: SendQueueDto = (await user.get('/api/send-queue').expect(200)).body;
      expect(afterCancel.counts).toMatchObject({ later: 1, cancelledToday: 1 });
      expect((await latestRun()).status).toBe('succeeded');

      await user.post(`/api/send-queue/${second.deliveryId}/restore`).expect(204);
      const again = await user.post(`/api/send-queue/${second.deliveryId}/restore`).expect(409);
      expect(again.body.message).toBe(
        'Only a cancelled send can be put back: this one is scheduled',
      );
      const restored: SendQueueDto = (await user.get('/api/send-queue').expect(200)).body;
      expect(restored.sends.map((s) => [s.deliveryId, s.sendAt])).toEqual([
        [first.deliveryId, first.sendAt],
        [second.deliveryId, second.sendAt],
      ]);
      expect((await latestRun()).status).toBe('running');

      // A send cancelled by a later item (the happy path) is not put back.
      await sut.app
        .get(DataSource)
        .query(
          `UPDATE delivery SET status = 'cancelled', cancelled_at = now(), cancelled_by_item_id = item_id WHERE id = $1`,
          [first.deliveryId],
        );
      const happy = await user.post(`/api/send-queue/${first.deliveryId}/restore`).expect(409);
      expect(happy.body.message).toMatch(/cancelled by a later item/);

      // The put-back send falls due and goes.
      await threeDaysPass();
      expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder Q2']);
      expect((await latestRun()).status).toBe('succeeded');
    });

    it('should let cancel and the send race for a due send, and never both win', async () => {
      for (let round = 0; round < 20; round++) {
        smtp.clear();
        const [send] = (await queueTwo()).sends;
        await sut.app
          .get(DataSource)
          .query(`UPDATE delivery SET next_attempt_at = now(), send_now = true WHERE id = $1`, [
            send.deliveryId,
          ]);

        const [cancel] = await Promise.all([
          user.post(`/api/send-queue/${send.deliveryId}/cancel`),
          sut.app.get(RunWatchdog).sweep(),
        ]);
        await sut.settle();

        const [row]: { status: string }[] = await sut.app
          .get(DataSource)
          .query(`SELECT status FROM delivery WHERE id = $1`, [send.deliveryId]);
        const sent = smtp.messages().length;
        if (cancel.status === 204) {
          expect(row.status).toBe('cancelled');
          expect(sent).toBe(0);
        } else {
          expect(cancel.status).toBe(409);
          expect(row.status).toBe('delivered');
          expect(sent).toBe(1);
        }
        await sut.app.get(DataSource).query(`DELETE FROM delivery WHERE status = 'scheduled'`);
      }
    });
  });
});
