import { benchConfig } from '../lib/config';
import { withClient, type BenchDatabase } from '../lib/databases';
import { createFormConnection, signUp } from '../lib/fluxo-api';
import { sleep, waitUntil } from '../lib/fluxo-server';
import { startStack, type Mode } from '../lib/modes';
import { distribution, type Distribution } from '../lib/percentiles';
import { cpuPercentDuring } from '../lib/process-cpu';
import { SmtpSink } from '../lib/smtp-sink';
import { BENCH_SMTP_CONNECTIONS } from './hook-to-email';
import { measureSmtpCeiling, type SmtpCeiling } from './smtp-ceiling';

export interface SendQueueResult {
  waiting: number;
  seedSeconds: number;
  /** The delivery table (rows, indexes, TOAST) over its rows: what one waiting send costs. */
  bytesPerWaitingSend: number;
  /** The item each waiting send keeps (source_item, with its indexes), per row. */
  bytesPerItem: number;
  /** API process CPU, % of one core, idle with one waiting send and with all of them. */
  idleCpu: { oneWaiting: number; allWaiting: number };
  /** Hook acknowledged (2xx) → the waiting send's row cancelled, ms. */
  cancel: Distribution & { missed: number };
  due: number;
  /** Each send's due time → its e-mail at the SMTP sink, ms. */
  startLag: Distribution & { notSent: number };
  /** First due time → last e-mail, s; and the e-mails per second over that span. */
  drainSeconds: number;
  mailsPerSecond: number;
  duplicates: number;
  /** The receiver's speed, measured first against the same sink (see measureSmtpCeiling). */
  ceiling: SmtpCeiling;
}

/** Seconds over which the due sends' times are spread ("due in the same minute"). */
const DUE_SPREAD_SECONDS = 60;
const SUBJECT_PREFIX = 'queue ';
/** Longer than moving the due times takes plus a sweep interval (see measureDueBurst). */
const FIRST_DUE_AFTER_MS = 12_000;

/**
 * The send queue at scale (issue 15, part 7), on PostgreSQL: `waiting` sends wait for a
 * receiver's one-day delay (seeded in one statement as the sender leaves them: status
 * `scheduled`, due time, cancel key), then
 *  1. idle CPU of the API with one waiting send and with all of them, and bytes per row;
 *  2. cancelling events: form posts with status "paid" for waiting customers at 20/s; latency
 *     is the row's cancelled_at (the database's clock) minus the 2xx arrival (ours: same machine);
 *  3. `due` of them made due over one minute (due times spread evenly, each item's arrival moved
 *     back a day so the delay agrees): lag = e-mail at the sink − its due time.
 */
