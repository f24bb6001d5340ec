/**
 * Fluxo's benchmark suite: hook ingest, hook → e-mail delivered, scheduler lag and the herd, for each
 * deployment mode (default; queue mode with 1 and 2 workers). Starts the built server as real
 * processes on loopback, gives every scenario a fresh database, and prints tables and a summary.
 *
 *   npm run bench                                   everything, ~15 minutes
 *   BENCH_SECONDS=3 BENCH_EMAIL_SECONDS=3 BENCH_SCHEDULER_CONNECTIONS=1000 \
 *   BENCH_SCHEDULER_SECONDS=65 BENCH_IDLE_SECONDS=5 npm run bench          quick check
 *   BENCH_MODES=default BENCH_SCENARIOS=ingest,email npm run bench         a subset
 *   BENCH_CPU_PROFILE_DIR=/tmp/prof …   each Fluxo process writes a V8 CPU profile there on stop
 *
 * Knobs and their defaults: lib/config.ts. Method of each figure: the scenario files.
 */
import { availableParallelism } from 'node:os';
import { benchConfig } from './lib/config';
import { freshEmbedded, freshPostgres, type BenchDatabase } from './lib/databases';
import { MODES, ModeUnavailable, redactedRedisUrl, type Mode } from './lib/modes';
import { round, type Distribution } from './lib/percentiles';
import { machineBusyPercentDuring } from './lib/process-cpu';
import { workCell } from './lib/database-work';
import { measureHookIngest, type IngestResult } from './scenarios/hook-ingest';
import { measureIngestCeiling, type IngestCeiling } from './scenarios/ingest-ceiling';
import {
  BENCH_SMTP_CONNECTIONS,
  measureHookToEmail,
  measureSmtpFloor,
  type EmailResult,
} from './scenarios/hook-to-email';
import { HERD, measureSchedulerLag, type SchedulerResult } from './scenarios/scheduler-lag';
import { measureSendQueue, type SendQueueResult } from './scenarios/send-queue';

type Row = Record<string, string | number>;
type Outcome<T> = { ok: T } | { na: string } | { error: string };

type Scenario = 'ingest' | 'email' | 'scheduler' | 'herd' | 'queue';

/** Above this share of the machine busy before a scenario starts, its figures are flagged. */
const BACKGROUND_WARN_PERCENT = 10;
/** Scenarios that started on a machine already busy with other work (shared CI boxes). */
const backgroundLoad: string[] = [];

interface ModeResults {
  mode: Mode;
  ingest: { database: string; outcome: Outcome<IngestResult> }[];
  email: { ratePerSecond: number; outcome: Outcome<EmailResult> }[];
  scheduler?: Outcome<SchedulerResult>;
  herd?: Outcome<SchedulerResult>;
  queue?: Outcome<SendQueueResult>;
}

