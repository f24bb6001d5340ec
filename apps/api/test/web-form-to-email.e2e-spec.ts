import { SmtpSandbox } from '@fluxo/sandboxes';
import type { ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { spyOnPoolQueries } from './support/pool-queries';

type Agent = ReturnType<typeof request.agent>;

describe('Web form → E-mail (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let smtp: SmtpSandbox;
  let user: Agent;
  let connection: ConnectionDto;
  let receiverId: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    // The sandbox listens on loopback, which the outbound guard refuses unless opened.
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  beforeEach(async () => {
    smtp.clear();
    smtp.setFault('none');
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
          fromName: 'My Shop',
          password: 'smtp-secret',
        },
      })
      .expect(201);
    connection = (
      await user.post('/api/connections').send({ name: 'Thank-you e-mails' }).expect(201)
    ).body;
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    const receiver = await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.body.id,
        mapping: {
          to: '{{ email }}',
          subject: 'Thanks, {{ name }}',
          text: 'Hello {{ name | upcase }}, we got your order of {{ amount }}.',
        },
      })
      .expect(201);
    receiverId = receiver.body.id;
    await switchOn(user, connection.id);
    connection = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
  });

  async function latestRun(): Promise<RunDetailDto> {
    await sut.settle();
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    return (await user.get(`/api/runs/${runs[0].id}`).expect(200)).body;
  }

  it('should give the connection a hook URL once the source is a web form', () => {
    expect(connection.hookPath).toMatch(/^\/hooks\/[\w-]{32}$/);
    expect(connection.trigger).toEqual({ type: 'instant' });
  });

  it('should store a urlencoded form, answer at once and e-mail the rendered fields', async () => {
    const answer = await sut.http
      .post(connection.hookPath as string)
      .type('form')
      .send({ name: 'Ana', email: 'ana@example.com', amount: '49.90' })
      .expect(200);
    expect(answer.body).toMatchObject({ ok: true, itemsAccepted: 1, duplicates: 0 });

    const run = await latestRun();
    const message = await smtp.waitForMessage();

    expect(message.to).toEqual(['ana@example.com']);
    expect(message.subject).toBe('Thanks, Ana');
    expect(message.text?.trim()).toBe('Hello ANA, we got your order of 49.90.');
    expect(message.from).toContain('shop@example.com');
    expect(run).toMatchObject({
      cause: 'instant',
      status: 'succeeded',
      itemsCount: 1,
      deliveriesOk: 1,
      deliveriesFailed: 0,
    });
    expect(run.items[0].payload).toEqual({
      name: 'Ana',
      email: 'ana@example.com',
      amount: '49.90',
    });
    expect(run.items[0].deliveries[0]).toMatchObject({
      stepId: receiverId,
      status: 'delivered',
      attempts: 1,
      payload: { to: 'ana@example.com', subject: 'Thanks, Ana' },
    });
    expect(run.items[0].deliveries[0].response).toMatchObject({ accepted: ['ana@example.com'] });
  });

  it('should accept JSON and multipart submissions alike', async () => {
    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Bia', email: 'bia@example.com' })
      .expect(200);
    await sut.http
      .post(connection.hookPath as string)
      .field('name', 'Caio')
      .field('email', 'caio@example.com')
      .attach('photo', Buffer.from('png bytes'), 'photo.png')
      .expect(200);
    await sut.settle();

    const subjects = smtp
      .messages()
      .map((m) => m.subject)
      .sort();
    expect(subjects).toEqual(['Thanks, Bia', 'Thanks, Caio']);
    const run = await latestRun();
    expect(run.items[0].payload).toMatchObject({
      name: 'Caio',
      _files: [{ field: 'photo', filename: 'photo.png', size: 9 }],
    });
  });

  it('should give precise 4xx answers to bad input and keep rejected calls in the inbound log', async () => {
    const hook = connection.hookPath as string;

    const malformed = await sut.http
      .post(hook)
      .set('content-type', 'application/json')
      .send('{"name":')
      .expect(400);
    const wrongType = await sut.http
      .post(hook)
      .set('content-type', 'text/plain')
      .send('hello')
      .expect(415);
    const tooBig = await sut.http
      .post(hook)
      .send({ note: 'x'.repeat(1024 * 1024 + 10) })
      .expect(413);
    const unknown = await sut.http.post('/hooks/not-a-real-token').send({ a: 1 }).expect(404);
    const wrongMethod = await sut.http.get(hook).expect(405);

    expect(malformed.body).toMatchObject({ code: 'INVALID_JSON' });
    expect(wrongType.body).toMatchObject({ code: 'UNSUPPORTED_CONTENT_TYPE' });
    expect(tooBig.body).toMatchObject({
      statusCode: 413,
      message: 'The request body is larger than this server accepts',
    });
    expect(unknown.body).toMatchObject({ code: 'UNKNOWN_HOOK' });
    expect(wrongMethod.body.message).toBe('Send data to this URL with POST');

    const { DataSource } = await import('typeorm');
    const events = await sut.app
      .get(DataSource)
      .query(
        `SELECT status, error FROM inbound_event WHERE connection_id = $1 ORDER BY received_at`,
        [connection.id],
      );
    expect(events.map((e: { status: string }) => e.status)).toEqual(['rejected', 'rejected']);
    expect(smtp.messages()).toEqual([]);
  });

  it('should hold calls while the connection is off, and process or discard them as the user chooses', async () => {
    const hook = connection.hookPath as string;
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);

    const held = await sut.http.post(hook).send({ name: 'Late', email: 'late@example.com' });
    await sut.http.post(hook).send({ name: 'Later', email: 'later@example.com' }).expect(200);
    await sut.settle();

    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ ok: true, held: true, runId: null });
    expect(smtp.messages()).toEqual([]);
    const off: ConnectionDto = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body;
    expect(off.lastInbound).toMatchObject({
      status: 'held',
      held: 2,
      error: 'Held: the connection is switched off',
    });
    const stillOff = await user
      .post(`/api/connections/${connection.id}/held-calls/process`)
      .expect(409);
    expect(stillOff.body.message).toBe(
      'The waiting calls cannot be processed yet: the connection is switched off',
    );

    await user.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
    const processed = await user
      .post(`/api/connections/${connection.id}/held-calls/process`)
      .expect(200);
    await sut.settle();

    expect(processed.body).toEqual({ accepted: 2, rejected: 0 });
    expect(
      smtp
        .messages()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(['late@example.com', 'later@example.com']);

    // Off again, one more call, and this time the user starts from new ones.
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);
    await sut.http.post(hook).send({ name: 'Gone', email: 'gone@example.com' }).expect(200);
    expect(
      (await user.post(`/api/connections/${connection.id}/held-calls/discard`).expect(200)).body,
    ).toEqual({ discarded: 1 });
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
    await sut.settle();
    const after: ConnectionDto = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body;
    expect(after.lastInbound).toMatchObject({ status: 'discarded', held: 0 });
    expect(smtp.messages()).toHaveLength(2);
    const stranger = await sut.signUp();
    await stranger.post(`/api/connections/${connection.id}/held-calls/process`).expect(404);
  });

  it('should store calls with characters PostgreSQL refuses, replaced, and refuse a too-deep body with a 400, never a 5xx', async () => {
    const hook = connection.hookPath as string;
    const json = (text: string) =>
      sut.http.post(hook).set('content-type', 'application/json').send(text);

    const nul = await json('{"name":"A\\u0000B","email":"nul@example.com"}');
    const surrogate = await json('{"name":"C\\ud800D","e\\udc00":"x","email":"lone@example.com"}');
    const formNul = await sut.http
      .post(`${hook}?ref=a%00b`)
      .set('content-type', 'application/x-www-form-urlencoded')
      .set('x-note', 'plain')
      .send('name=E%00F&email=form@example.com');
    const deep = await json(`{"name":${'['.repeat(10_000)}${']'.repeat(10_000)}}`);

    expect([nul.status, surrogate.status, formNul.status]).toEqual([200, 200, 200]);
    expect(deep.status).toBe(400);
    expect(deep.body).toMatchObject({ code: 'JSON_TOO_DEEP' });
    const { DataSource } = await import('typeorm');
    const db = sut.app.get(DataSource);
    const payloads: { payload: Record<string, unknown> }[] = await db.query(
      `SELECT payload FROM source_item WHERE connection_id = $1 ORDER BY received_at`,
      [connection.id],
    );
    expect(payloads.map((p) => p.payload)).toEqual([
      { name: 'A\ufffdB', email: 'nul@example.com' },
      { name: 'C\ufffdD', 'e\ufffd': 'x', email: 'lone@example.com' },
      { name: 'E\ufffdF', email: 'form@example.com' },
    ]);
    const events: { status: string; error: string | null; query: object; body: Buffer }[] =
      await db.query(
        `SELECT status, error, query, body FROM inbound_event WHERE connection_id = $1 ORDER BY received_at`,
        [connection.id],
      );
    expect(events.map((e) => e.status)).toEqual(['accepted', 'accepted', 'accepted', 'rejected']);
    // The bytes are kept as they came, escapes and all; only the jsonb copies are cleaned.
    expect(events[0].body.toString('utf8')).toBe('{"name":"A\\u0000B","email":"nul@example.com"}');
    expect(events[2].query).toEqual({ ref: 'a\ufffdb' });
    expect(events[3].error).toMatch(/nested more than 64 levels/);
    // Their e-mails go out before the next test starts counting messages.
    await sut.settle();
  });

  it('should store hook calls arriving together in shared statements, each answered with its own outcome', async () => {
    const { DataSource } = await import('typeorm');
    const { RunLedger } = await import('../src/modules/runs/run.ledger');
    const db = sut.app.get(DataSource);
    const ledger = sut.app.get(RunLedger);
    const [{ workspace_id: workspaceId }]: { workspace_id: string }[] = await db.query(
      `SELECT workspace_id FROM connection WHERE id = $1`,
      [connection.id],
    );
    const call = (n: number, key: string, headers: Record<string, string> = {}) => ({
      runId: randomUUID(),
      // Each run is stored claimed for its own lease, whoever takes its dispatch.
      leaseSeconds: n === 3 ? 30 : 60,
      event: {
        id: randomUUID(),
        workspaceId,
        connectionId: connection.id,
        method: 'POST',
        headers,
        query: {},
        contentType: 'application/json',
        body: Buffer.from(`{"n":${n}}`),
        sealedBody: null,
      },
      items: [
        { key, payload: { n } },
        { key: `${key}-second`, payload: { n, second: true } },
      ],
    });
    // Two calls carry the same item key (a vendor's quick redelivery); one carries a header
    // value jsonb refuses, which fails its whole statement.
    const calls = Array.from({ length: 16 }, (_, n) => call(n, `call-${n}`));
    calls[11] = call(11, 'call-10');
    calls[14] = call(14, 'call-14', { 'x-bad': 'a\u0000b' });
    const query = spyOnPoolQueries(db);

    const outcomes = await Promise.allSettled(calls.map((c) => ledger.queueInstant(c)));

    const callsPerStatement = (query.mock.calls as [{ name?: string; values?: string[] }][])
      .filter(([statement]) => statement.name === 'fluxo_ingest')
      .map(([statement]) => (JSON.parse((statement.values as string[])[0]) as unknown[]).length);
    query.mockRestore();
    expect(Math.max(...callsPerStatement)).toBeGreaterThan(1);
    const answers = outcomes.map((o) => (o.status === 'fulfilled' ? o.value : o.reason.code));
    expect(answers[14]).toBe('22P05');
    const [first, redelivered] = [answers[10], answers[11]] as {
      runId: string | null;
      inserted: number;
    }[];
    expect([first.inserted + redelivered.inserted, first.runId && redelivered.runId]).toEqual([
      2,
      null,
    ]);
    const clean = answers.filter((_, n) => ![10, 11, 14].includes(n));
    expect(clean).toEqual(
      calls
        .filter((_, n) => ![10, 11, 14].includes(n))
        .map((c) => ({ runId: c.runId, inserted: 2 })),
    );
    const stored: { events: number; items: number; runs: number }[] = await db.query(
      `SELECT (SELECT count(*) FROM inbound_event WHERE id = ANY($1))::int AS events,
              (SELECT count(*) FROM source_item WHERE inbound_event_id = ANY($1))::int AS items,
              (SELECT count(*) FROM run WHERE id = ANY($2))::int AS runs`,
      [calls.map((c) => c.event.id), calls.map((c) => c.runId)],
    );
    // Every call but the refused one is stored, the redelivered one without items or a run.
    expect(stored).toEqual([{ events: 15, items: 28, runs: 14 }]);
    const statuses: { id: string; status: string; lease_seconds: number }[] = await db.query(
      `SELECT id, status, round(extract(epoch FROM lease_until - started_at))::int AS lease_seconds
           FROM run WHERE id = ANY($1) ORDER BY id = $2 DESC LIMIT 2`,
      [[calls[3].runId, calls[4].runId], calls[3].runId],
    );
    expect(statuses).toEqual([
      { id: calls[3].runId, status: 'running', lease_seconds: 30 },
      { id: calls[4].runId, status: 'running', lease_seconds: 60 },
    ]);
    // Nobody here executes these runs: released, the watchdog adopts them.
    await ledger.release(calls.map((c) => c.runId));
    await sut.settle();
  });

  it("should execute a hook call's run under the claim stored with it, claiming nothing again", async () => {
    const { DataSource } = await import('typeorm');
    const db = sut.app.get(DataSource);
    const query = spyOnPoolQueries(db);

    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Ana', email: 'ana@example.com' })
      .expect(200);
    const run = await latestRun();

    // Only this run counts: a run an earlier test left for later may fall due meanwhile.
    const claims = (query.mock.calls as [{ name?: string }][]).filter(
      ([statement]) =>
        statement.name === 'fluxo_claim_runs' && JSON.stringify(statement).includes(run.id),
    );
    query.mockRestore();
    expect(claims).toEqual([]);
    expect(run.status).toBe('succeeded');
    expect(smtp.messages().map((m) => m.to)).toEqual([['ana@example.com']]);
  });

  it("should send a new run's first delivery under the claim its plan made, claiming only the others, and skip the listeners' query when nobody listens", async () => {
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: (await user.get('/api/accounts').expect(200)).body[0].id,
        mapping: { to: 'owner@example.com', subject: 'New order from {{ name }}', text: 'See it' },
      })
      .expect(201);
    const { DataSource } = await import('typeorm');
    const db = sut.app.get(DataSource);
    const query = spyOnPoolQueries(db);

    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Ana', email: 'ana@example.com' })
      .expect(200);
    const run = await latestRun();
    const calls = (query.mock.calls as unknown[][]).map((call) => JSON.stringify(call));
    query.mockRestore();

    const [first, second] = run.items[0].deliveries;
    const claimsOf = (id: string) =>
      calls.filter((call) => call.includes('fluxo_claim_deliveries') && call.includes(id));
    expect(claimsOf(first.id)).toEqual([]);
    expect(claimsOf(second.id)).toHaveLength(1);
    expect(calls.filter((call) => call.includes('SELECT id, cancel_when FROM step'))).toEqual([]);
    expect([first.status, second.status, first.attempts, second.attempts]).toEqual([
      'delivered',
      'delivered',
      1,
      1,
    ]);
    expect(smtp.messages().map((m) => m.to)).toEqual([['ana@example.com'], ['owner@example.com']]);
  });

  it('should renew an aging kept claim, and claim a run whose kept claim may have run out', async () => {
    const { DataSource } = await import('typeorm');
    const { RunExecutor } = await import('../src/modules/runs/run-executor.service');
    const { RunLedger } = await import('../src/modules/runs/run.ledger');
    const db = sut.app.get(DataSource);
    const ledger = sut.app.get(RunLedger);
    const executor = sut.app.get(RunExecutor);
    const [{ workspace_id: workspaceId }]: { workspace_id: string }[] = await db.query(
      `SELECT workspace_id FROM connection WHERE id = $1`,
      [connection.id],
    );
    const leaseSeconds = 60;
    const stored = async (email: string) => {
      const runId = randomUUID();
      const eventId = randomUUID();
      await ledger.queueInstant({
        runId,
        leaseSeconds,
        event: {
          id: eventId,
          workspaceId,
          connectionId: connection.id,
          method: 'POST',
          headers: {},
          query: {},
          contentType: 'application/json',
          body: Buffer.from('{}'),
          sealedBody: null,
        },
        items: [{ key: eventId, payload: { name: 'Kept', email } }],
      });
      return runId;
    };
    const held = (ageMs: number) => ({
      claimedAt: Date.now() - ageMs,
      workspaceId,
      connectionId: connection.id,
      cause: 'instant' as const,
      items: 1,
      listenedTo: false,
      source: { connectorKey: 'forms', actionKey: 'new-submission' },
    });
    const leaseLeft = async (runId: string) => {
      const [row]: { left: number }[] = await db.query(
        `SELECT extract(epoch FROM lease_until - now())::float AS left FROM run WHERE id = $1`,
        [runId],
      );
      return row.left;
    };

    // Held for half its lease: renewed before sending, so the lease still has most of a lease.
    const aging = await stored('aging@example.com');
    await db.query(`UPDATE run SET lease_until = now() + interval '30 seconds' WHERE id = $1`, [
      aging,
    ]);
    const renew = jest.spyOn(ledger, 'renewLease');
    await executor.execute(aging, held(30_000));
    expect(renew).toHaveBeenCalledWith(aging, expect.any(Number));
    renew.mockRestore();

    // Held past its lease: claimed like any other run (here nobody took it, so this process does).
    const expired = await stored('expired@example.com');
    await db.query(`UPDATE run SET lease_until = now() - interval '1 second' WHERE id = $1`, [
      expired,
    ]);
    const claim = jest.spyOn(ledger, 'claim');
    await executor.execute(expired, held(leaseSeconds * 1000));
    expect(claim).toHaveBeenCalledWith(expired, expect.any(Number));
    claim.mockRestore();

    await sut.settle();
    expect(
      smtp
        .messages()
        .flatMap((m) => m.to)
        .sort(),
    ).toEqual(['aging@example.com', 'expired@example.com']);
    const runs: { status: string }[] = await db.query(`SELECT status FROM run WHERE id = ANY($1)`, [
      [aging, expired],
    ]);
    expect(runs.map((r) => r.status)).toEqual(['succeeded', 'succeeded']);
    expect(await leaseLeft(aging)).toBeNull();
  });

  it('should keep a submission when the SMTP server fails and deliver it on retry', async () => {
    smtp.setFault('reject-transient');

    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Dani', email: 'dani@example.com' })
      .expect(200);
    const failedRun = await latestRun();
    const delivery = failedRun.items[0].deliveries[0];
    expect(delivery.status).toBe('retrying');
    expect(delivery.error).toMatch(/451/);
    expect(delivery.nextAttemptAt).not.toBeNull();

    smtp.setFault('none');
    const retried = await user.post(`/api/deliveries/${delivery.id}/retry`).expect(200);

    expect(retried.body).toMatchObject({ status: 'delivered', attempts: 2, error: null });
    expect((await smtp.waitForMessage()).subject).toBe('Thanks, Dani');
    expect((await latestRun()).status).toBe('succeeded');
  });

  it('should fail at once, without retrying, when a required field renders empty', async () => {
    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'No e-mail' })
      .expect(200);

    const run = await latestRun();

    expect(run.status).toBe('failed');
    expect(run.items[0].deliveries[0]).toMatchObject({ status: 'failed', attempts: 1 });
    expect(run.items[0].deliveries[0].error).toMatch(/required/i);
    expect(smtp.messages()).toEqual([]);
  });

  it('should show test data, preview the exact payload, send a test and replay with "Run once"', async () => {
    const empty = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
    expect(empty.body).toEqual({ data: null, variables: [], receivedAt: null });
    await user.post(`/api/connections/${connection.id}/run`).expect(409);

    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Eva', email: 'eva@example.com', amount: 10 })
      .expect(200);
    await sut.settle();
    smtp.clear();

    const sample = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
    const preview = await user
      .post(`/api/connections/${connection.id}/steps/${receiverId}/preview`)
      .expect(200);
    const test = await user
      .post(`/api/connections/${connection.id}/steps/${receiverId}/test`)
      .expect(200);
    const started = await user.post(`/api/connections/${connection.id}/run`).expect(202);
    await sut.settle();
    const replay: RunDetailDto = (await user.get(`/api/runs/${started.body.runId}`).expect(200))
      .body;

    expect(sample.body.variables).toEqual([
      { path: 'name', preview: 'Eva' },
      { path: 'email', preview: 'eva@example.com' },
      { path: 'amount', preview: '10' },
    ]);
    expect(preview.body).toEqual({
      payload: expect.objectContaining({
        to: 'eva@example.com',
        subject: 'Thanks, Eva',
        text: 'Hello EVA, we got your order of 10.',
      }),
      errors: [],
      // No conditions: the item would be sent.
      skipped: null,
    });
    expect(test.body).toMatchObject({
      ok: true,
      error: null,
      response: { accepted: ['eva@example.com'] },
    });
    expect(replay).toMatchObject({ cause: 'manual', status: 'succeeded', deliveriesOk: 1 });
    expect(smtp.messages().map((m) => m.subject)).toEqual(['Thanks, Eva', 'Thanks, Eva']);
  });

  it('should fail a template over the bounds the same way in preview, send test and delivery, and keep answering', async () => {
    // Doubling a capture 26 times, then one filter on it: before the bounds, this aborted the
    // process; now it is the field's own permanent error.
    const bomb =
      '{% capture a %}xxxxxxxx{% endcapture %}{% for i in (1..26) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}{{ a | url_encode }}';
    await user
      .patch(`/api/connections/${connection.id}/steps/${receiverId}`)
      .send({ mapping: { to: '{{ email }}', subject: 'Hi', text: bomb } })
      .expect(200);
    await sut.http
      .post(connection.hookPath as string)
      .send({ email: 'bo@example.com' })
      .expect(200);

    const [run, preview, test, health] = await Promise.all([
      latestRun(),
      user.post(`/api/connections/${connection.id}/steps/${receiverId}/preview`).expect(200),
      user.post(`/api/connections/${connection.id}/steps/${receiverId}/test`).expect(200),
      sut.http.get('/api/health').expect(200),
    ]);

    const tooMuchText = {
      field: 'text',
      code: 'template.tooMuchText',
      message: expect.stringMatching(/^The template produces too much text/),
    };
    expect(preview.body.errors).toEqual([expect.objectContaining(tooMuchText)]);
    expect(test.body).toMatchObject({ ok: false, errors: [expect.objectContaining(tooMuchText)] });
    expect(run.items[0].deliveries[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      error: expect.stringMatching(/^The template produces too much text/),
    });
    expect(health.body).toMatchObject({ status: 'ok' });
    expect(smtp.messages()).toEqual([]);
  });

  it('should not call an e-mail without a body ready, and fail its preview and send test where the delivery would', async () => {
    // The text renders empty for this item; the HTML body is not mapped at all.
    await user
      .patch(`/api/connections/${connection.id}/steps/${receiverId}`)
      .send({ mapping: { to: '{{ email }}', subject: 'Hi', text: '' } })
      .expect(200);

    const unready: ConnectionDto = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body;
    const [preview, test] = await Promise.all([
      user.post(`/api/connections/${connection.id}/steps/${receiverId}/preview`).expect(200),
      user.post(`/api/connections/${connection.id}/steps/${receiverId}/test`).expect(200),
    ]);
    await sut.http
      .post(connection.hookPath as string)
      .send({ email: 'bo@example.com' })
      .expect(200);
    const run = await latestRun();

    expect(unready.setupProblems).toEqual([
      {
        code: 'fields.oneOf',
        stepId: receiverId,
        system: 'E-mail (SMTP)',
        labels: ['Text body', 'HTML body'],
      },
    ]);
    const why = { field: 'text', message: 'Fill in Text body or HTML body' };
    expect(preview.body.errors).toContainEqual(expect.objectContaining(why));
    expect(test.body.ok).toBe(false);
    expect(test.body.errors).toContainEqual(expect.objectContaining(why));
    expect(run.items[0].deliveries[0]).toMatchObject({
      status: 'failed',
      error: expect.stringContaining('Fill in Text body or HTML body'),
    });
    expect(smtp.messages()).toEqual([]);
  });

  it('should run any past item again, as a new run that leaves the old one as it was', async () => {
    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Ana', email: 'ana@example.com' })
      .expect(200);
    await sut.http
      .post(connection.hookPath as string)
      .send({ name: 'Bo', email: 'bo@example.com' })
      .expect(200);
    await sut.settle();
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    const first: RunDetailDto = (await user.get(`/api/runs/${runs[1].id}`).expect(200)).body;

    const started = await user.post(`/api/items/${first.items[0].id}/run-again`).expect(202);
    await sut.settle();

    const again: RunDetailDto = (await user.get(`/api/runs/${started.body.runId}`).expect(200))
      .body;
    expect(again).toMatchObject({ cause: 'manual', status: 'succeeded' });
    expect(again.items.map((item) => item.payload)).toEqual([first.items[0].payload]);
    expect(smtp.messages().flatMap((m) => m.to)).toEqual([
      'ana@example.com',
      'bo@example.com',
      'ana@example.com',
    ]);
    expect((await user.get(`/api/runs/${first.id}`).expect(200)).body).toEqual(first);
    const stranger = await sut.signUp();
    await stranger.post(`/api/items/${first.items[0].id}/run-again`).expect(404);
    await user.post('/api/items/not-an-id/run-again').expect(404);
  });

  it('should say what is missing when "Run once" cannot run: no source yet, or a polled source without its account', async () => {
    const empty: ConnectionDto = (
      await user.post('/api/connections').send({ name: 'Nothing yet' }).expect(201)
    ).body;
    const refused = await user.post(`/api/connections/${empty.id}/run`).expect(409);
    expect(refused.body).toMatchObject({
      code: 'NO_SOURCE',
      message: 'Choose where the data comes from first',
    });

    const sheet: ConnectionDto = (
      await user.post('/api/connections').send({ name: 'Sheet rows' }).expect(201)
    ).body;
    await user
      .put(`/api/connections/${sheet.id}/source`)
      .send({ connectorKey: 'google-sheets', actionKey: 'new-rows' })
      .expect(200);
    const { runId } = (await user.post(`/api/connections/${sheet.id}/run`).expect(202)).body;
    await sut.settle();

    const run: RunDetailDto = (await user.get(`/api/runs/${runId}`).expect(200)).body;
    expect(run.status).toBe('failed');
    expect(run.error).toContain('Choose a Google Sheets account for this step first');
    expect(run.error).not.toMatch(/service account key/);
  });

  it('should refuse to switch a connection on while its set-up is unfinished, saying what is missing', async () => {
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);
    await user
      .patch(`/api/connections/${connection.id}/steps/${receiverId}`)
      .send({ mapping: { to: '', subject: 'Hi', text: 'Hello' } })
      .expect(200);

    const refused = await user
      .patch(`/api/connections/${connection.id}`)
      .send({ enabled: true })
      .expect(409);

    expect(refused.body).toMatchObject({
      code: 'SETUP_INCOMPLETE',
      message: 'Finish setting up before switching on: fill in "To" for E-mail (SMTP)',
    });
    expect((await user.get(`/api/connections/${connection.id}`).expect(200)).body.enabled).toBe(
      false,
    );
    await user
      .patch(`/api/connections/${connection.id}/steps/${receiverId}`)
      .send({ mapping: { to: '{{ email }}', subject: 'Hi', text: 'Hello' } })
      .expect(200);
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
  });

  it('should never return account secrets', async () => {
    const accounts = await user.get('/api/accounts').expect(200);

    expect(JSON.stringify(accounts.body)).not.toContain('smtp-secret');
    expect(accounts.body[0].publicCredentials).toMatchObject({
      host: '127.0.0.1',
      fromAddress: 'shop@example.com',
    });
  });

  it('should refuse to delete an account in use, naming the connection', async () => {
    const [account] = (await user.get('/api/accounts').expect(200)).body;

    const refused = await user.delete(`/api/accounts/${account.id}`).expect(409);

    expect(refused.body.message).toContain('"Thank-you e-mails"');
  });

  it('should edit an account: blank secrets kept, new credentials checked first, a failed check saving nothing unless asked', async () => {
    const guarded = await SmtpSandbox.start({ auth: { username: 'shop', password: 'right' } });
    try {
      const credentials = {
        host: '127.0.0.1',
        port: guarded.port,
        security: 'none',
        username: 'shop',
        fromAddress: 'shop@example.com',
      };
      const accountsNow = async () => (await user.get('/api/accounts').expect(200)).body.length;
      const before = await accountsNow();

      // Created with "check first": a wrong password saves nothing…
      const refused = await user
        .post('/api/accounts')
        .send({
          connectorKey: 'email',
          name: 'Guarded',
          credentials: { ...credentials, password: 'wrong' },
          checkFirst: true,
        })
        .expect(422);
      expect(refused.body.code).toBe('ACCOUNT_CHECK_FAILED');
      expect(await accountsNow()).toBe(before);
      // …unless the user saves anyway; the right one is saved with its passed check.
      const anyway = await user
        .post('/api/accounts')
        .send({
          connectorKey: 'email',
          name: 'Guarded anyway',
          credentials: { ...credentials, password: 'wrong' },
          checkFirst: true,
          saveAnyway: true,
        })
        .expect(201);
      expect(anyway.body.lastCheck).toMatchObject({ ok: false });
      const created = await user
        .post('/api/accounts')
        .send({
          connectorKey: 'email',
          name: 'Guarded',
          credentials: { ...credentials, password: 'right' },
          checkFirst: true,
        })
        .expect(201);
      expect(created.body.lastCheck).toMatchObject({ ok: true });
      const url = `/api/accounts/${created.body.id}`;

      // A new From name with the password left blank: the stored password is kept (the check passes).
      const edited = await user
        .patch(url)
        .send({ credentials: { ...credentials, fromName: 'The Shop', password: '' } })
        .expect(200);
      expect(edited.body).toMatchObject({
        publicCredentials: { fromName: 'The Shop' },
        lastCheck: { ok: true },
      });
      // A wrong new password changes nothing.
      await user
        .patch(url)
        .send({ credentials: { ...credentials, fromName: 'Nope', password: 'wrong' } })
        .expect(422);
      expect((await user.post(`${url}/check`).expect(200)).body.ok).toBe(true);
      const renamed = await user.patch(url).send({ name: 'Guarded SMTP' }).expect(200);
      expect(renamed.body).toMatchObject({
        name: 'Guarded SMTP',
        publicCredentials: { fromName: 'The Shop' },
      });
      expect(JSON.stringify(renamed.body)).not.toContain('right');
    } finally {
      await guarded.stop();
    }
  });

  it('should check the SMTP account and report it connected', async () => {
    const [account] = (await user.get('/api/accounts').expect(200)).body;

    const check = await user.post(`/api/accounts/${account.id}/check`).expect(200);

    expect(check.body).toMatchObject({ ok: true, message: `Connected to 127.0.0.1:${smtp.port}` });
  });
});

