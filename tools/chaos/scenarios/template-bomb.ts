import { SmtpSandbox } from '@fluxo/sandboxes';
import { freshPostgres, withClient } from '../../bench/lib/databases';
import { sleep, waitUntil } from '../../bench/lib/fluxo-server';
import { distribution } from '../../bench/lib/percentiles';
import { chaosEnv, FluxoServer, formToEmail, type ChaosResult } from '../lib/chaos-fluxo';

/** Doubles a capture 26 times, then url-encodes it: before the bounds, this aborted Fluxo. */
const BOMB =
  '{% capture a %}xxxxxxxx{% endcapture %}{% for i in (1..26) %}{% capture a %}{{a}}{{a}}{% endcapture %}{% endfor %}{{ a | url_encode }}';

/**
 * A switched-on connection whose e-mail body is a template bomb, fed calls by a stranger,
 * while /api/health is asked every 50 ms: each delivery must fail for good with the bound's
 * error, the process must stay up, and health must keep answering.
 */
export async function templateBomb(options: { calls: number }): Promise<ChaosResult> {
  const database = await freshPostgres();
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0 });
  const { env, cleanUp } = chaosEnv(database.url as string);
  const api = await FluxoServer.http('chaos template bomb', env);
  try {
    await api.start();
    const { call, hookUrl, connectionId } = await formToEmail(api.baseUrl, smtp);
    const { steps } = await call<{ steps: { id: string; role: string }[] }>(
      'GET',
      `/api/connections/${connectionId}`,
    );
    const receiver = steps.find((step) => step.role === 'receiver');
    await call('PATCH', `/api/connections/${connectionId}/steps/${receiver?.id}`, {
      mapping: { to: '{{ email }}', subject: '{{ id }}', text: BOMB },
    });

    const healthMs: number[] = [];
    let probing = true;
    const prober = (async () => {
      while (probing) {
        const started = performance.now();
        const ok = await fetch(`${api.baseUrl}/api/health`, { signal: AbortSignal.timeout(30_000) })
          .then((answer) => answer.ok)
          .catch(() => false);
        healthMs.push(ok ? performance.now() - started : Number.POSITIVE_INFINITY);
        await sleep(50);
      }
    })();
    const answers = await Promise.all(
      Array.from({ length: options.calls }, (_, i) =>
        fetch(hookUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ id: `bomb-${i}`, email: `bomb-${i}@example.com` }),
        }).then((answer) => answer.ok),
      ),
    );
    const failedForGood = () =>
      withClient(database.url as string, async (db) => {
        const { rows } = await db.query<{ count: string }>(
          `SELECT count(*) FROM delivery WHERE status = 'failed' AND error LIKE 'The template produces too much text%'`,
        );
        return Number(rows[0].count);
      });
    await waitUntil(async () => (await failedForGood()) >= options.calls, 120_000, 200);
    probing = false;
    await prober;
    const failed = await failedForGood();
    const health = distribution(healthMs);
    return {
      scenario: `template bomb on ${options.calls} calls while /api/health is polled`,
      sent: answers.filter(Boolean).length,
      stored: answers.filter(Boolean).length,
      delivered: smtp.messages().length,
      lost: options.calls - failed,
      duplicated: 0,
      duplicatesWithAnotherKey: 0,
      faults: options.calls,
      recoverySeconds: 0,
      extra: {
        'deliveries failed for good': failed,
        'process still up': api.exitStatus === null ? 'yes' : `no (${api.exitStatus})`,
        'health p99 ms': Math.round(health.p99),
        'health max ms': Math.round(health.max),
        'health answers': health.count,
      },
    };
  } finally {
    await api.stop();
    await smtp.stop();
    await database.drop();
    cleanUp();
  }
}
