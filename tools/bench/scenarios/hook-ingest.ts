import autocannon from 'autocannon';
import { benchConfig } from '../lib/config';
import type { Client } from 'pg';
import { withClient, type BenchDatabase } from '../lib/databases';
import { databaseCounters, workPerUnitSince, type DatabaseWork } from '../lib/database-work';
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
  /**
   * PostgreSQL only (null on PGlite): what each stored hook cost the database, until its run
   * was planned (the executor is waited for).
   */
  workPerHook: DatabaseWork | null;
}

/** Every stored hook's run has its deliveries planned. */
async function everyRunPlanned(db: Client): Promise<boolean> {
  const { rows } = await db.query<{ unplanned: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM run r WHERE NOT EXISTS (
       SELECT 1 FROM delivery d WHERE d.run_id = r.id)) AS unplanned`,
  );
  return !rows[0].unplanned;
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
        ? await workPerUnitSince(database.url, countersBefore, stored, everyRunPlanned)
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
