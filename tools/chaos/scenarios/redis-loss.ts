import { SmtpSandbox } from '@fluxo/sandboxes';
import { freshPostgres } from '../../bench/lib/databases';
import { sleep, waitUntil } from '../../bench/lib/fluxo-server';
import {
  chaosEnv,
  countDeliveries,
  FluxoServer,
  formToEmail,
  postUntilAccepted,
  type ChaosResult,
} from '../lib/chaos-fluxo';
import { PrivateRedis } from '../lib/private-services';

/**
 * Queue mode loses Redis mid-run (kill -9: the queue's contents are gone) and gets it back
 * empty a few seconds later. PostgreSQL is the source of truth, so every row is still e-mailed.
 */
export async function redisLoss(options: {
  deliveries: number;
  downSeconds: number;
  timeoutSeconds?: number;
}): Promise<ChaosResult> {
  const { deliveries, downSeconds, timeoutSeconds = 300 } = options;
  const database = await freshPostgres();
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0 });
  const redis = await PrivateRedis.start();
  const { env, cleanUp } = chaosEnv(database.url as string, { REDIS_URL: redis.url });
  const api = await FluxoServer.http('chaos redis: api', { ...env, FLUXO_ROLE: 'api' });
  const worker = FluxoServer.worker('chaos redis: worker', {
    ...env,
    FLUXO_ROLE: 'worker',
    LOG_LEVEL: 'log',
  });
  try {
    await api.start();
    await worker.start({ settleMs: 3_000 });
    const { hookUrl } = await formToEmail(api.baseUrl, smtp);
    const ids = Array.from({ length: deliveries }, (_, i) => `redis-${i}`);
    const half = Math.floor(ids.length / 2);
    const post = (part: string[]) =>
      postUntilAccepted(
        hookUrl,
        part.map((id) => ({ id, email: `${id}@example.com` })),
      );
    await post(ids.slice(0, half));
    const delivered = () => countDeliveries(smtp, ids).delivered;
    await waitUntil(() => delivered() >= Math.min(10, half), 60_000, 50);
    const killedAt = Date.now();
    await redis.kill();
    // Calls keep arriving while Redis is away: the API stores them and hands the runs over later.
    await post(ids.slice(half));
    await sleep(downSeconds * 1000);
    await redis.launch();
    const before = smtp.messages().length;
    await waitUntil(
      () => smtp.messages().length > before || delivered() >= ids.length,
      120_000,
      50,
    );
    const recoverySeconds = (Date.now() - killedAt) / 1000;
    await waitUntil(() => delivered() >= ids.length, timeoutSeconds * 1000, 200);
    const counted = countDeliveries(smtp, ids);
    return {
      scenario: `Redis killed mid-run in queue mode, back after ${downSeconds} s (${deliveries} deliveries)`,
      sent: ids.length,
      stored: ids.length,
      delivered: counted.delivered,
      lost: ids.length - counted.delivered,
      duplicated: counted.duplicated,
      duplicatesWithAnotherKey: counted.duplicatesWithAnotherKey,
      faults: 1,
      recoverySeconds,
      extra: {},
    };
  } finally {
    await Promise.all([api.stop(), worker.stop()]);
    await redis.stop();
    await smtp.stop();
    await database.drop();
    cleanUp();
  }
}
