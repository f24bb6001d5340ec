import { SmtpSandbox } from '@fluxo/sandboxes';
import { freshPostgres } from '../../bench/lib/databases';
import { sleep, waitUntil } from '../../bench/lib/fluxo-server';
import {
  chaosEnv,
  countDeliveries,
  deliveriesWithStatus,
  FluxoServer,
  formToEmail,
  postUntilAccepted,
  type ChaosResult,
} from '../lib/chaos-fluxo';
import { PrivateRedis } from '../lib/private-services';

export type KillTarget = 'inline' | 'queue worker' | 'queue api';

export interface KillDuringDeliveriesOptions {
  target: KillTarget;
  deliveries: number;
  killEverySeconds: number;
  /** Gives up waiting for the last e-mails after this long. */
  timeoutSeconds?: number;
}

const ROWS_PER_CALL = 50;

/**
 * Deliveries claimed for an attempt and not yet recorded: a kill can cut at most these short,
 * and only they may go out twice (each time with the delivery's idempotency key). Each run in
 * flight sends one delivery at a time, so this is at most FLUXO_RUN_CONCURRENCY per process.
 */
export const DUPLICATE_BOUND = 'duplicate bound (sending at the kills)';

/**
 * kill -9 every few seconds while deliveries are in flight: the all-in-one process, or in
 * queue mode a worker, or the api process. Each kill is followed by a restart; every row must
 * be e-mailed, and a row e-mailed twice must carry the same Message-ID (the delivery's
 * idempotency key) both times.
 */
export async function killDuringDeliveries(
  options: KillDuringDeliveriesOptions,
): Promise<ChaosResult> {
  const { target, deliveries, killEverySeconds, timeoutSeconds = 300 } = options;
  const database = await freshPostgres();
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0 });
  const redis = target === 'inline' ? null : await PrivateRedis.start();
  const { env, cleanUp } = chaosEnv(database.url as string, redis ? { REDIS_URL: redis.url } : {});
  const api = await FluxoServer.http(`chaos ${target}: api`, {
    ...env,
    ...(redis ? { FLUXO_ROLE: 'api' } : {}),
  });
  const worker = redis
    ? FluxoServer.worker(`chaos ${target}: worker`, {
        ...env,
        FLUXO_ROLE: 'worker',
        LOG_LEVEL: 'log',
      })
    : null;
  try {
    await api.start();
    await worker?.start({ settleMs: 3_000 });
    const victim = target === 'queue worker' ? (worker as FluxoServer) : api;
    const { hookUrl } = await formToEmail(api.baseUrl, smtp);
    const ids = Array.from({ length: deliveries }, (_, i) => `chaos-${i}`);
    for (let i = 0; i < ids.length; i += ROWS_PER_CALL) {
      const rows = ids
        .slice(i, i + ROWS_PER_CALL)
        .map((id) => ({ id, email: `${id}@example.com` }));
      await postUntilAccepted(hookUrl, rows);
    }

    const delivered = () => countDeliveries(smtp, ids).delivered;
    const deadline = Date.now() + timeoutSeconds * 1000;
    let faults = 0;
    let inFlightAtKills = 0;
    let recoverySeconds = 0;
    // The first kill lands once deliveries are flowing, the next ones every few seconds.
    await waitUntil(() => delivered() >= Math.max(1, ids.length * 0.05), 60_000, 20);
    while (delivered() < ids.length && Date.now() < deadline) {
      if (faults > 0) await sleep(killEverySeconds * 1000);
      if (delivered() >= ids.length) break;
      const before = smtp.messages().length;
      const killedAt = Date.now();
      await victim.kill();
      // Read while the victim is down: what it had claimed stays `sending` until a restart
      // reclaims it (in queue api mode this also counts the live worker's, so it only overstates).
      inFlightAtKills += await deliveriesWithStatus(database.url as string, 'sending');
      faults++;
      await victim.start({ settleMs: 3_000 });
      await waitUntil(
        () => smtp.messages().length > before || delivered() >= ids.length,
        120_000,
        50,
      );
      recoverySeconds = Math.max(recoverySeconds, (Date.now() - killedAt) / 1000);
    }
    await waitUntil(() => delivered() >= ids.length, Math.max(0, deadline - Date.now()), 200);
    const counted = countDeliveries(smtp, ids);
    return {
      scenario: `kill -9 every ${killEverySeconds} s during ${deliveries} deliveries (${target})`,
      sent: ids.length,
      stored: ids.length,
      delivered: counted.delivered,
      lost: ids.length - counted.delivered,
      duplicated: counted.duplicated,
      duplicatesWithAnotherKey: counted.duplicatesWithAnotherKey,
      faults,
      recoverySeconds,
      extra: { [DUPLICATE_BOUND]: inFlightAtKills },
    };
  } finally {
    await Promise.all([api.stop(), worker?.stop()]);
    await redis?.stop();
    await smtp.stop();
    await database.drop();
    cleanUp();
  }
}
