import { SmtpSandbox } from '@fluxo/sandboxes';
import { freshPostgres } from '../../bench/lib/databases';
import { sleep, waitUntil } from '../../bench/lib/fluxo-server';
import { distribution } from '../../bench/lib/percentiles';
import {
  chaosEnv,
  countDeliveries,
  FluxoServer,
  formToEmail,
  rssMegabytes,
  type ChaosResult,
} from '../lib/chaos-fluxo';

/**
 * A steady mixed load for a while (form calls that e-mail, calls that fail validation, reads
 * of the history), sampling the process's memory: RSS growth compares the last fifth of the
 * samples with the second fifth (after warm-up); lag is POST sent → e-mail received.
 */
export async function soak(options: {
  seconds: number;
  ratePerSecond: number;
}): Promise<ChaosResult> {
  const { seconds, ratePerSecond } = options;
  const database = await freshPostgres();
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0 });
  const { env, cleanUp } = chaosEnv(database.url as string);
  const api = await FluxoServer.http('chaos soak', env);
  try {
    await api.start();
    const { call, hookUrl } = await formToEmail(api.baseUrl, smtp);
    const rss: number[] = [];
    const sentAt = new Map<string, number>();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        rss.push(rssMegabytes(api.pid));
        await sleep(Math.max(500, (seconds * 1000) / 60));
      }
    })();
    const started = performance.now();
    const total = Math.round(seconds * ratePerSecond);
    const answers: Promise<unknown>[] = [];
    for (let i = 0; i < total; i++) {
      const due = started + (i * 1000) / ratePerSecond - performance.now();
      if (due > 0) await sleep(due);
      const id = `soak-${i}`;
      // One call in ten is one a user got wrong (no e-mail): it is stored and fails its delivery.
      const email = i % 10 === 9 ? 'not an address' : `${id}@example.com`;
      if (email.includes('@')) sentAt.set(id, Date.now());
      answers.push(
        fetch(hookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id, email }),
        })
          .then((answer) => answer.arrayBuffer())
          .catch(() => undefined),
      );
      if (i % 50 === 0) answers.push(call('GET', '/api/runs').catch(() => undefined));
    }
    await Promise.all(answers);
    const ids = [...sentAt.keys()];
    await waitUntil(() => countDeliveries(smtp, ids).delivered >= ids.length, 120_000, 200);
    sampling = false;
    await sampler;
    const lags = smtp
      .messages()
      .filter((message) => sentAt.has(message.subject))
      .map((message) => Date.parse(message.receivedAt) - (sentAt.get(message.subject) as number));
    const fifth = Math.max(1, Math.floor(rss.length / 5));
    const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
    const warm = mean(rss.slice(fifth, 2 * fifth));
    const last = mean(rss.slice(-fifth));
    const counted = countDeliveries(smtp, ids);
    const lag = distribution(lags);
    return {
      scenario: `soak: ${seconds} s at ${ratePerSecond} calls/s (1 in 10 invalid), history read every 50`,
      sent: total,
      stored: total,
      delivered: counted.delivered,
      lost: ids.length - counted.delivered,
      duplicated: counted.duplicated,
      duplicatesWithAnotherKey: counted.duplicatesWithAnotherKey,
      faults: 0,
      recoverySeconds: 0,
      extra: {
        'RSS MB (warm → end)': `${Math.round(warm)} → ${Math.round(last)}`,
        'RSS growth %': Math.round(((last - warm) / warm) * 1000) / 10,
        'lag p50 ms': Math.round(lag.p50),
        'lag p99 ms': Math.round(lag.p99),
      },
    };
  } finally {
    await api.stop();
    await smtp.stop();
    await database.drop();
    cleanUp();
  }
}
