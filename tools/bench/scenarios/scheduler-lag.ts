import { benchConfig } from '../lib/config';
import { withClient, type BenchDatabase } from '../lib/databases';
import { signUp } from '../lib/fluxo-api';
import { sleep } from '../lib/fluxo-server';
import { startStack, type Mode } from '../lib/modes';
import { distribution, type Distribution } from '../lib/percentiles';
import { cpuPercentDuring } from '../lib/process-cpu';
import { residentMbOf } from '../lib/process-memory';

export interface SchedulerResult {
  connections: number;
  /** Due time → run row created by the scheduler's claim (run.started_at), ms. */
  claimLag: Distribution;
  /** Due time → that run finished (run.finished_at), ms. */
  finishLag: Distribution;
  /** Connections whose first run had not been claimed / finished when the window closed. */
  notClaimed: number;
  notFinished: number;
  claimedPerMinute: number;
  finishedPerMinute: number;
  /** Two scheduled runs of one connection less than 30 s apart (a 1-minute interval). */
  doubleFires: number;
  loadCpu: { api: number; workers: number };
  idleCpu: { api: number; workers: number };
  /** The most resident memory the api process and the workers held, up to the window's end. */
  peakRssMb: { api: number | null; workers: number | null };
}

const NAME_PREFIX = 'bench-sched-';

export interface SchedulerShape {
  /** Due times spread over this many seconds; 0 = all at the same instant (the herd). */
  spreadSeconds: number;
  /** Observation window after arming. */
  seconds: number;
  /** Idle CPU window before arming; 0 skips it. */
  idleSeconds: number;
}

/** 10,000 connections (by default) due at the same instant, as after a deploy or an outage. */
export const HERD: SchedulerShape = {
  spreadSeconds: 0,
  seconds: benchConfig.scheduler.herdSeconds,
  idleSeconds: 0,
};

/**
 * Scheduler lag with many connections on a 1-minute interval.
 *
 * 1. Connections are inserted with SQL (the API would take minutes for 10,000), each with a Web
 *    form source step, enabled, `next_run_at` a day ahead: nothing is due yet.
 * 2. Idle CPU: utime+stime of each process from /proc over a window with nothing due (but all
 *    the connections in place, so a tick that scans them would show).
 * 3. Arming: one transaction spreads `next_run_at` evenly over the next 60 s (starting 2 s out;
 *    for the herd every connection is due at the same instant)
 *    and copies the due times into `bench_due`, so the due time of each connection's first run
 *    is known exactly without touching Fluxo code.
 * 4. After the window: lag = started_at − due of each connection's first scheduled run (the
 *    scheduler's claim inserts the run with started_at = now() of the claiming transaction), and
 *    finished_at − due for when that run was done. A Web form source has nothing to poll, so a
 *    scheduled run finishes with 0 items: this measures scheduling and run bookkeeping, not a
 *    vendor. Connections still waiting at the end count as not claimed / finished, and the
 *    percentiles then include them at (window end − due): a lower bound, shown with ≥.
 * 5. Runs per minute: runs claimed (started_at) and finished (finished_at) in the last 60 s of
 *    the window; with due times spread over one interval, any 60 s after arming holds each
 *    connection's due time exactly once, so a scheduler that keeps up shows `connections`.
 */
