/**
 * Hook ingest throughput: how many form submissions per second Fluxo stores and acknowledges,
 * on the embedded PGlite database and on PostgreSQL. Starts the built server (npm run build)
 * as a real process and loads it from this one with autocannon.
 *
 *   npm run bench            both databases
 *   BENCH_SECONDS=20 npm run bench
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../..');
const MAIN = join(ROOT, 'dist/apps/api/apps/api/src/main.js');
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const ADMIN_URL = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

interface Target {
  label: string;
  env: Record<string, string>;
  cleanup(): Promise<void>;
}

async function main(): Promise<void> {
  const targets: Target[] = [embeddedTarget(), await postgresTarget()];
  const rows: Record<string, string | number>[] = [];
  for (const target of targets) {
    try {
      rows.push(await measure(target));
    } finally {
      await target.cleanup();
    }
  }
  console.log(
    `\nHook ingest: POST /hooks/:token, JSON body, ${CONNECTIONS} connections, ${SECONDS} s each`,
  );
  console.table(rows);
}

async function measure(target: Target): Promise<Record<string, string | number>> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...target.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'error',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(base);
    const hookPath = await prepareConnection(base);
    const result = await autocannon({
      url: `${base}${hookPath}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        name: 'Ana Lima',
        email: 'ana@example.com',
        amount: '49.90',
        plan: 'pro',
      }),
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const accepted = result['2xx'];
    return {
      database: target.label,
      'req/s (mean)': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      accepted,
      'non-2xx': result.non2xx,
      errors: result.errors,
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((done) => child.once('exit', done));
  }
}

async function prepareConnection(base: string): Promise<string> {
  const signup = await fetch(`${base}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: `bench-${randomBytes(4).toString('hex')}@example.com`,
      password: 'benchmark-password',
    }),
  });
  const cookie = (signup.headers.get('set-cookie') ?? '').split(';')[0];
  const call = async (method: string, path: string, body: unknown): Promise<{ id: string }> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return response.json();
  };
  const connection = await call('POST', '/api/connections', { name: 'Bench' });
  await call('PUT', `/api/connections/${connection.id}/source`, {
    connectorKey: 'forms',
    actionKey: 'new-submission',
  });
  const withSource = await fetch(`${base}/api/connections/${connection.id}`, {
    headers: { cookie },
  });
  return ((await withSource.json()) as { hookPath: string }).hookPath;
}

function embeddedTarget(): Target {
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-bench-'));
  return {
    label: 'PGlite (embedded)',
    env: { FLUXO_DATA_DIR: dataDir },
    cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresTarget(): Promise<Target> {
  const name = `fluxo_bench_${randomBytes(4).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-bench-'));
  return {
    label: 'PostgreSQL',
    env: {
      DATABASE_URL: url.toString(),
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
    },
    cleanup: async () => {
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function admin(sql: string): Promise<void> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (
      await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false)
    )
      return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('Fluxo did not start within 60 s');
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
    server.on('error', fail);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
