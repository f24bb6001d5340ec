import { SmtpSandbox } from '@fluxo/sandboxes';
import { createTransport } from 'nodemailer';
import { benchConfig } from '../lib/config';
import type { Client } from 'pg';
import type { BenchDatabase } from '../lib/databases';
import { databaseCounters, workPerUnitSince, type DatabaseWork } from '../lib/database-work';
import { createFormConnection, signUp } from '../lib/fluxo-api';
import { sleep, waitUntil } from '../lib/fluxo-server';
import { ModeUnavailable, startStack, type Mode } from '../lib/modes';
import { distribution, type Distribution } from '../lib/percentiles';
import { SmtpSink } from '../lib/smtp-sink';

export interface EmailResult {
  sent: number;
  acknowledged: number;
  arrived: number;
  duplicates: number;
  /** Seconds the sends took: shows whether the fixed rate was actually held. */
  sendSeconds: number;
  /** E-mails arrived per second, from the first POST to the last e-mail. */
  mailsPerSecond: number;
  /** Submissions whose e-mail had not arrived when the last POST went out. */
  backlogAtEnd: number;
  /** POST sent → e-mail accepted by the SMTP sandbox, ms. */
  endToEnd: Distribution;
  /** POST sent → 2xx answer, ms. */
  ack: Distribution;
  /** The warm-up before the measured window, same rate, not counted above. */
  warmUp: { seconds: number; endToEnd: Distribution | null };
  /** What each arrived e-mail cost the database, until its run finished (see DatabaseWork). */
  workPerMail: DatabaseWork | null;
}