export async function measureSchedulerLag(
  mode: Mode,
  database: BenchDatabase,
  shape: SchedulerShape = benchConfig.scheduler,
): Promise<SchedulerResult> {
  const { connections } = benchConfig.scheduler;
  const { spreadSeconds, seconds, idleSeconds } = shape;
  const url = database.url;
  if (!url) throw new Error('the scheduler scenario reads results from PostgreSQL');
  const stack = await startStack(mode, database.env);
  try {
    await signUp(stack.api.baseUrl);
    await withClient(url, async (db) => {
      const { rows } = await db.query<{ id: string }>(`SELECT id FROM workspace LIMIT 1`);
      await db.query(
        `INSERT INTO connection (workspace_id, name, enabled, trigger, next_run_at, hook_token)
         SELECT $1, $2 || g, true, '{"type":"interval","minutes":1}', now() + interval '1 day',
                $2 || g || '-' || md5(random()::text)
           FROM generate_series(1, $3) AS g`,
        [rows[0].id, NAME_PREFIX, connections],
      );
      await db.query(
        `INSERT INTO step (workspace_id, connection_id, role, connector_key, action_key)
         SELECT workspace_id, id, 'source', 'forms', 'new-submission'
           FROM connection WHERE name LIKE $1 || '%'`,
        [NAME_PREFIX],
      );
      await db.query(`ANALYZE connection; ANALYZE step`);
    });

    const cpu = async (window: () => Promise<void>) => {
      const { api, workers } = stack.pids();
      const [apiCpu, workerCpu] = await cpuPercentDuring([[api], workers], window);
      return { api: apiCpu, workers: workerCpu };
    };
    // Let start-up work (migrations, first ticks, JIT) settle before calling the process idle.
    await sleep(3_000);
    const idleCpu = idleSeconds
      ? await cpu(() => sleep(idleSeconds * 1000))
      : { api: Number.NaN, workers: Number.NaN };

    const armAt = new Date(Date.now() + 2_000);
    await withClient(url, async (db) => {
      await db.query('BEGIN');
      await db.query(
        `UPDATE connection AS c
            SET next_run_at = $1::timestamptz + n.i * $2::double precision * interval '1 millisecond'
           FROM (SELECT id, row_number() OVER (ORDER BY id) - 1 AS i
                   FROM connection WHERE name LIKE $3 || '%') AS n
          WHERE c.id = n.id`,
        [armAt, (spreadSeconds * 1000) / connections, NAME_PREFIX],
      );
      await db.query(
        `CREATE TABLE bench_due AS
           SELECT id AS connection_id, next_run_at AS due FROM connection WHERE name LIKE $1 || '%'`,
        [NAME_PREFIX],
      );
      await db.query('COMMIT');
    });
    const windowEnd = new Date(armAt.getTime() + seconds * 1000);
    const loadCpu = await cpu(() => sleep(windowEnd.getTime() - Date.now()));
    const { api, workers } = stack.pids();
    const peakRssMb = {
      api: residentMbOf([api], 'peak'),
      workers: workers.length ? residentMbOf(workers, 'peak') : null,
    };

    return await withClient(url, async (db) => {
      const { rows: lags } = await db.query<{
        claim_ms: number;
        finish_ms: number;
        not_claimed: boolean;
        not_finished: boolean;
      }>(
        `SELECT extract(epoch FROM (coalesce(r.started_at, $1) - d.due)) * 1000 AS claim_ms,
                extract(epoch FROM (coalesce(r.finished_at, $1) - d.due)) * 1000 AS finish_ms,
                r.started_at IS NULL AS not_claimed, r.finished_at IS NULL AS not_finished
           FROM bench_due d
           LEFT JOIN LATERAL (
             SELECT started_at, CASE WHEN finished_at <= $1 THEN finished_at END AS finished_at
               FROM run
              WHERE connection_id = d.connection_id AND cause = 'schedule' AND started_at <= $1
              ORDER BY started_at LIMIT 1) AS r ON true`,
        [windowEnd],
      );
      const minute = Math.min(60, seconds);
      const from = new Date(windowEnd.getTime() - minute * 1000);
      const { rows: rates } = await db.query<{ claimed: string; finished: string }>(
        `SELECT count(*) FILTER (WHERE started_at > $1 AND started_at <= $2) AS claimed,
                count(*) FILTER (WHERE finished_at > $1 AND finished_at <= $2) AS finished
           FROM run WHERE cause = 'schedule'`,
        [from, windowEnd],
      );
      const { rows: doubles } = await db.query<{ count: string }>(
        `SELECT count(*) FROM (
           SELECT started_at - lag(started_at) OVER (PARTITION BY connection_id ORDER BY started_at) AS gap
             FROM run WHERE cause = 'schedule') AS runs
          WHERE gap < interval '30 seconds'`,
      );
      return {
        connections,
        claimLag: distribution(lags.map((l) => Number(l.claim_ms))),
        finishLag: distribution(lags.map((l) => Number(l.finish_ms))),
        notClaimed: lags.filter((l) => l.not_claimed).length,
        notFinished: lags.filter((l) => l.not_finished).length,
        claimedPerMinute: (Number(rates[0].claimed) * 60) / minute,
        finishedPerMinute: (Number(rates[0].finished) * 60) / minute,
        doubleFires: Number(doubles[0].count),
        loadCpu,
        idleCpu,
        peakRssMb,
      };
    });
  } finally {
    await stack.stop();
  }
}
