import { SmtpSandbox } from '@fluxo/sandboxes';
import { freshPostgres, withClient } from '../../bench/lib/databases';
import { createFormConnection, signUp, switchOn } from '../../bench/lib/fluxo-api';
import { sleep, waitUntil } from '../../bench/lib/fluxo-server';
import {
  chaosEnv,
  countDeliveries,
  deliveriesWithStatus,
  FluxoServer,
  postUntilAccepted,
  type ChaosResult,
} from '../lib/chaos-fluxo';

export interface KillWhileSendsDueOptions {
  /** Abandoned carts, each waiting for its e-mail. */
  waiting: number;
  /** Of those, cancelled by a purchase before they fall due (every n-th). */
  cancelEvery: number;
  /** Of the rest, cancelled by a purchase posted while the sends go out (a race; every n-th). */
  raceEvery: number;
  kills: number;
  killEverySeconds: number;
  /** The SMTP sandbox holds each message this long, so sends are still going out at the kills. */
  smtpHoldMs?: number;
  timeoutSeconds?: number;
}

/** Sends cut short by a kill are the only ones that may go twice (see kill-during-deliveries). */
export const SENDING_AT_KILLS = 'sending at the kills';
/** Sends found cancelled whose e-mail went out anyway (must be 0). */
export const SENT_AFTER_CANCEL = 'sent after cancel';

/**
 * The send queue under kill -9: abandoned-cart e-mails wait a day; a purchase of the same
 * customer cancels one; then every waiting send falls due at once and the process is killed
 * while they go out, with more purchases racing the sends. Every send must end either
 * cancelled (and never e-mailed) or e-mailed (a repeat only with the same Message-ID).
 */
export async function killWhileSendsDue(options: KillWhileSendsDueOptions): Promise<ChaosResult> {
  const { waiting, cancelEvery, raceEvery, kills, killEverySeconds } = options;
  const timeoutMs = (options.timeoutSeconds ?? 300) * 1000;
  const database = await freshPostgres();
  const databaseUrl = database.url as string;
  const smtp = await SmtpSandbox.start({
    host: '127.0.0.1',
    port: 0,
    holdMs: options.smtpHoldMs ?? 30,
  });
  const { env, cleanUp } = chaosEnv(databaseUrl);
  const fluxo = await FluxoServer.http('chaos send queue', env);
  try {
    await fluxo.start();
    const hookUrl = await abandonedCartConnection(fluxo.baseUrl, smtp);
    const ids = Array.from({ length: waiting }, (_, i) => `cart-${i}`);
    const cart = (id: string, status: string) => ({ id, status, email: `${id}@example.com` });
    for (let i = 0; i < ids.length; i += 50) {
      await postUntilAccepted(
        hookUrl,
        ids.slice(i, i + 50).map((id) => cart(id, 'abandoned')),
      );
    }
    await waitUntil(
      async () => (await deliveriesWithStatus(databaseUrl, 'scheduled')) >= waiting,
      120_000,
    );
    const cancelledEarly = ids.filter((_, i) => i % cancelEvery === 0);
    await postUntilAccepted(
      hookUrl,
      cancelledEarly.map((id) => cart(id, 'approved')),
    );
    await waitUntil(
      async () => (await deliveriesWithStatus(databaseUrl, 'cancelled')) >= cancelledEarly.length,
      120_000,
    );

    // A day passes: every waiting send falls due at once.
    await withClient(databaseUrl, async (db) => {
      await db.query(`UPDATE source_item SET received_at = received_at - interval '25 hours'`);
      await db.query(`UPDATE delivery SET next_attempt_at = now() WHERE status = 'scheduled'`);
    });
    const racing = ids.filter((_, i) => i % cancelEvery !== 0 && i % raceEvery === 0);
    const race = postUntilAccepted(
      hookUrl,
      racing.map((id) => cart(id, 'approved')),
    );
    let faults = 0;
    let sendingAtKills = 0;
    let recoverySeconds = 0;
    await waitUntil(() => smtp.messages().length > 0, 60_000, 20);
    for (; faults < kills; faults++) {
      if (faults > 0) await sleep(killEverySeconds * 1000);
      const before = smtp.messages().length;
      const killedAt = Date.now();
      await fluxo.kill();
      sendingAtKills += await deliveriesWithStatus(databaseUrl, 'sending');
      await fluxo.start({ settleMs: 1_000 });
      if ((await deliveriesWithStatus(databaseUrl, 'scheduled')) === 0) continue;
      await waitUntil(() => smtp.messages().length > before, 120_000, 50);
      recoverySeconds = Math.max(recoverySeconds, (Date.now() - killedAt) / 1000);
    }
    await race;
    await waitUntil(async () => (await countUnfinished(databaseUrl)) === 0, timeoutMs, 200);

    const cancelled = new Set(await cancelledCarts(databaseUrl));
    const mailed = countDeliveries(smtp, ids);
    const sentAfterCancel = smtp.messages().filter((m) => cancelled.has(m.subject)).length;
    const shouldGo = ids.filter((id) => !cancelled.has(id));
    const went = countDeliveries(smtp, shouldGo);
    return {
      scenario: `kill -9 ×${kills} while ${waiting} waiting sends fall due at once (${cancelled.size} cancelled by purchases; ${racing.length} purchases raced the sends)`,
      sent: waiting,
      stored: waiting,
      delivered: went.delivered,
      lost: shouldGo.length - went.delivered,
      duplicated: mailed.duplicated,
      duplicatesWithAnotherKey: mailed.duplicatesWithAnotherKey,
      faults,
      recoverySeconds,
      extra: {
        [SENDING_AT_KILLS]: sendingAtKills,
        [SENT_AFTER_CANCEL]: sentAfterCancel,
        cancelled: cancelled.size,
      },
    };
  } finally {
    await fluxo.stop();
    await smtp.stop();
    await database.drop();
    cleanUp();
  }
}

