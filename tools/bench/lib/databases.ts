import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { benchConfig } from './config';

/** A database a scenario owns: the env that points Fluxo at it, and how to throw it away. */
export interface BenchDatabase {
  label: 'PGlite (embedded)' | 'PostgreSQL';
  /** Set for PostgreSQL only: the bench reads results from it directly. */
  url: string | null;
  env: Record<string, string>;
  drop(): Promise<void>;
}

/** An empty embedded (PGlite) data folder; Fluxo creates the database and its key in it. */
export function freshEmbedded(): BenchDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-bench-'));
  return {
    label: 'PGlite (embedded)',
    url: null,
    env: { FLUXO_DATA_DIR: dataDir },
    drop: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A new, empty PostgreSQL database; Fluxo runs its migrations on start. */
export async function freshPostgres(): Promise<BenchDatabase> {
  const name = `fluxo_bench_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const url = new URL(benchConfig.adminUrl);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-bench-'));
  return {
    label: 'PostgreSQL',
    url: url.toString(),
    env: {
      DATABASE_URL: url.toString(),
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
    },
    drop: async () => {
      // FORCE: a killed server may leave connections behind for a moment.
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs `work` with a client on `url`, always closing it. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function adminQuery(sql: string): Promise<void> {
  await withClient(benchConfig.adminUrl, (client) => client.query(sql).then(() => undefined));
}
