import { SchedulerRegistry } from '@nestjs/schedule';
import { SmtpSandbox } from '@fluxo/sandboxes';
import { eventually } from '@fluxo/testing';
import type { ConnectionDto } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RunExecutor } from '../src/modules/runs/run-executor.service';
import type { HeldDelivery } from '../src/modules/runs/run-dispatch.types';
import { DeliveryLedger } from '../src/modules/runs/delivery.ledger';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { spyOnPoolQueries } from './support/pool-queries';

/** More than one batch of the sweep (500): all of them must go in one sweep. */
const WAITING = 1_200;

describe('The send queue sweep: many sends due at once, and one due before the next interval (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let db: DataSource;
  let hookPath: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
    db = sut.app.get(DataSource);
    // Only the sweeps this spec starts, and the wake-ups they set, may send.
    sut.app.get(SchedulerRegistry).deleteInterval('delivery-retries');
    const user = await sut.signUp();
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
          connections: 10,
        },
      })
      .expect(201);
    const created: ConnectionDto = (
      await user.post('/api/connections').send({ name: 'Reminders' }).expect(201)
    ).body;
    await user
      .put(`/api/connections/${created.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    await user
      .post(`/api/connections/${created.id}/receivers`)
      .send({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.body.id,
        mapping: { to: '{{ email }}', subject: 'Reminder {{ id }}', text: 'Pay today' },
        delay: { type: 'after', wait: { amount: 1, unit: 'days' } },
      })
      .expect(201);
    await switchOn(user, created.id);
    hookPath = (await user.get(`/api/connections/${created.id}`).expect(200)).body.hookPath;
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  async function waitingSend(id: string): Promise<string> {
    await sut.http
      .post(hookPath)
      .send({ id, email: `${id}@example.com` })
      .expect(200);
    await sut.settle();
    const [row]: { id: string }[] = await db.query(
      `SELECT d.id FROM delivery d JOIN source_item i ON i.id = d.item_id
        WHERE i.payload->>'id' = $1 AND d.status = 'scheduled'`,
      [id],
    );
    return row.id;
  }

  it('should send every due send in one sweep, not one batch per interval', async () => {
    await waitingSend('first');
    // The rest as the first one waits: same run, item and receiver, copied in one statement.
    await db.query(
      `WITH first AS (
         SELECT d.workspace_id, d.run_id, d.step_id, i.connection_id
           FROM delivery d JOIN source_item i ON i.id = d.item_id
          WHERE d.status = 'scheduled' LIMIT 1),
       items AS (
         INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload)
         SELECT f.workspace_id, f.connection_id, f.run_id, 'bulk-' || n,
                jsonb_build_object('id', 'bulk-' || n, 'email', 'bulk-' || n || '@example.com')
           FROM first f, generate_series(2, $1::int) n
         RETURNING id, workspace_id, run_id)
       INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, next_attempt_at)
       SELECT i.workspace_id, i.run_id, i.id, f.step_id, 'scheduled', now() + interval '1 day'
         FROM items i, first f`,
      [WAITING],
    );
    // A day and a second later: every one is due.
    await db.query(`UPDATE source_item SET received_at = received_at - interval '1 day 1 second'`);
    await db.query(
      `UPDATE delivery SET next_attempt_at = now() - interval '1 second' WHERE status = 'scheduled'`,
    );

    // Every row shares the UPDATE's microsecond: pages must follow on, never read it again.
    const ledger = sut.app.get(DeliveryLedger);
    const page1 = await ledger.dueRetries(500);
    const last = page1[page1.length - 1];
    const page2 = await ledger.dueRetries(500, { at: last.cursorAt, id: last.id });
    expect(page2).toHaveLength(500);
    expect(page2.filter((row) => page1.some((seen) => seen.id === row.id))).toEqual([]);

    // In-process, the sweep claims what is due itself, in batches: no claim per send.
    const query = spyOnPoolQueries(db);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();
    const named = (name: string) =>
      (query.mock.calls as unknown[][]).filter((call) => JSON.stringify(call).includes(name));
    const [claimsPerSend, batchClaims] = [
      named('fluxo_claim_deliveries').length,
      named('fluxo_claim_due').length,
    ];
    query.mockRestore();
    expect(claimsPerSend).toBe(0);
    expect(batchClaims).toBeGreaterThanOrEqual(Math.ceil(WAITING / 500));

    expect(smtp.messages()).toHaveLength(WAITING);
    const statuses: { status: string; n: string }[] = await db.query(
      `SELECT status, count(*) AS n FROM delivery GROUP BY status`,
    );
    expect(statuses).toEqual([{ status: 'delivered', n: String(WAITING) }]);
  }, 120_000);

  it('should send a send that falls due before the next interval at its time', async () => {
    smtp.clear();
    const deliveryId = await waitingSend('soon');
    // Its day of waiting ends in 1.5 s.
    await db.query(
      `UPDATE source_item SET received_at = now() - interval '1 day' + interval '1500 milliseconds'
        WHERE payload->>'id' = 'soon'`,
    );
    await db.query(
      `UPDATE delivery SET next_attempt_at = now() + interval '1500 milliseconds' WHERE id = $1`,
      [deliveryId],
    );

    // Nothing is due yet: this sweep only sets the wake-up for the send's time.
    await sut.app.get(RunWatchdog).sweep();
    expect(smtp.messages()).toEqual([]);

    await eventually(
      () => expect(smtp.messages().map((m) => m.subject)).toEqual(['Reminder soon']),
      { timeoutMs: 4_000 },
    );
  });

  it('should claim due sends once across concurrent sweeps, leave the rest waiting, and hand back or drop claims that never started', async () => {
    smtp.clear();
    const ledger = sut.app.get(DeliveryLedger);
    await waitingSend('batch');
    await db.query(
      `WITH first AS (
         SELECT d.workspace_id, d.run_id, d.step_id, i.connection_id
           FROM delivery d JOIN source_item i ON i.id = d.item_id
          WHERE d.status = 'scheduled' LIMIT 1),
       items AS (
         INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload)
         SELECT f.workspace_id, f.connection_id, f.run_id, 'batch-' || n,
                jsonb_build_object('id', 'batch-' || n, 'email', 'batch-' || n || '@example.com')
           FROM first f, generate_series(2, 300) n
         RETURNING id, workspace_id, run_id)
       INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, next_attempt_at)
       SELECT i.workspace_id, i.run_id, i.id, f.step_id, 'scheduled', now() + interval '1 day'
         FROM items i, first f`,
    );
    // 250 due now, 50 still waiting.
    await db.query(
      `UPDATE delivery d SET next_attempt_at = now() - interval '1 second'
         FROM source_item i
        WHERE i.id = d.item_id AND d.status = 'scheduled'
          AND (i.payload->>'id' = 'batch' OR (substr(i.payload->>'id', 7))::int <= 250)`,
    );

    const [first, second] = await Promise.all([ledger.claimDue(200), ledger.claimDue(200)]);
    const ids = [...first, ...second].map((claim) => claim.delivery.id);
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(first[0]).toMatchObject({
      previousStatus: 'scheduled',
      delivery: { attempts: 1, step: expect.objectContaining({ connectorKey: 'email' }) },
    });
    const counts = async () =>
      Object.fromEntries(
        (
          await db.query(
            `SELECT status, count(*)::int AS n FROM delivery
              WHERE status IN ('scheduled', 'sending') GROUP BY status`,
          )
        ).map((row: { status: string; n: number }) => [row.status, row.n]),
      );
    expect(await counts()).toEqual({ sending: 250, scheduled: 50 });

    // A claim that was never started goes back as it was; one started or changed stays.
    const kept = first[0];
    await ledger.releaseClaims([...first, ...second].filter((claim) => claim !== kept));
    expect(await counts()).toEqual({ sending: 1, scheduled: 299 });
    const [{ attempts }]: { attempts: number }[] = await db.query(
      `SELECT attempts FROM delivery WHERE id = $1`,
      [second[0].delivery.id],
    );
    expect(attempts).toBe(0);

    // A claim that waited too long is renewed while it is still its own, not once reclaimed.
    expect(await ledger.renewClaim(kept.delivery.id, kept.delivery.attempts)).toBe(true);
    expect(await ledger.renewClaim(kept.delivery.id, kept.delivery.attempts + 1)).toBe(false);
    await db.query(`UPDATE delivery SET updated_at = now() - interval '1 hour' WHERE id = $1`, [
      kept.delivery.id,
    ]);
    await ledger.reclaimAbandoned(60, 5);
    expect(await ledger.renewClaim(kept.delivery.id, kept.delivery.attempts)).toBe(false);

    // The executor sends nothing on a released claim, nor on a stale one that was reclaimed.
    const executor = sut.app.get(RunExecutor);
    const held = (claim: typeof kept, claimedAt: number, state: HeldDelivery['state']) =>
      ({ ...claim, claimedAt, state }) as HeldDelivery;
    await executor.retryDelivery(kept.delivery.id, kept.delivery.runId, held(kept, 0, 'waiting'));
    await executor.retryDelivery(
      second[1].delivery.id,
      second[1].delivery.runId,
      held(second[1], Date.now(), 'released'),
    );
    expect(smtp.messages()).toEqual([]);

    // The rest go with the next sweep, each once.
    await db.query(`UPDATE delivery SET next_attempt_at = now() - interval '1 second'
                     WHERE status IN ('scheduled', 'retrying')`);
    await db.query(`UPDATE source_item SET received_at = received_at - interval '1 day 1 second'
                     WHERE payload->>'id' LIKE 'batch%'`);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();
    const subjects = smtp.messages().map((m) => m.subject);
    expect(subjects).toHaveLength(300);
    expect(new Set(subjects).size).toBe(300);
  }, 120_000);
});
