/* eslint-disable @nx/enforce-module-boundaries -- the chaos scenarios live beside the bench
   (tools/chaos), in no project; this spec runs their short versions in CI. */
import { describe, expect, it } from '@jest/globals';
import {
  DUPLICATE_BOUND,
  killDuringDeliveries,
} from '../../../../tools/chaos/scenarios/kill-during-deliveries';
import {
  killWhileSendsDue,
  SENDING_AT_KILLS,
  SENT_AFTER_CANCEL,
} from '../../../../tools/chaos/scenarios/kill-while-sends-due';
import { postbacksThroughRestarts } from '../../../../tools/chaos/scenarios/postbacks-through-restarts';
import { redisLoss } from '../../../../tools/chaos/scenarios/redis-loss';
import { sameEventThreeTimes } from '../../../../tools/chaos/scenarios/same-event-twice';
import { soak } from '../../../../tools/chaos/scenarios/soak';
import { templateBomb } from '../../../../tools/chaos/scenarios/template-bomb';

/**
 * The short versions of `npm run chaos`: the same scenarios, smaller, asserting what must hold
 * under any fault (nothing acknowledged is lost; a repeat carries the first copy's key). The
 * figures (recovery time, latency, memory) are for the full run to print, not for tests.
 */
describe('Chaos, short (processes, PostgreSQL, Redis)', () => {
  it.each(['inline', 'queue worker', 'queue api'] as const)(
    'should lose no delivery when kill -9 hits %s during deliveries',
    async (target) => {
      const result = await killDuringDeliveries({ target, deliveries: 150, killEverySeconds: 1.5 });

      expect(result.faults).toBeGreaterThan(0);
      expect(result).toMatchObject({ lost: 0, delivered: 150, duplicatesWithAnotherKey: 0 });
      expect(result.duplicated).toBeLessThanOrEqual(result.extra[DUPLICATE_BOUND] as number);
    },
  );

  it('should send every waiting send once, and none after its cancel, when kill -9 hits as they fall due', async () => {
    const result = await killWhileSendsDue({
      waiting: 200,
      cancelEvery: 4,
      raceEvery: 5,
      kills: 2,
      killEverySeconds: 1.5,
    });

    expect(result.faults).toBe(2);
    expect(result.extra.cancelled).toBeGreaterThanOrEqual(50);
    expect(result).toMatchObject({ lost: 0, duplicatesWithAnotherKey: 0 });
    expect(result.extra[SENT_AFTER_CANCEL]).toBe(0);
    expect(result.duplicated).toBeLessThanOrEqual(result.extra[SENDING_AT_KILLS] as number);
  });

  it('should store every acknowledged postback exactly once through API kills and a database restart', async () => {
    const result = await postbacksThroughRestarts({
      postbacks: 600,
      ratePerSecond: 100,
      apiKills: 2,
      databaseRestarts: 1,
    });

    expect(result.sent).toBeGreaterThan(0);
    expect(result).toMatchObject({ lost: 0, duplicated: 0, faults: 3 });
  });

  it('should make one item and one run of the same event raced to two API processes', async () => {
    const result = await sameEventThreeTimes({ events: 15 });

    expect(result).toMatchObject({ sent: 15, stored: 15, duplicated: 0 });
    expect(result.extra.runs).toBe(15);
  });

  it('should lose nothing when Redis dies mid-run and comes back empty', async () => {
    const result = await redisLoss({ deliveries: 150, downSeconds: 2 });

    expect(result).toMatchObject({ lost: 0, delivered: 150, duplicatesWithAnotherKey: 0 });
  });

  it('should deliver every valid call of a steady mixed load', async () => {
    const result = await soak({ seconds: 10, ratePerSecond: 10 });

    expect(result).toMatchObject({ lost: 0, duplicated: 0 });
    expect(result.delivered).toBe(90);
  });

  it('should fail every delivery of a template bomb for good and stay up', async () => {
    const result = await templateBomb({ calls: 5 });

    expect(result.extra['deliveries failed for good']).toBe(5);
    expect(result.extra['process still up']).toBe('yes');
    expect(result.delivered).toBe(0);
  });
});