async function main(): Promise<void> {
  const started = Date.now();
  const modes = MODES.filter((m) => !benchConfig.modes.length || benchConfig.modes.includes(m.key));
  const wanted = (s: Scenario) =>
    !benchConfig.scenarios.length || benchConfig.scenarios.includes(s);
  printSetup(modes);

  const all: ModeResults[] = [];
  for (const mode of modes) {
    const results: ModeResults = { mode, ingest: [], email: [] };
    all.push(results);
    // Once a mode is known to be unavailable, its other scenarios are skipped with the reason.
    let unavailable: string | null = null;
    const run = async <T>(
      what: string,
      freshDatabase: () => BenchDatabase | Promise<BenchDatabase>,
      measure: (database: BenchDatabase) => Promise<T>,
    ): Promise<Outcome<T>> => {
      if (unavailable) return { na: unavailable };
      // Nothing of ours runs now: whatever keeps the machine busy is someone else's and will
      // take CPU from the measurement, so say so next to the figures.
      const busy = await machineBusyPercentDuring(() => new Promise((r) => setTimeout(r, 1_000)));
      progress(`${mode.label}: ${what} (machine ${round(busy)} % busy before start)`);
      if (busy > BACKGROUND_WARN_PERCENT)
        backgroundLoad.push(`${mode.label} / ${what}: ${round(busy)} %`);
      const database = await freshDatabase();
      try {
        return { ok: await measure(database) };
      } catch (error) {
        if (error instanceof ModeUnavailable) {
          unavailable = error.message;
          progress(`${mode.label}: n/a: ${error.message}`);
          return { na: error.message };
        }
        console.error(error);
        process.exitCode = 1;
        return { error: (error as Error).message.split('\n')[0] };
      } finally {
        await database.drop();
      }
    };

    if (wanted('ingest')) {
      // PGlite is a single-process database: queue mode (several processes) needs PostgreSQL.
      const databases = mode.workers ? [freshPostgres] : [freshEmbedded, freshPostgres];
      for (const fresh of databases) {
        const probe = fresh === freshEmbedded ? 'PGlite (embedded)' : 'PostgreSQL';
        const outcome = await run(`hook ingest on ${probe}`, fresh, (db) =>
          measureHookIngest(mode, db),
        );
        results.ingest.push({ database: probe, outcome });
      }
    }
    if (wanted('email')) {
      for (const ratePerSecond of benchConfig.email.ratesPerSecond) {
        const outcome = await run(`hook → e-mail at ${ratePerSecond}/s`, freshPostgres, (db) =>
          measureHookToEmail(mode, db, ratePerSecond),
        );
        results.email.push({ ratePerSecond, outcome });
      }
    }
    if (wanted('scheduler')) {
      results.scheduler = await run('scheduler lag', freshPostgres, (db) =>
        measureSchedulerLag(mode, db),
      );
    }
    if (wanted('herd')) {
      results.herd = await run('scheduler herd', freshPostgres, (db) =>
        measureSchedulerLag(mode, db, HERD),
      );
    }
    // The queue's sweep is the same code in every mode; measured once, in-process.
    if (wanted('queue') && !mode.workers) {
      results.queue = await run('send queue', freshPostgres, (db) => measureSendQueue(mode, db));
    }
  }

  const smtpFloor = wanted('email') ? await measureSmtpFloor() : null;
  const ceiling = wanted('ingest') ? await measureIngestCeiling() : null;
  printTables(all, smtpFloor, ceiling);
  printSendQueue(all);
  console.log(`\n${summary(all)}`);
  if (backgroundLoad.length) {
    console.log(
      `\nCaution — the machine was already busy (other processes, 1 s sample) before: ${backgroundLoad.join('; ')}. Those figures understate Fluxo; rerun on a quiet machine.`,
    );
  }
  console.log(`\n(suite took ${Math.round((Date.now() - started) / 1000)} s)`);
}

/** Fluxo's figure as a share of a ceiling, two decimals; '–' without the ceiling. */
function ratio(value: number, ceiling: number | undefined): number | string {
  return ceiling ? Math.round((value / ceiling) * 100) / 100 : '–';
}

function printSetup(modes: Mode[]): void {
  const { ingest, email, scheduler } = benchConfig;
  const admin = new URL(benchConfig.adminUrl);
  console.log(
    [
      `Fluxo benchmark — node ${process.version}, ${availableParallelism()} CPUs, loopback only.`,
      `Modes: ${modes.map((m) => m.label).join(', ')}.`,
      `PostgreSQL: ${admin.host} (a fresh database per scenario, dropped after).`,
      ...(modes.some((m) => m.workers)
        ? [`Redis (queue modes): ${redactedRedisUrl()} (flushed before and after each scenario).`]
        : []),
      `Ingest: ${ingest.connections} connections × ${ingest.seconds} s. E-mail: ${email.ratesPerSecond.join(' and ')}/s × ${email.seconds} s.`,
      `Scheduler: ${scheduler.connections} connections, 1-minute interval, ${scheduler.seconds} s window, ${scheduler.idleSeconds} s idle window.`,
    ].join('\n'),
  );
}