export async function measureSendQueue(
  mode: Mode,
  database: BenchDatabase,
): Promise<SendQueueResult> {
  const { waiting, due, cancels, idleSeconds, ceilingMails } = benchConfig.queue;
  const url = database.url;
  if (!url) throw new Error('the send-queue scenario reads PostgreSQL directly');
  const smtp = await SmtpSink.start({ holdMs: benchConfig.email.smtpHoldMs });
  let stack: Awaited<ReturnType<typeof startStack>> | undefined;
  try {
    // Before Fluxo starts: nothing else then takes the machine from the receiver's speed.
    const ceiling = await measureSmtpCeiling(smtp, BENCH_SMTP_CONNECTIONS, ceilingMails);
    const fluxo = await startStack(mode, { ...database.env, FLUXO_ALLOWED_HOSTS: '127.0.0.1' });
    stack = fluxo;
    const call = await signUp(fluxo.api.baseUrl);
    const account = await call('POST', '/api/accounts', {
      connectorKey: 'email',
      name: 'SMTP sandbox',
      credentials: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        fromAddress: 'shop@example.com',
        connections: BENCH_SMTP_CONNECTIONS,
      },
    });
    const connection = await createFormConnection(call, 'Bench reminders', [
      {
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.id,
        mapping: { to: '{{ email }}', subject: `${SUBJECT_PREFIX}{{ id }}`, text: 'Pay today' },
      },
    ]);
    const { steps } = await call<{ steps: { id: string; role: string }[] }>(
      'GET',
      `/api/connections/${connection.id}`,
    );
    const stepId = steps.find((s) => s.role === 'receiver')?.id as string;
    await call('PATCH', `/api/connections/${connection.id}/steps/${stepId}`, {
      conditions: {
        groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'pending' }] }],
      },
      delay: { type: 'after', wait: { amount: 1, unit: 'days' } },
      cancelWhen: {
        key: '{{ email }}',
        connectionIds: [connection.id],
        onlyIf: { variable: 'status', values: ['paid'] },
      },
    });
    const hookUrl = `${fluxo.api.baseUrl}${connection.hookPath}`;
    const post = (body: Record<string, string>) =>
      fetch(hookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
    // The first waiting send goes through Fluxo itself; the seed copies its row.
    await (await post({ id: 'w-0', email: 'w-0@example.com', status: 'pending' })).arrayBuffer();
    const seeded = await waitUntil(
      () => withClient(url, async (c) => (await scheduledCount(c)) === 1),
      30_000,
    );
    if (!seeded) throw new Error(`the first send did not start waiting\n${fluxo.api.tail()}`);

    const apiCpuDuring = async (seconds: number) =>
      (await cpuPercentDuring([[fluxo.pids().api]], () => sleep(seconds * 1000)))[0];
    await sleep(2_000);
    const oneWaiting = await apiCpuDuring(idleSeconds);

    const seedStarted = performance.now();
    const sizes = await withClient(url, async (c) => {
      // Runs of 100 items, as instant and polled runs are: every send re-counts its run.
      await c.query(
        `WITH first AS (
           SELECT d.workspace_id, d.run_id, d.step_id, i.connection_id
             FROM delivery d JOIN source_item i ON i.id = d.item_id
            WHERE d.status = 'scheduled' LIMIT 1),
         runs AS (
           INSERT INTO run (workspace_id, connection_id, cause, status, items_count, finished_at)
           SELECT f.workspace_id, f.connection_id, 'instant', 'succeeded', 100, now()
             FROM first f, generate_series(0, ($1::int - 1) / 100) g
           RETURNING id),
         numbered AS (SELECT id, row_number() OVER () - 1 AS r FROM runs),
         items AS (
           INSERT INTO source_item (workspace_id, connection_id, run_id, dedupe_key, payload)
           SELECT f.workspace_id, f.connection_id, nb.id, 'w-' || n,
                  jsonb_build_object('id', 'w-' || n, 'email', 'w-' || n || '@example.com',
                                     'status', 'pending')
             FROM first f, generate_series(1, $1::int - 1) n
             JOIN numbered nb ON nb.r = n / 100
           RETURNING id, workspace_id, run_id, payload->>'email' AS email)
         INSERT INTO delivery (workspace_id, run_id, item_id, step_id, status, next_attempt_at,
                               cancel_key)
         SELECT i.workspace_id, i.run_id, i.id, f.step_id, 'scheduled', now() + interval '1 day',
                i.email
           FROM items i, first f`,
        [waiting],
      );
      await c.query('VACUUM ANALYZE delivery');
      await c.query('VACUUM ANALYZE source_item');
      const { rows } = await c.query<{ delivery: string; item: string; n: string }>(
        `SELECT pg_total_relation_size('delivery') AS delivery,
                pg_total_relation_size('source_item') AS item,
                (SELECT count(*) FROM delivery) AS n`,
      );
      const n = Number(rows[0].n);
      return { perSend: Number(rows[0].delivery) / n, perItem: Number(rows[0].item) / n };
    });
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    await sleep(2_000);
    const allWaiting = await apiCpuDuring(idleSeconds);

    const cancel = await measureCancels(url, post, cancels);
    const burst = await measureDueBurst(url, smtp, waiting, due, cancels);
    return {
      waiting,
      seedSeconds,
      bytesPerWaitingSend: sizes.perSend,
      bytesPerItem: sizes.perItem,
      idleCpu: { oneWaiting, allWaiting },
      cancel,
      due,
      ...burst,
      ceiling,
    };
  } finally {
    await stack?.stop();
    await smtp.stop();
  }
}

