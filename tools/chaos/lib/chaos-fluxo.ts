import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SmtpSandbox } from '@fluxo/sandboxes';
import { withClient } from '../../bench/lib/databases';
import {
  createFormConnection,
  RECEIVER_A_YEAR_AHEAD,
  signUp,
  switchOn,
  type ApiCall,
} from '../../bench/lib/fluxo-api';
import { FluxoServer } from '../../bench/lib/fluxo-server';

/** What every chaos scenario prints, and what its short CI version asserts on. */
export interface ChaosResult {
  scenario: string;
  /** Items the sender got a 2xx for (or rows of accepted calls). */
  sent: number;
  /** Distinct items found stored. */
  stored: number;
  /** Distinct items delivered (e-mails), when the scenario delivers. */
  delivered: number | null;
  /** Acknowledged but not stored, or (when it delivers) not delivered. */
  lost: number;
  /** Stored or delivered more than once, beyond the first. */
  duplicated: number;
  /** Duplicates whose idempotency key differs from the first copy's (must be 0). */
  duplicatesWithAnotherKey: number;
  /** Faults injected: kills and restarts. */
  faults: number;
  /** Longest time from a fault to the next completed work, seconds. */
  recoverySeconds: number;
  /** Scenario-specific figures (p99, RSS growth…). */
  extra: Record<string, string | number>;
}

/** The environment every chaos process gets on top of its database's. */
export function chaosEnv(databaseUrl: string, extra: Record<string, string> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-chaos-'));
  return {
    env: {
      DATABASE_URL: databaseUrl,
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
      FLUXO_ALLOWED_HOSTS: '127.0.0.1',
      // Short leases: a killed process's work is taken over within seconds, not a minute.
      FLUXO_RUN_LEASE_SECONDS: '3',
      FLUXO_HOOK_RATE_PER_SECOND: '0',
      ...extra,
    },
    cleanUp: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

/** A web form → e-mail connection on `smtp`; each row's `id` is the e-mail's subject. */
export async function formToEmail(
  baseUrl: string,
  smtp: SmtpSandbox,
): Promise<{ call: ApiCall; hookUrl: string; connectionId: string }> {
  const call = await signUp(baseUrl);
  const account = await call('POST', '/api/accounts', {
    connectorKey: 'email',
    name: 'SMTP sandbox',
    credentials: {
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      fromAddress: 'shop@example.com',
    },
  });
  const { id, hookPath } = await createFormConnection(call, 'Chaos form → e-mail', [
    {
      connectorKey: 'email',
      actionKey: 'send-email',
      accountId: account.id,
      mapping: { to: '{{ email }}', subject: '{{ id }}', text: 'Thanks for {{ id }}' },
    },
  ]);
  return { call, hookUrl: `${baseUrl}${hookPath}`, connectionId: id };
}

/** A PayT postback connection (approved sales) whose account holds `integrationKey`. */
export async function paytConnection(call: ApiCall, integrationKey: string): Promise<string> {
  const account = await call('POST', '/api/accounts', {
    connectorKey: 'payt',
    name: 'PayT',
    credentials: { integrationKey },
  });
  const connection = await call('POST', '/api/connections', { name: 'Chaos PayT' });
  await call('PUT', `/api/connections/${connection.id}/source`, {
    connectorKey: 'payt',
    actionKey: 'postback',
    accountId: account.id,
    settings: { events: ['approved'] },
  });
  await call('POST', `/api/connections/${connection.id}/receivers`, RECEIVER_A_YEAR_AHEAD);
  await switchOn(call, connection.id);
  return (await call<{ hookPath: string }>('GET', `/api/connections/${connection.id}`)).hookPath;
}

/** POSTs rows until the hook answers 2xx (a real sender retries a refused connection). */
export async function postUntilAccepted(url: string, body: unknown, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    }).catch(() => null);
    if (answer?.ok) return;
    await answer?.arrayBuffer();
    if (Date.now() > deadline) throw new Error(`${url} never accepted the call`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** Counts e-mails by subject: delivered ids, extra copies, and copies under another Message-ID. */
export function countDeliveries(smtp: SmtpSandbox, ids: readonly string[]) {
  const wanted = new Set(ids);
  const firstKey = new Map<string, string>();
  let duplicated = 0;
  let duplicatesWithAnotherKey = 0;
  for (const message of smtp.messages()) {
    if (!wanted.has(message.subject)) continue;
    const key = firstKey.get(message.subject);
    if (key === undefined) {
      firstKey.set(message.subject, message.messageId);
      continue;
    }
    duplicated++;
    if (key !== message.messageId) duplicatesWithAnotherKey++;
  }
  return { delivered: firstKey.size, duplicated, duplicatesWithAnotherKey };
}

/** Resident memory of a process, in MB (Linux). */
/** Deliveries now in one status, read from the database (the processes may be down). */
export function deliveriesWithStatus(databaseUrl: string, status: string): Promise<number> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery WHERE status = $1`,
      [status],
    );
    return rows[0].n;
  });
}

export function rssMegabytes(pid: number | undefined): number {
  if (!pid) return Number.NaN;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return kb / 1024;
  } catch {
    return Number.NaN;
  }
}

export { FluxoServer };
