import { paytSamplePostback } from '@fluxo/connector-payt';
import { withClient } from '../../bench/lib/databases';
import { signUp } from '../../bench/lib/fluxo-api';
import { sleep } from '../../bench/lib/fluxo-server';
import { distribution } from '../../bench/lib/percentiles';
import { chaosEnv, FluxoServer, paytConnection, type ChaosResult } from '../lib/chaos-fluxo';
import { PrivatePostgres } from '../lib/private-services';

export interface PostbacksThroughRestartsOptions {
  postbacks: number;
  ratePerSecond: number;
  apiKills: number;
  databaseRestarts: number;
}

const INTEGRATION_KEY = 'chaos-integration-key-0001';

/**
 * Signed PayT postbacks at a steady rate (open loop: each leaves on time whatever the answers
 * before it) while the API is killed and restarted and PostgreSQL is stopped at once and
 * started again. Every postback answered 2xx must be stored exactly once; the others the
 * sender would send again (PayT itself does not, which is why the answer comes only after the
 * commit).
 */
export async function postbacksThroughRestarts(
  options: PostbacksThroughRestartsOptions,
): Promise<ChaosResult> {
  const { postbacks, ratePerSecond, apiKills, databaseRestarts } = options;
  const postgres = await PrivatePostgres.start();
  const { env, cleanUp } = chaosEnv(postgres.url);
  const api = await FluxoServer.http('chaos postbacks: api', env);
  try {
    await api.start();
    const hookUrl = `${api.baseUrl}${await paytConnection(await signUp(api.baseUrl), INTEGRATION_KEY)}`;
    const faults: { at: number; what: 'kill' | 'database' }[] = [];
    const span = postbacks / ratePerSecond;
    for (let k = 1; k <= apiKills; k++)
      faults.push({ at: (span * k) / (apiKills + 1), what: 'kill' });
    for (let k = 1; k <= databaseRestarts; k++) {
      faults.push({ at: (span * (k - 0.5)) / databaseRestarts, what: 'database' });
    }
    faults.sort((a, b) => a.at - b.at);

    const accepted = new Set<string>();
    const ackMs: number[] = [];
    const acceptedAt: number[] = [];
    const faultAt: number[] = [];
    const started = performance.now();
    const injecting = (async () => {
      for (const fault of faults) {
        const due = started + fault.at * 1000 - performance.now();
        if (due > 0) await sleep(due);
        faultAt.push(Date.now());
        if (fault.what === 'kill') {
          await api.kill();
          await api.start();
        } else {
          postgres.restart();
        }
      }
    })();
    const answers: Promise<void>[] = [];
    for (let i = 0; i < postbacks; i++) {
      const due = started + (i * 1000) / ratePerSecond - performance.now();
      if (due > 0) await sleep(due);
      const id = `CH${i}`;
      const sentAt = Date.now();
      answers.push(
        fetch(hookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            ...paytSamplePostback,
            integration_key: INTEGRATION_KEY,
            transaction_id: id,
          }),
          signal: AbortSignal.timeout(10_000),
        })
          .then(async (answer) => {
            await answer.arrayBuffer();
            if (!answer.ok) return;
            accepted.add(id);
            ackMs.push(Date.now() - sentAt);
            acceptedAt.push(Date.now());
          })
          .catch(() => undefined),
      );
    }
    await Promise.all(answers);
    await injecting;

    const stored = await withClient(postgres.url, async (db) => {
      const { rows } = await db.query<{ id: string; copies: string }>(
        `SELECT payload->>'transaction_id' AS id, count(*) AS copies FROM source_item GROUP BY 1`,
      );
      return new Map(rows.map((row) => [row.id, Number(row.copies)]));
    });
    const lost = [...accepted].filter((id) => !stored.has(id)).length;
    const duplicated = [...stored.values()].reduce((sum, copies) => sum + copies - 1, 0);
    const recoverySeconds = Math.max(
      0,
      ...faultAt.map(
        (at) => ((acceptedAt.filter((t) => t > at).sort((a, b) => a - b)[0] ?? at) - at) / 1000,
      ),
    );
    const ack = distribution(ackMs);
    return {
      scenario: `${postbacks} signed postbacks at ${ratePerSecond}/s, API killed ${apiKills}×, PostgreSQL restarted ${databaseRestarts}×`,
      sent: accepted.size,
      stored: stored.size,
      delivered: null,
      lost,
      duplicated,
      duplicatesWithAnotherKey: 0,
      faults: faults.length,
      recoverySeconds,
      extra: {
        'answered 2xx': `${accepted.size} of ${postbacks}`,
        'ack p50 ms': Math.round(ack.p50),
        'ack p99 ms': Math.round(ack.p99),
      },
    };
  } finally {
    await api.stop();
    postgres.stop();
    cleanUp();
  }
}
