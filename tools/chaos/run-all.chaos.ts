/**
 * Fluxo under faults: kill -9 during deliveries (all-in-one, queue worker, queue api), signed
 * postbacks while the API dies and PostgreSQL restarts, the same event raced to two API
 * processes, Redis lost mid-run, a template bomb fed by strangers, and a soak. Prints, per scenario, what was sent, stored,
 * delivered, lost and duplicated, and the time to recover. Not a test: figures to read (the
 * short versions with assertions run in CI: apps/api/test/process/chaos.process-spec.ts).
 *
 *   npm run chaos                                     everything (the soak alone is 30 minutes)
 *   CHAOS_SCENARIOS=kill,postbacks npm run chaos      a subset: kill, postbacks, same-event, redis,
 *                                                     template-bomb, soak
 *   CHAOS_SOAK_SECONDS=120 CHAOS_DELIVERIES=300 npm run chaos     smaller
 *
 * It needs the machine's PostgreSQL (fresh databases), its server binaries (a private cluster
 * that is restarted) and redis-server (a private one that is killed).
 */
import { availableParallelism } from 'node:os';
import type { ChaosResult } from './lib/chaos-fluxo';
import { killDuringDeliveries, type KillTarget } from './scenarios/kill-during-deliveries';
import { killWhileSendsDue } from './scenarios/kill-while-sends-due';
import { postbacksThroughRestarts } from './scenarios/postbacks-through-restarts';
import { redisLoss } from './scenarios/redis-loss';
import { sameEventThreeTimes } from './scenarios/same-event-twice';
import { soak } from './scenarios/soak';
import { templateBomb } from './scenarios/template-bomb';

const knob = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a number ≥ 0`);
  return value;
};

const wanted = (process.env.CHAOS_SCENARIOS ?? '').split(',').filter(Boolean);
const runs = (key: string) => !wanted.length || wanted.includes(key);

const scenarios: [key: string, run: () => Promise<ChaosResult>][] = [
  ...(['inline', 'queue worker', 'queue api'] as KillTarget[]).map(
    (target) =>
      [
        'kill',
        () =>
          killDuringDeliveries({
            target,
            deliveries: knob('CHAOS_DELIVERIES', 1000),
            killEverySeconds: knob('CHAOS_KILL_EVERY_SECONDS', 10),
          }),
      ] as [string, () => Promise<ChaosResult>],
  ),
  [
    'send-queue',
    () =>
      killWhileSendsDue({
        waiting: knob('CHAOS_WAITING_SENDS', 1000),
        cancelEvery: 4,
        raceEvery: 5,
        kills: 3,
        killEverySeconds: knob('CHAOS_KILL_EVERY_SECONDS', 10) / 5,
      }),
  ],
  [
    'postbacks',
    () =>
      postbacksThroughRestarts({
        postbacks: knob('CHAOS_POSTBACKS', 10_000),
        ratePerSecond: knob('CHAOS_POSTBACK_RATE', 200),
        apiKills: 2,
        databaseRestarts: 1,
      }),
  ],
  ['same-event', () => sameEventThreeTimes({ events: knob('CHAOS_SAME_EVENTS', 200) })],
  ['redis', () => redisLoss({ deliveries: knob('CHAOS_DELIVERIES', 1000), downSeconds: 5 })],
  ['template-bomb', () => templateBomb({ calls: knob('CHAOS_BOMB_CALLS', 50) })],
  [
    'soak',
    () =>
      soak({
        seconds: knob('CHAOS_SOAK_SECONDS', 1800),
        ratePerSecond: knob('CHAOS_SOAK_RATE', 20),
      }),
  ],
];

async function main(): Promise<void> {
  console.log(`Fluxo chaos — ${availableParallelism()} cores, Node ${process.version}\n`);
  const rows: ChaosResult[] = [];
  let failed = false;
  for (const [key, run] of scenarios) {
    if (!runs(key)) continue;
    const started = Date.now();
    try {
      const result = await run();
      rows.push(result);
      print(result, (Date.now() - started) / 1000);
    } catch (error) {
      failed = true;
      console.log(`✗ ${key}: ${error instanceof Error ? error.stack : String(error)}\n`);
    }
  }
  console.log('Summary');
  console.table(
    rows.map((r) => ({
      scenario: r.scenario,
      sent: r.sent,
      stored: r.stored,
      delivered: r.delivered ?? '–',
      lost: r.lost,
      duplicated: r.duplicated,
      'dup. other key': r.duplicatesWithAnotherKey,
      faults: r.faults,
      'recovery s': Math.round(r.recoverySeconds * 10) / 10,
    })),
  );
  const broken = rows.filter((r) => r.lost > 0 || r.duplicatesWithAnotherKey > 0);
  if (broken.length || failed) {
    console.log(`\n${broken.length} scenario(s) lost an item or duplicated under another key.`);
    process.exitCode = 1;
  }
}

function print(result: ChaosResult, seconds: number): void {
  console.log(`● ${result.scenario}  (${Math.round(seconds)} s)`);
  const figures: Record<string, string | number> = {
    sent: result.sent,
    stored: result.stored,
    ...(result.delivered === null ? {} : { delivered: result.delivered }),
    lost: result.lost,
    duplicated: result.duplicated,
    'duplicates under another key': result.duplicatesWithAnotherKey,
    faults: result.faults,
    'recovery s': Math.round(result.recoverySeconds * 10) / 10,
    ...result.extra,
  };
  for (const [name, value] of Object.entries(figures))
    console.log(`    ${name.padEnd(30)} ${value}`);
  console.log('');
}

void main();
