import { execFile } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { DATABASE_THREAD } from './embedded-database.thread';

const logger = new Logger('EmbeddedDatabase');

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/**
 * Postgres's defaults size a server's shared buffer cache at 128 MB, all of it WASM memory here.
 * One small instance with one connection does with far less: measured on 2 cores, 8 MB instead
 * of 16 MB took ~20 MB off PGlite opened alone (146–163 MB against 165–180), with no loss of
 * hooks/s the bench could tell apart from its noise.
 */
export const EMBEDDED_SETTINGS = ['shared_buffers=8MB', 'temp_buffers=2MB', 'work_mem=2MB'];

/**
 * Starts PGlite (Postgres compiled to WASM) in `<dataDir>/pg` and exposes it on a loopback port,
 * so TypeORM talks to it with the same `pg` driver and SQL as to a real PostgreSQL server.
 *
 * The database runs in a worker thread of its own: Postgres's work then runs on another core
 * than the API's, as a real server's would, instead of taking turns with it on the main thread.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const path = join(dataDir, 'pg');
  mkdirSync(path, { recursive: true });
  if (!existsSync(join(path, 'PG_VERSION'))) await createClusterApart(path);
  const worker = new Worker(DATABASE_THREAD, {
    eval: true,
    workerData: {
      path,
      settings: EMBEDDED_SETTINGS,
      pglite: require.resolve('@electric-sql/pglite'),
    },
  });
  const address = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the embedded database stopped (${code})`)));
    worker.once('message', (message: { address?: string; error?: string }) =>
      message.address ? resolve(message.address) : reject(new Error(message.error)),
    );
  });
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  let stopping = false;
  // Without its database the process can only fail every request: better to stop and be
  // restarted (the data is on disk).
  worker.on('error', (error) => logger.fatal(`The embedded database failed: ${error.message}`));
  worker.on('exit', (code) => {
    if (stopping) return;
    logger.fatal(`The embedded database stopped (exit code ${code}); stopping Fluxo`);
    process.exit(1);
  });
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      stopping = true;
      const stopped = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage('stop');
      await stopped;
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
