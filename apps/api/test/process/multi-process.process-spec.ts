import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '@fluxo/testing';
import { SmtpSandbox } from '@fluxo/sandboxes';
import IORedis from 'ioredis';
import { Client } from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { FluxoProcess, signUpOn } from './fluxo-process';

const REDIS_BASE = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

/** Several real Fluxo processes on one PostgreSQL database (and one Redis in queue mode). */
describe('Several processes (PostgreSQL, Redis)', () => {
  let database: TestDatabase;
  let dataDir: string;
  let processes: FluxoProcess[] = [];
  let smtp: SmtpSandbox;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
  });

  afterAll(async () => {
    await smtp?.stop();
  });

  afterEach(async () => {
    await Promise.all(processes.map((p) => p.kill()));
    processes = [];
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function startProcesses(
    roles: string[],
    extraEnv: Record<string, string> = {},
  ): Promise<FluxoProcess[]> {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'fluxo-multi-'));
    const shared = {
      DATABASE_URL: database.url,
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
      FLUXO_ALLOWED_HOSTS: '127.0.0.1',
      FLUXO_RUN_LEASE_SECONDS: '3',
      ...extraEnv,
    };
    // The first process runs the migrations alone; the others start on a ready schema.
    for (const role of roles) {
      const started = await FluxoProcess.create({ ...shared, FLUXO_ROLE: role });
      await started.start(role === 'worker' ? { waitForHealth: false } : {});
      processes.push(started);
    }
    return processes;
  }

  it('should fire each due connection exactly once when three processes tick on one database', async () => {
    const [first] = await startProcesses(['all', 'all', 'all']);
    const call = await signUpOn(first.baseUrl);
    const ids: string[] = [];
    for (let i = 0; i < 30; i++) {
      const connection = await call<{ id: string }>('POST', '/api/connections', { name: `C${i}` });
      ids.push(connection.id);
    }
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      // Web-form connections on an interval have nothing to poll: each fire is one empty run.
      await db.query(
        `UPDATE connection SET enabled = true, trigger = '{"type":"interval","minutes":60}', next_run_at = now() - interval '1 second'
          WHERE id = ANY($1)`,
        [ids],
      );
      const deadline = Date.now() + 20_000;
      let fired = 0;
      while (Date.now() < deadline && fired < 30) {
        await new Promise((r) => setTimeout(r, 250));
        fired = (
          await db.query(
            `SELECT count(DISTINCT connection_id)::int AS n FROM run WHERE cause = 'schedule'`,
          )
        ).rows[0].n;
      }
      await new Promise((r) => setTimeout(r, 2_500));
      const runs = await db.query(
        `SELECT connection_id, count(*)::int AS runs FROM run WHERE cause = 'schedule' GROUP BY connection_id`,
      );

      expect(runs.rows).toHaveLength(30);
      expect(runs.rows.every((r: { runs: number }) => r.runs === 1)).toBe(true);
    } finally {
      await db.end();
    }
  });

  it('should finish a queued run after its worker is killed with -9, using another worker', async () => {
    const redisDb = 7 + Math.floor(Math.random() * 8);
    const redisUrl = `${REDIS_BASE}/${redisDb}`;
    const redis = new IORedis(redisUrl);
    await redis.flushdb();
    smtp.clear();
    try {
      const [api, worker] = await startProcesses(['api', 'worker'], { REDIS_URL: redisUrl });
      const call = await signUpOn(api.baseUrl);
      const account = await call<{ id: string }>('POST', '/api/accounts', {
        connectorKey: 'email',
        name: 'Sandbox',
        credentials: {
          host: '127.0.0.1',
          port: smtp.port,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      });
      const connection = await call<{ id: string }>('POST', '/api/connections', { name: 'Bulk' });
      await call('PUT', `/api/connections/${connection.id}/source`, {
        connectorKey: 'forms',
        actionKey: 'new-submission',
      });
      await call('POST', `/api/connections/${connection.id}/receivers`, {
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.id,
        mapping: { to: '{{ email }}', subject: 'Order {{ n }}', text: 'Thanks' },
      });
      await call('PATCH', `/api/connections/${connection.id}`, { enabled: true });
      const { hookPath } = await call<{ hookPath: string }>(
        'GET',
        `/api/connections/${connection.id}`,
      );
      const rows = Array.from({ length: 200 }, (_, n) => ({ n, email: `buyer${n}@example.com` }));
      await fetch(`${api.baseUrl}${hookPath}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(rows),
      });

      await waitFor(() => smtp.messages().length >= 40, 'the worker to start sending');
      await worker.kill();
      const replacement = await FluxoProcess.create({
        ...worker.environment(),
        FLUXO_ROLE: 'worker',
      });
      await replacement.start({ waitForHealth: false });
      processes.push(replacement);
      await waitFor(
        () => new Set(smtp.messages().map((m) => m.messageId)).size >= 200,
        'every e-mail',
        90_000,
      );

      expect(new Set(smtp.messages().map((m) => m.to[0])).size).toBe(200);
      expect(smtp.messages().length - 200).toBeLessThanOrEqual(1);
    } finally {
      await redis.flushdb();
      redis.disconnect();
    }
  });

  async function waitFor(
    condition: () => boolean,
    what: string,
    timeoutMs = 60_000,
  ): Promise<void> {
    const check = () => expect(condition()).toBe(true);
    await eventually(check, { timeoutMs, intervalMs: 100, awaiting: what }).catch(
      (error: Error) => {
        // What the processes logged meanwhile is what explains the wait.
        const logs = processes.map((p) => p.output().slice(-1500)).join('\n---\n');
        throw new Error(`${error.message}\n${logs}`);
      },
    );
  }
});