/** Abandoned carts wait a day for their e-mail; the same customer's purchase cancels it. */
async function abandonedCartConnection(baseUrl: string, smtp: SmtpSandbox): Promise<string> {
  const call = await signUp(baseUrl);
  const account = await call<{ id: string }>('POST', '/api/accounts', {
    connectorKey: 'email',
    name: 'SMTP sandbox',
    credentials: {
      host: '127.0.0.1',
      port: smtp.port,
      security: 'none',
      fromAddress: 'shop@example.com',
    },
  });
  const { id, hookPath } = await createFormConnection(call, 'Abandoned carts');
  await call('POST', `/api/connections/${id}/receivers`, {
    connectorKey: 'email',
    actionKey: 'send-email',
    accountId: account.id,
    mapping: { to: '{{ email }}', subject: '{{ id }}', text: 'Your cart {{ id }} waits' },
    conditions: {
      groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'abandoned' }] }],
    },
    delay: { type: 'after', wait: { amount: 1, unit: 'days' } },
    cancelWhen: {
      key: '{{ email }}',
      connectionIds: [id],
      onlyIf: { variable: 'status', values: ['approved'] },
    },
  });
  await switchOn(call, id);
  return `${baseUrl}${hookPath}`;
}

/** Deliveries not yet at an end (sent, cancelled, skipped or failed). */
async function countUnfinished(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM delivery
        WHERE status IN ('pending', 'sending', 'retrying', 'scheduled')`,
    );
    return rows[0].n;
  });
}

/** The carts whose e-mail was cancelled, by their id. */
async function cancelledCarts(databaseUrl: string): Promise<string[]> {
  return withClient(databaseUrl, async (db) => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT i.payload->>'id' AS id FROM delivery d JOIN source_item i ON i.id = d.item_id
        WHERE d.status = 'cancelled'`,
    );
    return rows.map((row) => row.id);
  });
}
