import autocannon from 'autocannon';
import { benchConfig } from '../lib/config';
import { withClient, type BenchDatabase } from '../lib/databases';
import { createFormConnection, RECEIVER_A_YEAR_AHEAD, signUp } from '../lib/fluxo-api';
import { startStack, type Mode } from '../lib/modes';
import { sleep } from '../lib/fluxo-server';
import { cpuPercentDuring, machineBusyPercentDuring } from '../lib/process-cpu';
import { residentMbOf } from '../lib/process-memory';

const IDLE_SETTLE_MS = 5_000;
import { INGEST_BODY } from './ingest-ceiling';

export interface IngestResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  accepted: number;
  /**
   * Submissions found in the database afterwards (PostgreSQL only; null on PGlite, which only
   * the server can open). At least `accepted`: a request cut off when the time ran out may be
   * stored without its answer being counted.
   */
  stored: number | null;
  non2xx: number;
  errors: number;
  /** CPU during the load, % of one core (200 = both cores of 2); workers NaN without queue. */
  cpu: { api: number; workers: number };
  /** Whole machine busy during the load, % of all cores. */
  machineBusy: number;
  /** Resident memory before any load: the api process and, in queue mode, its workers. */
  idleRssMb: { api: number | null; workers: number | null };
  /** PostgreSQL only (null on PGlite): what each stored hook cost the database, see DatabaseWork. */
  workPerHook: DatabaseWork | null;
}

/**
 * What the database did per stored hook, from taking it to planning its run (the executor is
 * waited for): WAL bytes and records written, and rows inserted + updated + deleted. Unlike
 * req/s these hardly move with the machine's load, so a change to the ledger shows here even
 * on a busy or shared box. WAL is counted for the whole server: run the bench alone on it.
 */
export interface DatabaseWork {
  walBytes: number;
  walRecords: number;
  rowWrites: number;
  /** False when the executor had not planned every run by the deadline: partial figures. */
  drained: boolean;
}

const DRAIN_DEADLINE_MS = 60_000;

interface DatabaseCounters {
  walBytes: number;
  walRecords: number;
  rowWrites: number;
}

async function databaseCounters(url: string): Promise<DatabaseCounters> {
  return withClient(url, async (db) => {
    const { rows } = await db.query<{ wal_bytes: string; wal_records: string; writes: string }>(
      `SELECT w.wal_bytes::bigint AS wal_bytes, w.wal_records, d.tup_inserted + d.tup_updated + d.tup_deleted AS writes
         FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = current_database()`,
    );
    return {
      walBytes: Number(rows[0].wal_bytes),
      walRecords: Number(rows[0].wal_records),
      rowWrites: Number(rows[0].writes),
    };
  });
}

/** Waits until every stored hook's run has its deliveries planned; false at the deadline. */
async function executorDrained(url: string): Promise<boolean> {
  const deadline = Date.now() + DRAIN_DEADLINE_MS;
  while (Date.now() < deadline) {
    const unplanned = await withClient(url, async (db) => {
      const { rows } = await db.query<{ count: string }>(
        `SELECT count(*) FROM run r WHERE NOT EXISTS (SELECT 1 FROM delivery d WHERE d.run_id = r.id)`,
      );
      return Number(rows[0].count);
    });
    if (unplanned === 0) return true;
    await sleep(250);
  }
  return false;
}

/** The counters moved by `stored` hooks, read after the executor planned their runs. */
async function workPerHookSince(
  url: string,
  before: DatabaseCounters,
  stored: number,
): Promise<DatabaseWork> {
  const drained = await executorDrained(url);
  // pg_stat_* are flushed by each backend at most once a second when it goes idle.
  await sleep(1_500);
  const after = await databaseCounters(url);
  const per = (key: keyof DatabaseCounters) => (after[key] - before[key]) / Math.max(stored, 1);
  return {
    walBytes: per('walBytes'),
    walRecords: per('walRecords'),
    rowWrites: per('rowWrites'),
    drained,
  };
}

/**
 * Hook ingest: autocannon POSTs one JSON form submission per request to a Web form hook with a
 * fixed number of connections for a fixed time. Fluxo answers 200 only after the submission,
 * its item and its run are committed (one INSERT … WITH statement), so every 2xx counted here
 * was stored durably. Its one receiver sends a year later: this measures the ingest path, not
 * sending (the executor keeps planning the queued runs in the background, as it would).
 */
export async function measureHookIngest(
  mode: Mode,
  database: BenchDatabase,
): Promise<IngestResult> {
  const { seconds, connections } = benchConfig.ingest;
  const stack = await startStack(mode, database.env);
  try {
    const call = await signUp(stack.api.baseUrl);
    const { hookPath } = await createFormConnection(call, 'Bench ingest', [RECEIVER_A_YEAR_AHEAD]);
    const { api, workers } = stack.pids();
    // Idle as a user leaves it after setting up: started, signed up, one connection; let the
    // start-up garbage be collected first.
    await sleep(IDLE_SETTLE_MS);
    const idleRssMb = {
      api: residentMbOf([api]),
      workers: workers.length ? residentMbOf(workers) : null,
    };
    const countersBefore = database.url ? await databaseCounters(database.url) : null;
    let result: autocannon.Result | undefined;
    let machineBusy = Number.NaN;
    const [apiCpu, workerCpu] = await cpuPercentDuring([[api], workers], async () => {
      machineBusy = await machineBusyPercentDuring(async () => {
        result = await autocannon({
          url: `${stack.api.baseUrl}${hookPath}`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: INGEST_BODY,
          connections,
          duration: seconds,
        });
      });
    });
    if (!result) throw new Error('autocannon returned no result');
    const stored = database.url
      ? await withClient(database.url, async (db) => {
          const { rows } = await db.query<{ count: string }>(
            `SELECT count(*) FROM inbound_event WHERE status = 'accepted'`,
          );
          return Number(rows[0].count);
        })
      : null;
    const workPerHook =
      database.url && countersBefore && stored
        ? await workPerHookSince(database.url, countersBefore, stored)
        : null;
    return {
      workPerHook,
      requestsPerSecond: result.requests.average,
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      accepted: result['2xx'],
      stored,
      non2xx: result.non2xx,
      idleRssMb,
      // autocannon counts timeouts among errors already.
      errors: result.errors,
      cpu: { api: apiCpu, workers: workerCpu },
      machineBusy,
    };
  } finally {
    await stack.stop();
  }
}
