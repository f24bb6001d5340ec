import { paytSamplePostback } from '@fluxo/connector-payt';
import { freshPostgres, withClient } from '../../bench/lib/databases';
import { signUp } from '../../bench/lib/fluxo-api';
import { chaosEnv, FluxoServer, paytConnection, type ChaosResult } from '../lib/chaos-fluxo';

const INTEGRATION_KEY = 'chaos-integration-key-0002';

/**
 * The same postback three times in the same millisecond, to two API processes on one
 * database (a vendor's retry racing its first try across replicas): one item, one run.
 */
export async function sameEventThreeTimes(options: { events: number }): Promise<ChaosResult> {
  const database = await freshPostgres();
  const { env, cleanUp } = chaosEnv(database.url as string);
  const first = await FluxoServer.http('chaos same event: api 1', env);
  const second = await FluxoServer.http('chaos same event: api 2', env);
  try {
    await first.start();
    await second.start();
    const hookPath = await paytConnection(await signUp(first.baseUrl), INTEGRATION_KEY);

    let accepted = 0;
    for (let i = 0; i < options.events; i++) {
      const body = JSON.stringify({
        ...paytSamplePostback,
        integration_key: INTEGRATION_KEY,
        transaction_id: `SAME${i}`,
      });
      const answers = await Promise.all(
        [first, second, first].map((process) =>
          fetch(`${process.baseUrl}${hookPath}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body,
          }).then(async (answer) => (await answer.arrayBuffer(), answer.ok)),
        ),
      );
      if (answers.some(Boolean)) accepted++;
    }
    const { items, runs } = await withClient(database.url as string, async (db) => {
      const itemRows = await db.query<{ copies: string }>(
        `SELECT count(*) AS copies FROM source_item GROUP BY payload->>'transaction_id'`,
      );
      const runRows = await db.query<{ count: string }>(`SELECT count(*) FROM run`);
      return {
        items: itemRows.rows.map((row) => Number(row.copies)),
        runs: Number(runRows.rows[0].count),
      };
    });
    return {
      scenario: `the same postback 3× at once to 2 API processes, ${options.events} events`,
      sent: accepted,
      stored: items.length,
      delivered: null,
      lost: accepted - items.length,
      duplicated: items.reduce((sum, copies) => sum + copies - 1, 0),
      duplicatesWithAnotherKey: 0,
      faults: 0,
      recoverySeconds: 0,
      extra: { runs, 'runs per event': Math.round((runs / Math.max(1, items.length)) * 100) / 100 },
    };
  } finally {
    await Promise.all([first.stop(), second.stop()]);
    await database.drop();
    cleanUp();
  }
}
