import { resolve } from 'node:path';

/** Repository root: the built server is started from here, like `npm start` would. */
export const ROOT = resolve(__dirname, '../../..');

/** The built API (npm run bench builds it first); the same binary serves every role. */
export const MAIN = resolve(ROOT, 'dist/apps/api/apps/api/src/main.js');

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
}

function ratesFromEnv(name: string, fallback: number[]): number[] {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const rates = raw.split(',').map(Number);
  if (rates.some((rate) => !Number.isFinite(rate) || rate <= 0)) {
    throw new Error(`${name} must be one or more numbers > 0, separated by commas`);
  }
  return rates;
}

/**
 * Every knob of the suite, read once. Defaults are the figures the issue asks for; shrink them
 * through the environment for quick runs (e.g. BENCH_SECONDS=3 BENCH_SCHEDULER_SECONDS=70).
 */
export const benchConfig = {
  /** PostgreSQL server on which each scenario gets a fresh database (created and dropped). */
  adminUrl: process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres',
  /**
   * Queue modes use a Redis database index of their own and flush it before and after each
   * scenario. 15 stays clear of the indexes the queue e2e tests pick (7–14).
   */
  redisUrl: process.env.BENCH_REDIS_URL || 'redis://127.0.0.1:6379/15',
  /** Comma-separated subset of modes (default, queue-1, queue-2) and scenarios to run. */
  modes: (process.env.BENCH_MODES ?? '').split(',').filter(Boolean),
  scenarios: (process.env.BENCH_SCENARIOS ?? '').split(',').filter(Boolean),
  ingest: {
    seconds: numberFromEnv('BENCH_SECONDS', 15),
    connections: numberFromEnv('BENCH_CONNECTIONS', 50),
  },
  email: {
    /** Each rate is a cell of its own (BENCH_EMAIL_RATE=200,1000). */
    ratesPerSecond: ratesFromEnv('BENCH_EMAIL_RATE', [200, 1000]),
    seconds: numberFromEnv('BENCH_EMAIL_SECONDS', 30),
    /** Sent first at the same rate and not counted (printed apart): the server warms up. */
    warmUpSeconds: numberFromEnv('BENCH_EMAIL_WARMUP_SECONDS', 5),
    /** After the last send, how long to wait for stragglers before counting them missing. */
    drainSeconds: numberFromEnv('BENCH_EMAIL_DRAIN_SECONDS', 30),
    /**
     * How long the SMTP sandbox holds each message before accepting it, as a distant mail
     * server would: with 50, deliveries are bound by waiting, not by CPU (queue-mode scaling).
     */
    smtpHoldMs: numberFromEnv('BENCH_SMTP_HOLD_MS', 0),
    /** The e-mail account's "messages at once" (1–20; Fluxo's default is 3). */
    smtpConnections: numberFromEnv('BENCH_SMTP_CONNECTIONS', 10),
  },
  scheduler: {
    connections: numberFromEnv('BENCH_SCHEDULER_CONNECTIONS', 10_000),
    /** Due times are spread evenly over this many seconds (one interval of 1 minute). */
    spreadSeconds: 60,
    /** Observation window after arming; must exceed the spread so every connection is due once. */
    seconds: numberFromEnv('BENCH_SCHEDULER_SECONDS', 75),
    idleSeconds: numberFromEnv('BENCH_IDLE_SECONDS', 20),
    /** The herd: every connection due at the same instant; observed for this long. */
    herdSeconds: numberFromEnv('BENCH_HERD_SECONDS', 20),
  },
  queue: {
    /** Sends waiting for a one-day delay (rows seeded in one statement). */
    waiting: numberFromEnv('BENCH_QUEUE_WAITING', 1_000_000),
    /** Of those, made due within one minute and sent to the SMTP sink. */
    due: numberFromEnv('BENCH_QUEUE_DUE', 100_000),
    /** Cancelling events ("paid" for a waiting customer), 20 a second. */
    cancels: numberFromEnv('BENCH_QUEUE_CANCELS', 200),
    /** E-mails nodemailer alone sends to the sink first: the receiver's speed (the ceiling). */
    ceilingMails: numberFromEnv('BENCH_QUEUE_CEILING_MAILS', 20_000),
    idleSeconds: numberFromEnv('BENCH_IDLE_SECONDS', 20),
  },
};