function progress(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** One table row: the measured cells, or the reason the mode has none. */
function row<T>(head: Row, outcome: Outcome<T> | undefined, cells: (value: T) => Row): Row {
  if (!outcome) return { ...head, note: 'skipped' };
  if ('ok' in outcome) return { ...head, ...cells(outcome.ok) };
  if ('na' in outcome) return { ...head, note: `n/a: ${outcome.na}` };
  return { ...head, note: `error: ${outcome.error}` };
}

/** Percentile cell: "≥" when connections were still waiting, so the figure is a lower bound. */
function bound(value: number, censored: number): string | number {
  return censored ? `≥${round(value)}` : round(value);
}

function printTables(
  all: ModeResults[],
  smtpFloor: Distribution | null,
  ceiling: IngestCeiling | null,
): void {
  const { ingest, email, scheduler } = benchConfig;
  console.log(
    `\n1. Hook ingest — POST /hooks/:token (JSON form submission), ${ingest.connections} connections, ${ingest.seconds} s; 2xx only after the commit`,
  );
  console.table(
    all.flatMap(({ mode, ingest: rows }) =>
      rows.map(({ database, outcome }) =>
        row({ mode: mode.label, database }, outcome, (r) => ({
          'req/s': Math.round(r.requestsPerSecond),
          '× bare http': ratio(r.requestsPerSecond, ceiling?.bareHttp.requestsPerSecond),
          '× one INSERT': ratio(r.requestsPerSecond, ceiling?.oneInsert.requestsPerSecond),
          'p50 ms': r.p50Ms,
          'p99 ms': r.p99Ms,
          '2xx': r.accepted,
          stored: r.stored ?? '–',
          'non-2xx': r.non2xx,
          errors: r.errors,
          'api CPU %': round(r.cpu.api),
          'workers CPU %': round(r.cpu.workers),
          'machine busy %': round(r.machineBusy),
          'idle RSS MB': mb(r.idleRssMb.api),
          'idle workers RSS MB': mb(r.idleRssMb.workers),
          'WAL bytes/hook': workCell(r.workPerHook, (w) => Math.round(w.walBytes)),
          'WAL records/hook': workCell(r.workPerHook, (w) => round(w.walRecords)),
          'rows written/hook': workCell(r.workPerHook, (w) => round(w.rowWrites)),
        })),
      ),
    ),
  );

  if (ceiling) {
    const { bareHttp, oneInsert } = ceiling;
    console.log(
      `   Ceilings, same load on this machine: a bare node:http server ${Math.round(bareHttp.requestsPerSecond)} req/s (p99 ${bareHttp.p99Ms} ms); a Fastify route with one INSERT per request on PostgreSQL ${Math.round(oneInsert.requestsPerSecond)} req/s (p99 ${oneInsert.p99Ms} ms)`,
    );
  }

  console.log(
    `\n2. Hook → e-mail delivered — Web form → E-mail (SMTP sandbox${email.smtpHoldMs ? ` holding each message ${email.smtpHoldMs} ms` : ''}; the account sends ${BENCH_SMTP_CONNECTIONS} at once), sustained for ${email.seconds} s after ${email.warmUpSeconds} s of warm-up at the same rate (counted apart: "warm-up p99") (PostgreSQL); ms from sending the POST to the sandbox having the e-mail`,
  );
  console.table(
    all.flatMap(({ mode, email: rows }) =>
      rows.map(({ ratePerSecond, outcome }) =>
        row({ mode: mode.label, 'rate/s': ratePerSecond }, outcome, (r) => ({
          sent: r.sent,
          '2xx': r.acknowledged,
          arrived: r.arrived,
          duplicates: r.duplicates,
          'send s': round(r.sendSeconds),
          'mails/s': round(r.mailsPerSecond),
          'backlog at end': r.backlogAtEnd,
          'p50 ms': round(r.endToEnd.p50),
          'p99 ms': round(r.endToEnd.p99),
          'max ms': round(r.endToEnd.max),
          'ack p50 ms': round(r.ack.p50),
          'ack p99 ms': round(r.ack.p99),
          'warm-up p99 ms': r.warmUp.endToEnd ? round(r.warmUp.endToEnd.p99) : '–',
          'WAL bytes/mail': workCell(r.workPerMail, (w) => Math.round(w.walBytes)),
          'rows written/mail': workCell(r.workPerMail, (w) => round(w.rowWrites)),
        })),
      ),
    ),
  );
  if (smtpFloor) {
    console.log(
      `   Floor: nodemailer straight to the sandbox, a new connection per e-mail, one at a time: p50 ${round(smtpFloor.p50)} ms, max ${round(smtpFloor.max)} ms (the sandbox's SMTP server delays its greeting ~100 ms)`,
    );
  }

  console.log(
    `\n3. Scheduler — ${scheduler.connections} connections on a 1-minute interval, due times spread over ${scheduler.spreadSeconds} s, ${scheduler.seconds} s window (PostgreSQL); lag of each connection's first run, ms after its due time`,
  );
  console.table(
    all.map(({ mode, scheduler: outcome }) =>
      row({ mode: mode.label }, outcome, (r) => ({
        'claim p50': bound(r.claimLag.p50, r.notClaimed),
        'claim p99': bound(r.claimLag.p99, r.notClaimed),
        'claim max': bound(r.claimLag.max, r.notClaimed),
        'done p50': bound(r.finishLag.p50, r.notFinished),
        'done p99': bound(r.finishLag.p99, r.notFinished),
        'done max': bound(r.finishLag.max, r.notFinished),
        'not claimed': r.notClaimed,
        'not done': r.notFinished,
        'claimed/min': Math.round(r.claimedPerMinute),
        'done/min': Math.round(r.finishedPerMinute),
        'double fires': r.doubleFires,
        'peak RSS MB': mb(r.peakRssMb.api),
        'peak workers RSS MB': mb(r.peakRssMb.workers),
      })),
    ),
  );
  console.log(
    `\n   CPU, % of one core: idle = ${scheduler.idleSeconds} s with the ${scheduler.connections} connections enabled but none due; load = the scheduler window`,
  );
  console.table(
    all.map(({ mode, scheduler: outcome }) =>
      row({ mode: mode.label }, outcome, (r) => ({
        'idle api %': round(r.idleCpu.api),
        'idle workers %': round(r.idleCpu.workers),
        'load api %': round(r.loadCpu.api),
        'load workers %': round(r.loadCpu.workers),
      })),
    ),
  );

  console.log(
    `\n4. Herd — ${scheduler.connections} connections due at the same instant, ${scheduler.herdSeconds} s window (PostgreSQL); s after the due time`,
  );
  console.table(
    all.map(({ mode, herd: outcome }) =>
      row({ mode: mode.label }, outcome, (r) => ({
        'start p50 s': seconds(bound(r.claimLag.p50, r.notClaimed)),
        'start p99 s': seconds(bound(r.claimLag.p99, r.notClaimed)),
        'all done s': seconds(bound(r.finishLag.max, r.notFinished)),
        'not done': r.notFinished,
        'double fires': r.doubleFires,
        'peak RSS MB': mb(r.peakRssMb.api),
        'peak workers RSS MB': mb(r.peakRssMb.workers),
        'load api %': round(r.loadCpu.api),
        'load workers %': round(r.loadCpu.workers),
      })),
    ),
  );
}

function printSendQueue(all: ModeResults[]): void {
  const { waiting, due, cancels, idleSeconds } = benchConfig.queue;
  const measured = all.filter((r) => r.queue);
  if (!measured.length) return;
  console.log(
    `\n5. Send queue — ${waiting} sends waiting for a one-day delay (PostgreSQL); ${cancels} cancelling events at 20/s; then ${due} of them due within one minute, sent to the SMTP sink (the account sends ${BENCH_SMTP_CONNECTIONS} at once)`,
  );
  console.table(
    measured.map(({ mode, queue: outcome }) =>
      row({ mode: mode.label }, outcome, (r) => ({
        'seed s': round(r.seedSeconds),
        'bytes/waiting send': Math.round(r.bytesPerWaitingSend),
        'bytes/item': Math.round(r.bytesPerItem),
        [`idle api % (1 waiting, ${idleSeconds} s)`]: round(r.idleCpu.oneWaiting),
        [`idle api % (${waiting} waiting)`]: round(r.idleCpu.allWaiting),
        'cancel p50 ms': round(r.cancel.p50),
        'cancel p99 ms': round(r.cancel.p99),
        'cancel missed': r.cancel.missed,
      })),
    ),
  );
  console.table(
    measured.map(({ mode, queue: outcome }) =>
      row({ mode: mode.label }, outcome, (r) => ({
        due: r.due,
        'start lag p50 s': seconds(r.startLag.p50),
        'start lag p99 s': seconds(r.startLag.p99),
        'start lag max s': seconds(r.startLag.max),
        'not sent': r.startLag.notSent,
        duplicates: r.duplicates,
        'all sent after s': round(r.drainSeconds),
        'mails/s': round(r.mailsPerSecond),
        '× receiver': ratio(r.mailsPerSecond, r.ceiling.mailsPerSecond),
      })),
    ),
  );
  for (const { queue: outcome } of measured) {
    if (!outcome || !('ok' in outcome)) continue;
    const { ceiling } = outcome.ok;
    console.log(
      `   Receiver's speed, same sink on this machine: nodemailer alone with the same pool (${BENCH_SMTP_CONNECTIONS} at once) sends ${ceiling.mails} e-mails at ${round(ceiling.mailsPerSecond)} mails/s; a minute's ${due} due sends need ${round(due / 60)} mails/s`,
    );
  }
}

/** A millisecond figure (or a "≥ n" bound) in seconds, one decimal. */
function seconds(ms: number | string): number | string {
  if (typeof ms === 'number') return Math.round(ms / 100) / 10;
  const value = Number(ms.replace(/[^\d.]/g, ''));
  return `≥${Math.round(value / 100) / 10}`;
}

/** Megabytes as a whole number, or a dash when not measured (no workers, no /proc). */
function mb(value: number | null): number | string {
  return value === null ? '–' : Math.round(value);
}

/** One paragraph a reader can quote: the headline figure of each scenario per mode. */
function summary(all: ModeResults[]): string {
  const parts = all.map(({ mode, ingest, email, scheduler, herd, queue }) => {
    const facts: string[] = [];
    for (const { database, outcome } of ingest) {
      if ('ok' in outcome) {
        facts.push(
          `ingests ${Math.round(outcome.ok.requestsPerSecond)} hooks/s on ${database} (p99 ${outcome.ok.p99Ms} ms)`,
        );
      }
    }
    for (const { ratePerSecond, outcome } of email) {
      if (!('ok' in outcome)) continue;
      const e = outcome.ok;
      facts.push(
        `delivers ${round(e.mailsPerSecond)} e-mails/s, each in p50 ${round(e.endToEnd.p50)} ms / p99 ${round(e.endToEnd.p99)} ms, at ${ratePerSecond}/s (${e.arrived} of ${e.sent} arrived)`,
      );
    }
    if (scheduler && 'ok' in scheduler) {
      const s = scheduler.ok;
      facts.push(
        `starts scheduled runs of ${s.connections} connections p50 ${bound(s.claimLag.p50, s.notClaimed)} ms / p99 ${bound(s.claimLag.p99, s.notClaimed)} ms late and finishes them p99 ${bound(s.finishLag.p99, s.notFinished)} ms after due (${Math.round(s.finishedPerMinute)} done/min, ${s.notFinished} not done in the window), idling at ${round(s.idleCpu.api)} % CPU`,
      );
    }
    if (herd && 'ok' in herd) {
      const h = herd.ok;
      facts.push(
        `starts a herd of ${h.connections} connections due at once p99 ${bound(h.claimLag.p99, h.notClaimed)} ms late and has them all done ${bound(h.finishLag.max, h.notFinished)} ms after due (peak RSS ${mb(h.peakRssMb.api)} MB)`,
      );
    }
    if (queue && 'ok' in queue) {
      const q = queue.ok;
      facts.push(
        `keeps ${q.waiting} waiting sends at ${Math.round(q.bytesPerWaitingSend)} bytes each and ${round(q.idleCpu.allWaiting)} % idle CPU (${round(q.idleCpu.oneWaiting)} % with one), cancels one p99 ${round(q.cancel.p99)} ms after the cancelling hook's 2xx, and sends ${q.due} due within a minute at ${round(q.mailsPerSecond)} mails/s (${ratio(q.mailsPerSecond, q.ceiling.mailsPerSecond)}× nodemailer alone, ${round(q.ceiling.mailsPerSecond)}/s; start lag p99 ${seconds(q.startLag.p99)} s)`,
      );
    }
    const missing = [
      ...ingest.map((i) => i.outcome),
      ...email.map((e) => e.outcome),
      ...(scheduler ? [scheduler] : []),
      ...(herd ? [herd] : []),
    ].find((o) => !('ok' in o));
    if (!facts.length) {
      return `${mode.label}: ${missing && 'na' in missing ? `n/a (${missing.na})` : 'no figures'}`;
    }
    return `${mode.label} ${facts.join('; ')}`;
  });
  return `Summary: ${parts.join('. ')}.`;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
