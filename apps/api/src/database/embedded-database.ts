import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Postgres's defaults size a server's shared buffer cache at 128 MB, all of it WASM memory here.
 * One small instance with one connection does with far less.
 */
export const EMBEDDED_SETTINGS = ['shared_buffers=16MB', 'temp_buffers=2MB', 'work_mem=2MB'];

/**
 * Starts PGlite (Postgres compiled to WASM) in `<dataDir>/pg` and exposes it on a loopback port,
 * so TypeORM talks to it with the same `pg` driver and SQL as to a real PostgreSQL server.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const path = join(dataDir, 'pg');
  mkdirSync(path, { recursive: true });
  if (!existsSync(join(path, 'PG_VERSION'))) await createClusterApart(path);
  // Loaded here, not at the top: a process on a PostgreSQL server never holds PGlite (≈5 MB).
  const [{ PGlite }, { PGLiteSocketServer }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('@electric-sql/pglite-socket'),
  ]);
  const db = await PGlite.create(path, { postgresqlconf: EMBEDDED_SETTINGS });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Creating the cluster (initdb) grows PGlite's WASM memory to ~800 MB, and a process does not
 * hand that back: done in a short-lived child process, the server starts at its idle size.
 */
function createClusterApart(path: string): Promise<void> {
  const pglite = JSON.stringify(require.resolve('@electric-sql/pglite'));
  const script =
    `require(${pglite}).PGlite.create(${JSON.stringify(path)}, ` +
    `{ postgresqlconf: ${JSON.stringify(EMBEDDED_SETTINGS)} }).then((db) => db.close())`;
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['-e', script], { timeout: 120_000 }, (error, _stdout, stderr) => {
      if (error)
        reject(new Error(`Creating the embedded database failed: ${stderr || error.message}`));
      else resolve();
    });
  });
}
