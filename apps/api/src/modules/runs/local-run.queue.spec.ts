import { describe, expect, it } from '@jest/globals';
import { LocalRunQueue } from './local-run.queue';
import type { HeldDelivery, RunConsumer } from './run-dispatch.types';

/** A consumer whose work finishes only when the test says so. */
function heldConsumer() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const hold = (key: string) =>
    new Promise<void>((done) => {
      started.push(key);
      finishers.set(key, done);
    });
  const consumer: RunConsumer = {
    execute: (runId) => hold(`run:${runId}`),
    retryDelivery: (deliveryId, _runId, held) =>
      hold(`delivery:${deliveryId}${held ? ' (claimed)' : ''}`),
  };
  const finish = async (key: string) => {
    finishers.get(key)?.();
    await new Promise((tick) => setImmediate(tick));
  };
  return { consumer, started, finish };
}

describe('LocalRunQueue', () => {
  it('runs at most `concurrency` pieces of work at once, in dispatch order', async () => {
    const queue = new LocalRunQueue(2);
    const { consumer, started, finish } = heldConsumer();
    queue.consume(consumer);
    await queue.dispatchRun('a');
    await queue.dispatchRun('b');
    await queue.dispatchDelivery('d1', 'a');
    expect(started).toEqual(['run:a', 'run:b']);
    await finish('run:a');
    expect(started).toEqual(['run:a', 'run:b', 'delivery:d1']);
  });

  it('queues a run only once while it waits or runs, and again after it finished', async () => {
    const queue = new LocalRunQueue(1);
    const { consumer, started, finish } = heldConsumer();
    queue.consume(consumer);
    await queue.dispatchRun('a');
    await queue.dispatchRun('a');
    await finish('run:a');
    expect(started).toEqual(['run:a']);
    await queue.dispatchRun('a');
    expect(started).toEqual(['run:a', 'run:a']);
  });

  it("takes a sweep's claim of a delivery even while the same delivery waits unclaimed, and counts its backlog", async () => {
    const queue = new LocalRunQueue(1);
    const { consumer, started, finish } = heldConsumer();
    queue.consume(consumer);
    await queue.dispatchRun('a');
    await queue.dispatchDelivery('d1', 'a');
    const held = { claimedAt: 0, state: 'waiting', delivery: { attempts: 1 } } as HeldDelivery;
    await queue.dispatchDelivery('d1', 'a', 1, held);
    await queue.dispatchDelivery('d1', 'a', 1, held);
    expect(queue.backlog()).toBe(3);
    await finish('run:a');
    await finish('delivery:d1');
    expect(started).toEqual(['run:a', 'delivery:d1', 'delivery:d1 (claimed)']);
  });

  it('holds work dispatched before a consumer is attached', async () => {
    const queue = new LocalRunQueue(4);
    const { consumer, started } = heldConsumer();
    await queue.dispatchRun('early');
    expect(started).toEqual([]);
    queue.consume(consumer);
    expect(started).toEqual(['run:early']);
  });

  it('drops what has not started at shutdown and takes nothing new', async () => {
    const queue = new LocalRunQueue(1);
    const { consumer, started, finish } = heldConsumer();
    queue.consume(consumer);
    await queue.dispatchRun('a');
    await queue.dispatchRun('b');
    queue.onApplicationShutdown();
    await queue.dispatchRun('c');
    await finish('run:a');
    await queue.whenIdle();
    expect(started).toEqual(['run:a']);
  });

  it('keeps going when a piece of work fails', async () => {
    const queue = new LocalRunQueue(1);
    const done: string[] = [];
    queue.consume({
      execute: async (runId) => {
        if (runId === 'bad') throw new Error('boom');
        done.push(runId);
      },
      retryDelivery: async () => undefined,
    });
    await queue.dispatchRun('bad');
    await queue.dispatchRun('good');
    await queue.whenIdle();
    expect(done).toEqual(['good']);
  });
});