describe('Per-connection hook rate (e2e, PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({
      env: { FLUXO_HOOK_RATE_PER_SECOND: '0.5', FLUXO_HOOK_BURST: '2' },
    });
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function formConnection(user: Agent, name: string): Promise<ConnectionDto> {
    const { body } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${body.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    return (await user.get(`/api/connections/${body.id}`).expect(200)).body;
  }

  it('should answer 429 with Retry-After past the burst, keep the call, and leave other connections alone', async () => {
    const user = await sut.signUp();
    const noisy = await formConnection(user, 'Noisy');
    const quiet = await formConnection(user, 'Quiet');
    const post = (c: ConnectionDto) =>
      sut.http.post(c.hookPath as string).send({ name: 'Ana', email: 'ana@example.com' });

    const statuses = [(await post(noisy)).status, (await post(noisy)).status];
    const limited = await post(noisy);
    await post(quiet).expect(200);

    expect(statuses).toEqual([200, 200]);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toBe('2');
    expect(limited.body.code).toBe('HOOK_RATE_LIMITED');
    const { DataSource } = await import('typeorm');
    const events: { status: string; error: string | null }[] = await sut.app
      .get(DataSource)
      .query(
        `SELECT status, error FROM inbound_event WHERE connection_id = $1 ORDER BY received_at`,
        [noisy.id],
      );
    // Not set up yet, so the calls within the rate are held; the one past it is refused.
    expect(events.map((e) => e.status)).toEqual(['held', 'held', 'rejected']);
    expect(events[2].error).toMatch(/more calls than it accepts per second/);
    await sut.settle();
  });
});