/** No run is left unfinished: every e-mail's delivery and run are recorded. */
async function everyRunFinished(db: Client): Promise<boolean> {
  const { rows } = await db.query<{ unfinished: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM run WHERE status IN ('queued', 'running')) AS unfinished`,
  );
  return !rows[0].unfinished;
}

const SUBJECT_PREFIX = 'bench ';
/** The account's "messages at once": SMTP sessions each Fluxo process keeps open to the sandbox. */
export const BENCH_SMTP_CONNECTIONS = benchConfig.email.smtpConnections;

/**
 * Hook → e-mail delivered: a Web form → E-mail (SMTP) connection whose account points at the
 * SMTP sandbox, running in a child process (SmtpSink). Submissions go out at a fixed rate from a
 * timer (open loop: a slow answer does not delay the next send, as with real visitors), each
 * with a unique id that the e-mail's subject carries, so every e-mail is matched to its POST.
 * Latency = the sandbox's receivedAt (stamped once it has read and parsed the message) −
 * Date.now() just before the POST; both clocks are this machine's.
 */
export async function measureHookToEmail(
  mode: Mode,
  database: BenchDatabase,
  ratePerSecond: number,
): Promise<EmailResult> {
  const { seconds, drainSeconds, smtpHoldMs } = benchConfig.email;
  const smtp = await SmtpSink.start({ holdMs: smtpHoldMs });
  try {
    const stack = await startStack(mode, { ...database.env, FLUXO_ALLOWED_HOSTS: '127.0.0.1' });
    try {
      const call = await signUp(stack.api.baseUrl);
      const account = await call('POST', '/api/accounts', {
        connectorKey: 'email',
        name: 'SMTP sandbox',
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'shop@example.com',
          // A sending service's allowance; the default of 3 is Microsoft 365's.
          connections: BENCH_SMTP_CONNECTIONS,
        },
      });
      const { hookPath } = await createFormConnection(call, 'Bench form → e-mail', [
        {
          connectorKey: 'email',
          actionKey: 'send-email',
          accountId: account.id,
          mapping: {
            to: '{{ email }}',
            subject: `${SUBJECT_PREFIX}{{ id }}`,
            text: 'Thanks for order {{ id }}',
          },
        },
      ]);
      const hookUrl = `${stack.api.baseUrl}${hookPath}`;
      const post = (id: string) =>
        fetch(hookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id, email: `buyer-${id}@example.com`, amount: '49.90' }),
          signal: AbortSignal.timeout(30_000),
        });

      // One e-mail end to end first (not counted): opens the SMTP path and, in queue mode,
      // proves a worker takes runs — a worker that starts but never executes is "n/a".
      await post('warm-up');
      const warmedUp = await waitUntil(
        () => smtp.messages().some((m) => m.subject === `${SUBJECT_PREFIX}warm-up`),
        30_000,
      );
      if (!warmedUp) {
        const reason = 'no e-mail reached the sandbox within 30 s of a submission';
        if (mode.workers) throw new ModeUnavailable(`${reason} (do the workers take runs?)`);
        throw new Error(`${reason}\n${stack.api.tail()}`);
      }
      // A server that has been up a while: code paths compiled, pools and plans made. Measured
      // from cold, the first seconds alone decided the p99 (≈1 s, against ≈0.15 s after).
      const warmUpSeconds = benchConfig.email.warmUpSeconds;
      let warmUpLatency: Distribution | null = null;
      if (warmUpSeconds > 0) {
        const warmUp = await sendAtRate(post, 'w', ratePerSecond, warmUpSeconds);
        await waitUntil(
          () => arrivalsOf(smtp, warmUp.sentAt).firstArrival.size >= warmUp.sentAt.size,
          drainSeconds * 1000,
          200,
        );
        warmUpLatency = latencies(arrivalsOf(smtp, warmUp.sentAt).firstArrival, warmUp.sentAt);
      }
      smtp.clear();
      const countersBefore = database.url ? await databaseCounters(database.url) : null;

      const total = Math.round(ratePerSecond * seconds);
      const load = await sendAtRate(post, 's', ratePerSecond, seconds);
      const { sentAt, sendSeconds, sendingEndedAt } = load;
      await waitUntil(
        () => arrivalsOf(smtp, sentAt).firstArrival.size >= total,
        drainSeconds * 1000,
        200,
      );
      const { firstArrival, duplicates } = arrivalsOf(smtp, sentAt);
      const workPerMail =
        database.url && countersBefore
          ? await workPerUnitSince(
              database.url,
              countersBefore,
              firstArrival.size,
              everyRunFinished,
            )
          : null;
      const firstSentAt = Math.min(...sentAt.values());
      const lastArrivalAt = Math.max(firstSentAt, ...firstArrival.values());
      return {
        sent: total,
        acknowledged: load.acknowledged(),
        arrived: firstArrival.size,
        duplicates,
        sendSeconds,
        mailsPerSecond: firstArrival.size / Math.max(0.001, (lastArrivalAt - firstSentAt) / 1000),
        backlogAtEnd:
          total - [...firstArrival.values()].filter((at) => at <= sendingEndedAt).length,
        endToEnd: latencies(firstArrival, sentAt),
        ack: distribution(load.ackMs),
        warmUp: { seconds: warmUpSeconds, endToEnd: warmUpLatency },
        workPerMail,
      };
    } finally {
      await stack.stop();
    }
  } finally {
    await smtp.stop();
  }
}

interface SentLoad {
  /** Id → Date.now() just before its POST. */
  sentAt: Map<string, number>;
  ackMs: number[];
  acknowledged(): number;
  sendSeconds: number;
  sendingEndedAt: number;
}

/**
 * Submissions at a fixed rate from a timer (open loop), ids `${prefix}0`, `${prefix}1`, …;
 * resolves once every POST has been answered.
 */
async function sendAtRate(
  post: (id: string) => Promise<Response>,
  prefix: string,
  ratePerSecond: number,
  seconds: number,
): Promise<SentLoad> {
  const total = Math.round(ratePerSecond * seconds);
  const sentAt = new Map<string, number>();
  const ackMs: number[] = [];
  let acknowledged = 0;
  const answers: Promise<void>[] = [];
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    // Each send is due at a fixed offset from the start, so timer drift does not add up.
    const dueIn = started + (i * 1000) / ratePerSecond - performance.now();
    if (dueIn > 0) await sleep(dueIn);
    const id = `${prefix}${i}`;
    const sentAtMs = Date.now();
    sentAt.set(id, sentAtMs);
    answers.push(
      post(id)
        .then(async (response) => {
          await response.arrayBuffer();
          if (response.ok) acknowledged++;
          ackMs.push(Date.now() - sentAtMs);
        })
        .catch(() => undefined),
    );
  }
  const sendSeconds = (performance.now() - started) / 1000;
  const sendingEndedAt = Date.now();
  await Promise.all(answers);
  return { sentAt, ackMs, acknowledged: () => acknowledged, sendSeconds, sendingEndedAt };
}

/** The first arrival of each sent id, and how many arrived more than once. */
function arrivalsOf(
  smtp: SmtpSink,
  sentAt: ReadonlyMap<string, number>,
): { firstArrival: Map<string, number>; duplicates: number } {
  const firstArrival = new Map<string, number>();
  let duplicates = 0;
  for (const message of smtp.messages()) {
    const id = message.subject.slice(SUBJECT_PREFIX.length);
    if (!sentAt.has(id)) continue;
    if (firstArrival.has(id)) duplicates++;
    else firstArrival.set(id, Date.parse(message.receivedAt));
  }
  return { firstArrival, duplicates };
}

function latencies(
  firstArrival: ReadonlyMap<string, number>,
  sentAt: ReadonlyMap<string, number>,
): Distribution {
  return distribution([...firstArrival].map(([id, at]) => at - (sentAt.get(id) as number)));
}

/**
 * The floor under the e-mail figures: this process sends straight to a fresh SMTP sandbox with
 * nodemailer, one new connection per message (as Fluxo's e-mail connector does), one at a time.
 * The sandbox's SMTP server holds every greeting ~100 ms to catch clients that talk too soon, so
 * no per-connection sender can beat that; anything above it is Fluxo.
 */
export async function measureSmtpFloor(messages = 10): Promise<Distribution> {
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0 });
  try {
    const transport = createTransport({
      host: '127.0.0.1',
      port: smtp.port,
      secure: false,
      ignoreTLS: true,
      pool: false,
    });
    const latencies: number[] = [];
    for (let i = 0; i < messages; i++) {
      const sentAt = Date.now();
      await transport.sendMail({
        from: 'shop@example.com',
        to: 'buyer@example.com',
        subject: `floor ${i}`,
        text: 'Thanks',
      });
      const message = await smtp.waitForMessage((m) => m.subject === `floor ${i}`);
      latencies.push(Date.parse(message.receivedAt) - sentAt);
    }
    return distribution(latencies);
  } finally {
    await smtp.stop();
  }
}
