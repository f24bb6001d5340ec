import IORedis from 'ioredis';
import { benchConfig } from './config';
import { FluxoServer } from './fluxo-server';

/**
 * How Fluxo is deployed for a measurement. The list is data so a new deployment shape is one
 * more entry: `default` is one all-in-one process (HTTP + scheduler + in-process executor);
 * queue modes are one `FLUXO_ROLE=api` process plus N `FLUXO_ROLE=worker` processes sharing
 * Redis (BullMQ) and PostgreSQL.
 */
export interface Mode {
  key: string;
  label: string;
  /** 0 = no Redis, the api process executes runs itself. */
  workers: number;
}

export const MODES: readonly Mode[] = [
  { key: 'default', label: 'default (in-process)', workers: 0 },
  { key: 'queue-1', label: 'queue + 1 worker', workers: 1 },
  { key: 'queue-2', label: 'queue + 2 workers', workers: 2 },
];

/** The mode cannot run on this build or machine; the suite prints "n/a: <reason>" and goes on. */
export class ModeUnavailable extends Error {}

/** The processes of one mode, started against one database. */
export interface Stack {
  api: FluxoServer;
  workers: FluxoServer[];
  /** Every process, for CPU accounting. */
  pids(): { api: number | undefined; workers: (number | undefined)[] };
  stop(): Promise<void>;
}

/**
 * Starts the api (or all-in-one) process, then the workers. Failures that mean "queue mode is
 * not there yet" (Redis unreachable, a process that exits at start) become ModeUnavailable;
 * whatever was started is stopped before throwing.
 */
export async function startStack(mode: Mode, env: Record<string, string>): Promise<Stack> {
  const queueEnv: Record<string, string> = mode.workers ? { REDIS_URL: benchConfig.redisUrl } : {};
  if (mode.workers) await flushBenchRedis();
  const api = await FluxoServer.http(`${mode.label}: api`, {
    ...env,
    ...queueEnv,
    ...(mode.workers ? { FLUXO_ROLE: 'api' } : ({} as Record<string, string>)),
  });
  const workers: FluxoServer[] = [];
  const stop = async () => {
    await Promise.all([api, ...workers].map((p) => p.stop()));
    if (mode.workers) await flushBenchRedis().catch(() => undefined);
  };
  try {
    await start(api, mode, {});
    for (let i = 0; i < mode.workers; i++) {
      const worker = FluxoServer.worker(`${mode.label}: worker ${i + 1}`, {
        ...env,
        ...queueEnv,
        FLUXO_ROLE: 'worker',
        // Only to notice the "ready" line; the output is captured, not printed.
        LOG_LEVEL: 'log',
      });
      workers.push(worker);
      await start(worker, mode, { settleMs: 5_000 });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    api,
    workers,
    pids: () => ({ api: api.pid, workers: workers.map((w) => w.pid) }),
    stop,
  };
}

async function start(process: FluxoServer, mode: Mode, options: { settleMs?: number }) {
  try {
    await process.start(options);
  } catch (error) {
    const reason = `${process.label} ${(error as Error).message}: ${process.lastLine()}`;
    // Only queue modes may be missing; the default mode failing is a real failure.
    if (mode.workers) throw new ModeUnavailable(reason);
    throw new Error(`${reason}\n${process.tail()}`);
  }
}

/**
 * Empties the bench's own Redis database index (see benchConfig.redisUrl), so jobs left by a
 * previous scenario (naming runs of a dropped database) do not reach the next one.
 */
async function flushBenchRedis(): Promise<void> {
  const redis = new IORedis(benchConfig.redisUrl, {
    lazyConnect: true,
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: () => null,
  });
  try {
    await redis.connect();
    await redis.flushdb();
  } catch (error) {
    throw new ModeUnavailable(
      `Redis not reachable at ${redactedRedisUrl()}: ${(error as Error).message}`,
    );
  } finally {
    redis.disconnect();
  }
}

/** The Redis URL without a password, for the printed report. */
export function redactedRedisUrl(): string {
  const url = new URL(benchConfig.redisUrl);
  if (url.password) url.password = '***';
  return url.toString();
}
