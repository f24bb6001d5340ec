import type { Client } from 'pg';
import { withClient } from './databases';
import { sleep, waitUntil } from './fluxo-server';

/**
 * What the database did per unit of work (a stored hook, a delivered e-mail): WAL bytes and
 * records written, and rows inserted + updated + deleted. Unlike rates these hardly move with
 * the machine's load, so a change to the ledger shows here even on a busy or shared box. WAL
 * is counted for the whole PostgreSQL server: run the bench alone on it.
 */
export interface DatabaseCounters {
  walBytes: number;
  walRecords: number;
  rowWrites: number;
}

export interface DatabaseWork extends DatabaseCounters {
  /** False when Fluxo had not finished the work by the deadline: partial figures. */
  settled: boolean;
}

const SETTLE_DEADLINE_MS = 60_000;
/** pg_stat_* are flushed by each backend at most once a second, when it goes idle. */
const STATS_FLUSH_MS = 1_500;

export function databaseCounters(url: string): Promise<DatabaseCounters> {
  return withClient(url, async (db) => {
    const { rows } = await db.query<{ wal_bytes: string; wal_records: string; writes: string }>(
      `SELECT w.wal_bytes::bigint AS wal_bytes, w.wal_records,
              d.tup_inserted + d.tup_updated + d.tup_deleted AS writes
         FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = current_database()`,
    );
    return {
      walBytes: Number(rows[0].wal_bytes),
      walRecords: Number(rows[0].wal_records),
      rowWrites: Number(rows[0].writes),
    };
  });
}

/**
 * The counters moved since `before`, per unit, read once `settled` says Fluxo has finished
 * the units' work (polled until a deadline).
 */
export async function workPerUnitSince(
  url: string,
  before: DatabaseCounters,
  units: number,
  settled: (db: Client) => Promise<boolean>,
): Promise<DatabaseWork> {
  const done = await waitUntil(() => withClient(url, settled), SETTLE_DEADLINE_MS, 250);
  await sleep(STATS_FLUSH_MS);
  const after = await databaseCounters(url);
  const per = (key: keyof DatabaseCounters) => (after[key] - before[key]) / Math.max(units, 1);
  return {
    walBytes: per('walBytes'),
    walRecords: per('walRecords'),
    rowWrites: per('rowWrites'),
    settled: done,
  };
}

/** A figure of a DatabaseWork for a table cell: '–' without one, marked when partial. */
export function workCell(
  work: DatabaseWork | null,
  figure: (w: DatabaseWork) => number | string,
): string | number {
  if (!work) return '–';
  return work.settled ? figure(work) : `${figure(work)} (partial)`;
}