async function scheduledCount(client: import('pg').Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM delivery WHERE status = 'scheduled'`,
  );
  return Number(rows[0].n);
}

/** "Paid" for waiting customers w-1, w-2, … at 20 a second (open loop). */
async function measureCancels(
  url: string,
  post: (body: Record<string, string>) => Promise<Response>,
  count: number,
): Promise<SendQueueResult['cancel']> {
  const ackAt = new Map<string, number>();
  const answers: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 1; i <= count; i++) {
    const dueIn = started + ((i - 1) * 1000) / 20 - performance.now();
    if (dueIn > 0) await sleep(dueIn);
    const email = `w-${i}@example.com`;
    answers.push(
      post({ id: `paid-${i}`, email, status: 'paid' }).then(async (response) => {
        await response.arrayBuffer();
        if (response.ok) ackAt.set(email, Date.now());
      }),
    );
  }
  await Promise.all(answers);
  const cancelledAt = async () =>
    withClient(url, async (c) => {
      const { rows } = await c.query<{ cancel_key: string; at: Date }>(
        `SELECT cancel_key, cancelled_at AS at FROM delivery
          WHERE status = 'cancelled' AND cancel_key = ANY($1::text[])`,
        [[...ackAt.keys()]],
      );
      return rows;
    });
  await waitUntil(async () => (await cancelledAt()).length >= ackAt.size, 30_000, 250);
  const rows = await cancelledAt();
  const latencies = rows.map((row) => row.at.getTime() - (ackAt.get(row.cancel_key) as number));
  return { ...distribution(latencies), missed: count - rows.length };
}

/** The last `due` waiting sends (none of the cancelled) fall due over one minute, starting 12 s from now. */
async function measureDueBurst(
  url: string,
  smtp: SmtpSink,
  waiting: number,
  due: number,
  cancelled: number,
): Promise<
  Omit<
    SendQueueResult,
    | 'waiting'
    | 'seedSeconds'
    | 'bytesPerWaitingSend'
    | 'bytesPerItem'
    | 'idleCpu'
    | 'cancel'
    | 'due'
    | 'ceiling'
  >
> {
  // Fluxo learns of due times from its own sweeps (every 5 s, each setting a wake-up for the
  // next due send). Moved here behind its back, by an UPDATE that itself takes ~3 s at 100,000
  // rows, a start 3 s ahead was already past when the rows were committed: the first seconds of
  // sends then waited for the next sweep, which no send Fluxo scheduled itself ever does.
  const firstDueAt = Date.now() + FIRST_DUE_AFTER_MS;
  const dueAtOf = (n: number) =>
    firstDueAt + Math.floor(((n % due) * DUE_SPREAD_SECONDS * 1000) / due);
  // Past the customers whose sends the cancels took.
  const first = Math.max(cancelled + 1, waiting - due);
  await withClient(url, async (c) => {
    // The arrival a day before the due time, so the receiver's delay says "due" too.
    await c.query(
      `WITH chosen AS (
         SELECT i.id AS item_id, to_timestamp(($2::bigint
                  + floor(((substr(i.dedupe_key, 3)::int % $4::int) * $5::bigint * 1000) / $4::int)
                ) / 1000.0) AS due_at
           FROM source_item i
          WHERE i.dedupe_key LIKE 'w-%' AND substr(i.dedupe_key, 3)::int >= $1::int
            AND substr(i.dedupe_key, 3)::int < $3::int),
       items AS (
         UPDATE source_item SET received_at = chosen.due_at - interval '1 day'
           FROM chosen WHERE source_item.id = chosen.item_id RETURNING source_item.id)
       UPDATE delivery SET next_attempt_at = chosen.due_at
         FROM chosen WHERE delivery.item_id = chosen.item_id AND delivery.status = 'scheduled'`,
      [first, firstDueAt, first + due, due, DUE_SPREAD_SECONDS],
    );
  });
  smtp.clear();
  const expected = Math.min(due, waiting - first);
  const ids = () =>
    smtp
      .messages()
      .filter((m) => m.subject.startsWith(`${SUBJECT_PREFIX}w-`))
      .map((m) => ({
        n: Number(m.subject.slice(SUBJECT_PREFIX.length + 2)),
        at: Date.parse(m.receivedAt),
      }));
  // At worst 50 a second, plus the minute the due times are spread over.
  await waitUntil(
    () => new Set(ids().map((m) => m.n)).size >= expected,
    (DUE_SPREAD_SECONDS + 30 + expected / 50) * 1000,
    500,
  );
  const firstArrival = new Map<number, number>();
  let duplicates = 0;
  for (const { n, at } of ids()) {
    if (firstArrival.has(n)) duplicates++;
    else firstArrival.set(n, at);
  }
  const lags = [...firstArrival].map(([n, at]) => at - dueAtOf(n));
  const last = Math.max(firstDueAt, ...firstArrival.values());
  const drainSeconds = (last - firstDueAt) / 1000;
  return {
    startLag: { ...distribution(lags), notSent: expected - firstArrival.size },
    drainSeconds,
    mailsPerSecond: firstArrival.size / Math.max(0.001, drainSeconds),
    duplicates,
  };
}
