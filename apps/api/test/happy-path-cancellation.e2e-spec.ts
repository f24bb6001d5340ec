import { randomUUID } from 'node:crypto';
import { SchedulerRegistry } from '@nestjs/schedule';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type {
  CancelWhen,
  ConnectionDto,
  DeliveryDto,
  RunDetailDto,
  RunDto,
} from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { DeliveryLedger } from '../src/modules/runs/delivery.ledger';
import { RUN_DISPATCH, type RunDispatch } from '../src/modules/runs/run-dispatch.types';
import { RunExecutor } from '../src/modules/runs/run-executor.service';
import { RunLedger } from '../src/modules/runs/run.ledger';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe('Happy-path cancellation: a later item cancels a waiting send (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let user: Agent;
  let accountId: string;
  let reminders: ConnectionDto;
  let receiverId: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  async function formConnection(name: string): Promise<ConnectionDto> {
    const created: ConnectionDto = (await user.post('/api/connections').send({ name }).expect(201))
      .body;
    await user
      .put(`/api/connections/${created.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    return (await user.get(`/api/connections/${created.id}`).expect(200)).body;
  }

  beforeEach(async () => {
    smtp.clear();
    user = await sut.signUp();
    accountId = (
      await user
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
        .expect(201)
    ).body.id;
    reminders = await formConnection('Abandoned carts');
    receiverId = (
      await user
        .post(`/api/connections/${reminders.id}/receivers`)
        .send({
          connectorKey: 'email',
          actionKey: 'send-email',
          accountId,
          mapping: { to: '{{ email }}', subject: 'Your cart {{ id }}', text: 'Come back' },
          // Only abandoned checkouts wait for an e-mail; approved sales only cancel.
          conditions: {
            groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'abandoned' }] }],
          },
          delay: { type: 'after', wait: { amount: 1, unit: 'hours' } },
        })
        .expect(201)
    ).body.id;
    await switchOn(user, reminders.id);
  });

  const stepUrl = () => `/api/connections/${reminders.id}/steps/${receiverId}`;

  async function post(connection: ConnectionDto, body: Record<string, unknown>): Promise<void> {
    await sut.http
      .post(connection.hookPath as string)
      .send(body)
      .expect(200);
    await sut.settle();
  }

  /** The receiver's delivery of each item of the connection, by the item's `id`. */
  async function deliveriesOf(connection: ConnectionDto): Promise<Map<string, DeliveryDto>> {
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    const found = new Map<string, DeliveryDto>();
    for (const run of runs) {
      const detail: RunDetailDto = (await user.get(`/api/runs/${run.id}`).expect(200)).body;
      for (const item of detail.items) {
        const delivery = item.deliveries.find((d) => d.stepId === receiverId);
        if (delivery) found.set(String(item.payload.id), delivery);
      }
    }
    return found;
  }

  async function itemIdOf(connection: ConnectionDto, id: string): Promise<string> {
    const [row]: { id: string }[] = await sut.app
      .get(DataSource)
      .query(`SELECT id FROM source_item WHERE connection_id = $1 AND payload->>'id' = $2`, [
        connection.id,
        id,
      ]);
    return row.id;
  }

  async function twoHoursPass(): Promise<void> {
    const db = sut.app.get(DataSource);
    await db.query(`UPDATE source_item SET received_at = received_at - interval '2 hours'`);
    await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'scheduled'`);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();
  }

  it('should cancel the abandoned-cart e-mail when the same customer buys, and only then', async () => {
    const cancelWhen: CancelWhen = {
      key: '{{ email }}',
      connectionIds: [reminders.id],
      onlyIf: { variable: 'status', values: ['approved'] },
    };
    expect((await user.patch(stepUrl()).send({ cancelWhen }).expect(200)).body.cancelWhen).toEqual(
      cancelWhen,
    );

    await post(reminders, { id: 'cart-ana', status: 'abandoned', email: 'ana@example.com' });
    await post(reminders, { id: 'cart-bo', status: 'abandoned', email: 'bo@example.com' });
    // Bo's payment is still pending: only an approved sale cancels.
    await post(reminders, { id: 'pending-bo', status: 'pending', email: 'bo@example.com' });
    const before = Date.now();
    // Ana buys; the address is typed in another case.
    await post(reminders, { id: 'sale-ana', status: 'approved', email: ' ANA@example.com' });

    const waiting = await deliveriesOf(reminders);
    expect(waiting.get('cart-ana')).toMatchObject({
      status: 'cancelled',
      error: 'Cancelled while waiting: a later item with the same key arrived',
      cancelledBy: {
        itemId: await itemIdOf(reminders, 'sale-ana'),
        connectionId: reminders.id,
        connectionName: 'Abandoned carts',
      },
    });
    expect(Date.parse(waiting.get('cart-ana')?.cancelledAt as string)).toBeGreaterThanOrEqual(
      before - 1000,
    );
    expect(waiting.get('cart-bo')).toMatchObject({ status: 'scheduled', cancelledBy: null });
    // The sale itself is no abandoned cart: skipped, not waiting.
    expect(waiting.get('sale-ana')?.status).toBe('skipped');
    expect((await user.get('/api/send-queue').expect(200)).body.waiting).toBe(1);

    await twoHoursPass();

    expect(smtp.messages().flatMap((m) => m.to)).toEqual(['bo@example.com']);
    const after = await deliveriesOf(reminders);
    expect(after.get('cart-ana')?.status).toBe('cancelled');
    expect(after.get('cart-bo')?.status).toBe('delivered');
  });

  it('should cancel a send whose item came first but was still being planned when the sale came', async () => {
    await user
      .patch(stepUrl())
      .send({
        cancelWhen: {
          key: '{{ email }}',
          connectionIds: [reminders.id],
          onlyIf: { variable: 'status', values: ['approved'] },
        },
      })
      .expect(200);
    // The cart's call is stored, but its run waits (a busy process): nothing of it is planned.
    const dispatch = sut.app.get<RunDispatch>(RUN_DISPATCH);
    const held = jest.spyOn(dispatch, 'dispatchRun').mockImplementation(async () => undefined);
    await post(reminders, { id: 'cart-cy', status: 'abandoned', email: 'cy@example.com' });
    held.mockRestore();
    const [cart]: { run_id: string }[] = await sut.app
      .get(DataSource)
      .query(`SELECT run_id FROM source_item WHERE payload->>'id' = 'cart-cy'`);

    // The sale comes and is run first: there is no waiting send to cancel yet.
    await post(reminders, { id: 'sale-cy', status: 'approved', email: 'cy@example.com' });
    expect((await deliveriesOf(reminders)).get('cart-cy')).toBeUndefined();
    // Then the cart's run goes: its send starts to wait, finds the sale's mark, and is cancelled.
    await sut.app.get(RunLedger).release([cart.run_id]);
    await sut.app.get(RunExecutor).execute(cart.run_id);
    await sut.settle();

    expect((await deliveriesOf(reminders)).get('cart-cy')).toMatchObject({
      status: 'cancelled',
      cancelledBy: { itemId: await itemIdOf(reminders, 'sale-cy'), connectionId: reminders.id },
    });
    await twoHoursPass();
    expect(smtp.messages()).toEqual([]);
  });

  it('should take cancelling items from the chosen connections only, and only later ones', async () => {
    const payments = await formConnection('Boleto payments');
    // A connection takes calls once it is set up and on: here it thanks the payer.
    await user
      .post(`/api/connections/${payments.id}/receivers`)
      .send({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId,
        mapping: { to: 'office@example.com', subject: 'Paid {{ transaction_id }}', text: 'Paid' },
      })
      .expect(201);
    await switchOn(user, payments.id);
    await user
      .patch(stepUrl())
      .send({ cancelWhen: { key: '{{ transaction_id }}', connectionIds: [payments.id] } })
      .expect(200);

    // Paid before the reminder was even asked for: that payment does not cancel it.
    await post(payments, { id: 'pay-early', transaction_id: 'T-EARLY' });
    await post(reminders, {
      id: 'r-early',
      status: 'abandoned',
      email: 'cy@example.com',
      transaction_id: 'T-EARLY',
    });
    await post(reminders, {
      id: 'r-1',
      status: 'abandoned',
      email: 'di@example.com',
      transaction_id: 'T-1',
    });
    // Its own connection is not listed: an item there with the same key cancels nothing.
    await post(reminders, { id: 'r-1-again', status: 'approved', transaction_id: 'T-1' });
    expect((await deliveriesOf(reminders)).get('r-1')?.status).toBe('scheduled');

    await post(payments, { id: 'pay-1', transaction_id: 't-1' });

    const deliveries = await deliveriesOf(reminders);
    expect(deliveries.get('r-1')).toMatchObject({
      status: 'cancelled',
      cancelledBy: {
        itemId: await itemIdOf(payments, 'pay-1'),
        connectionId: payments.id,
        connectionName: 'Boleto payments',
      },
    });
    expect(deliveries.get('r-early')?.status).toBe('scheduled');
    const runs: RunDto[] = (await user.get(`/api/connections/${reminders.id}/runs`).expect(200))
      .body;
    const cancelledRun = runs.find((run) => run.itemsCount === 1 && run.status === 'succeeded');
    expect(cancelledRun).toBeDefined();
  });

  it('should refuse a key without a variable, a connection of another workspace, and cancelling on the source', async () => {
    const noVariable = await user
      .patch(stepUrl())
      .send({ cancelWhen: { key: 'always', connectionIds: [reminders.id] } })
      .expect(400);
    expect(JSON.stringify(noVariable.body)).toContain('The key must use a variable');

    const stranger = await sut.signUp();
    const theirs: ConnectionDto = (
      await stranger.post('/api/connections').send({ name: 'Theirs' }).expect(201)
    ).body;
    const foreign = await user
      .patch(stepUrl())
      .send({ cancelWhen: { key: '{{ email }}', connectionIds: [theirs.id] } })
      .expect(400);
    expect(foreign.body.code).toBe('UNKNOWN_CANCELLING_CONNECTION');

    const source = (await user.get(`/api/connections/${reminders.id}`).expect(200)).body.steps.find(
      (s: { role: string }) => s.role === 'source',
    );
    await user
      .patch(`/api/connections/${reminders.id}/steps/${source.id}`)
      .send({ cancelWhen: { key: '{{ email }}', connectionIds: [reminders.id] } })
      .expect(400);
    expect(
      (await user.patch(stepUrl()).send({ cancelWhen: null }).expect(200)).body.cancelWhen,
    ).toBeNull();
  });

  it('should let a cancel and the send race for a due send 1,000 times, and never both win', async () => {
    const db = sut.app.get(DataSource);
    const ledger = sut.app.get(DeliveryLedger);
    const rounds = 1000;
    // The two racers are the claim and the cancel; the sweep would take due sends as a third.
    sut.app.get(SchedulerRegistry).deleteInterval('delivery-retries');
    await sut.app.get(RunWatchdog).whenIdle();
    const [{ workspace_id: workspaceId }]: { workspace_id: string }[] = await db.query(
      `SELECT workspace_id FROM connection WHERE id = $1`,
      [reminders.id],
    );
    const [{ id: runId }]: { id: string }[] = await db.query(
      `INSERT INTO run (workspace_id, connection_id, cause, status, started_at)
       VALUES ($1, $2, 'manual', 'running', now()) RETURNING id`,
      [workspaceId, reminders.id],
    );
    // Sends that waited and are due now, each under its own key.
    const waiting: { id: string; cancel_key: string }[] = await db.query(
      `WITH items AS (
         INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload, received_at)
         SELECT $1, $2, $3, 'race-' || n, jsonb_build_object('n', n), now() - interval '1 hour'
           FROM generate_series(1, $4::int) n
         RETURNING id, dedupe_key
       )
       INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, next_attempt_at,
                             cancel_key, created_at, updated_at)
       SELECT $1, $3, id, $5, 'scheduled', now(), dedupe_key, now(), now() FROM items
       RETURNING id, cancel_key`,
      [workspaceId, reminders.id, runId, rounds, receiverId],
    );
    expect(waiting).toHaveLength(rounds);
    const tally = { sent: 0, cancelled: 0 };

    for (const send of waiting) {
      const [claimed, cancelledRuns] = await Promise.all([
        ledger.claim(send.id),
        ledger.cancelByKeys(
          reminders.id,
          [
            {
              step_id: receiverId,
              cancel_key: send.cancel_key,
              item_id: randomUUID(),
              received_at: new Date().toISOString(),
            },
          ],
          'race',
        ),
      ]);
      const [row]: { status: string }[] = await db.query(
        `SELECT status FROM delivery WHERE id = $1`,
        [send.id],
      );
      if (claimed) {
        tally.sent += 1;
        expect(cancelledRuns).toEqual([]);
        expect(row.status).toBe('sending');
      } else {
        tally.cancelled += 1;
        expect(cancelledRuns).toEqual([runId]);
        expect(row.status).toBe('cancelled');
        // Once the cancel was acknowledged, no later claim sends it.
        expect(await ledger.claim(send.id)).toBeNull();
      }
    }
    expect(tally.sent + tally.cancelled).toBe(rounds);
  });
});
