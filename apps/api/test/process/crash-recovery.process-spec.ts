import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SmtpSandbox } from '@fluxo/sandboxes';
import { eventually } from '@fluxo/testing';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { FluxoProcess, signUpOn } from './fluxo-process';

const ITEMS = 300;

/**
 * Real processes, real PostgreSQL, real SMTP: a run with hundreds of deliveries is interrupted
 * by kill -9 (and by SIGTERM), and after a restart every delivery completes, none is lost, and
 * any duplicate carries the same Message-ID (at most one per kill).
 */
describe('Crash recovery (processes, PostgreSQL)', () => {
  let smtp: SmtpSandbox;
  let database: TestDatabase;
  let dataDir: string;
  let fluxo: FluxoProcess;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
  });

  afterAll(async () => {
    await smtp?.stop();
  });

  beforeEach(async () => {
    smtp.clear();
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'fluxo-crash-'));
    fluxo = await FluxoProcess.create({
      DATABASE_URL: database.url,
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
      FLUXO_ALLOWED_HOSTS: '127.0.0.1',
      FLUXO_RUN_LEASE_SECONDS: '3',
      FLUXO_SHUTDOWN_GRACE_SECONDS: '5',
    });
    await fluxo.start();
  });

  afterEach(async () => {
    await fluxo?.kill();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A web form → e-mail connection that has just received one submission of ITEMS rows. */
  async function startBigRun(): Promise<{
    call: Awaited<ReturnType<typeof signUpOn>>;
    runId: string;
  }> {
    const call = await signUpOn(fluxo.baseUrl);
    const account = await call('POST', '/api/accounts', {
      connectorKey: 'email',
      name: 'Sandbox',
      credentials: {
        host: '127.0.0.1',
        port: smtp.port,
        security: 'none',
        fromAddress: 'shop@example.com',
      },
    });
    const connection = await call('POST', '/api/connections', { name: 'Bulk' });
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
    const { hookPath } = await call('GET', `/api/connections/${connection.id}`);
    const rows = Array.from({ length: ITEMS }, (_, n) => ({ n, email: `buyer${n}@example.com` }));
    const answer = await fetch(`${fluxo.baseUrl}${hookPath}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(rows),
    });
    expect(answer.status).toBe(200);
    return { call, runId: ((await answer.json()) as { runId: string }).runId };
  }

  async function waitFor(
    condition: () => boolean | Promise<boolean>,
    timeoutMs: number,
    what: string,
  ): Promise<void> {
    const check = async () => expect(await condition()).toBe(true);
    await eventually(check, { timeoutMs, intervalMs: 100, awaiting: what }).catch(
      (error: Error) => {
        // What the process logged meanwhile is what explains the wait.
        throw new Error(`${error.message}\n${fluxo.output().slice(-2000)}`);
      },
    );
  }

  const uniqueMessageIds = () => new Set(smtp.messages().map((m) => m.messageId)).size;

  it('should complete every delivery after kill -9, with duplicates only from the kills and the same Message-ID', async () => {
    const { call, runId } = await startBigRun();
    let kills = 0;

    for (const threshold of [40, 160]) {
      await waitFor(() => smtp.messages().length >= threshold, 60_000, `${threshold} e-mails`);
      await fluxo.kill();
      kills += 1;
      await fluxo.start();
    }
    await waitFor(() => uniqueMessageIds() >= ITEMS, 90_000, 'every e-mail');
    await waitFor(
      async () => (await call('GET', `/api/runs/${runId}`)).status === 'succeeded',
      30_000,
      'the run to succeed',
    );

    const run = await call('GET', `/api/runs/${runId}`);
    const recipients = new Set(smtp.messages().map((m) => m.to[0]));
    expect(recipients.size).toBe(ITEMS);
    expect(uniqueMessageIds()).toBe(ITEMS);
    expect(smtp.messages().length - ITEMS).toBeLessThanOrEqual(kills);
    expect(run).toMatchObject({
      status: 'succeeded',
      itemsCount: ITEMS,
      deliveriesOk: ITEMS,
      deliveriesFailed: 0,
    });
  });

  it('should stop on SIGTERM within the grace period without duplicates, and finish after restart', async () => {
    const { call, runId } = await startBigRun();
    await waitFor(() => smtp.messages().length >= 60, 60_000, '60 e-mails');

    const started = Date.now();
    const code = await fluxo.terminate();
    const stoppedAfterMs = Date.now() - started;
    const sentBeforeRestart = smtp.messages().length;
    await fluxo.start();
    await waitFor(() => uniqueMessageIds() >= ITEMS, 90_000, 'every e-mail');
    await waitFor(
      async () => (await call('GET', `/api/runs/${runId}`)).status === 'succeeded',
      30_000,
      'the run to succeed',
    );

    expect(code).toBe(0);
    expect(stoppedAfterMs).toBeLessThan(10_000);
    expect(sentBeforeRestart).toBeLessThan(ITEMS);
    expect(smtp.messages().length).toBe(ITEMS);
  });
});
