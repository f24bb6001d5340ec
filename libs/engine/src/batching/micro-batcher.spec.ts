import { describe, expect, it } from '@jest/globals';
import { MicroBatcher } from './micro-batcher';

/** A runner whose batches finish only when the test says so. */
function heldRunner<In, Out>(answer: (input: In) => Out) {
  const batches: { inputs: readonly In[]; finish(): void; fail(error: Error): void }[] = [];
  const run = (inputs: readonly In[]) =>
    new Promise<readonly Out[]>((resolve, reject) => {
      batches.push({
        inputs,
        finish: () => resolve(inputs.map(answer)),
        fail: reject,
      });
    });
  return { run, batches };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe(MicroBatcher.name, () => {
  it('should flush a lone input at once, without waiting for company', async () => {
    const runner = heldRunner((n: number) => n * 2);
    const batcher = new MicroBatcher(runner.run, { maxBatch: 10, maxInFlight: 1 });

    const answer = batcher.submit(21);
    runner.batches[0].finish();

    expect(runner.batches.map((b) => b.inputs)).toEqual([[21]]);
    await expect(answer).resolves.toBe(42);
  });

  it('should gather inputs that arrive while a batch is in flight into the next one', async () => {
    const runner = heldRunner((n: number) => `#${n}`);
    const batcher = new MicroBatcher(runner.run, { maxBatch: 10, maxInFlight: 1 });

    const answers = [1, 2, 3, 4].map((n) => batcher.submit(n));
    expect(runner.batches.map((b) => b.inputs)).toEqual([[1]]);
    runner.batches[0].finish();
    await tick();
    expect(runner.batches.map((b) => b.inputs)).toEqual([[1], [2, 3, 4]]);
    runner.batches[1].finish();

    await expect(Promise.all(answers)).resolves.toEqual(['#1', '#2', '#3', '#4']);
  });

  it('should keep batches within maxBatch and run up to maxInFlight of them at once', async () => {
    const runner = heldRunner((n: number) => n);
    const batcher = new MicroBatcher(runner.run, { maxBatch: 2, maxInFlight: 2 });

    const answers = [1, 2, 3, 4, 5, 6, 7].map((n) => batcher.submit(n));
    // The first two inputs each found a free slot; the rest wait for one.
    expect(runner.batches.map((b) => b.inputs)).toEqual([[1], [2]]);
    expect(batcher.size).toBe(7);
    runner.batches[0].finish();
    await tick();
    expect(runner.batches.map((b) => b.inputs)).toEqual([[1], [2], [3, 4]]);
    runner.batches[1].finish();
    runner.batches[2].finish();
    await tick();
    expect(runner.batches.slice(3).map((b) => b.inputs)).toEqual([[5, 6], [7]]);
    runner.batches[3].finish();
    runner.batches[4].finish();

    await expect(Promise.all(answers)).resolves.toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(batcher.size).toBe(0);
  });

  it('should fail every input of a failed batch when inputs may not be retried alone', async () => {
    const runner = heldRunner((n: number) => n);
    const batcher = new MicroBatcher(runner.run, { maxBatch: 10, maxInFlight: 1 });
    const first = batcher.submit(0);
    const [a, b] = [batcher.submit(1), batcher.submit(2)];
    runner.batches[0].finish();
    await first;
    await tick();

    runner.batches[1].fail(new Error('connection lost'));

    await expect(a).rejects.toThrow('connection lost');
    await expect(b).rejects.toThrow('connection lost');
    expect(runner.batches).toHaveLength(2);
  });

  it('should retry the inputs of a failed batch one by one so only the culprit fails', async () => {
    const seen: number[][] = [];
    const batcher = new MicroBatcher(
      async (inputs: readonly number[]) => {
        seen.push([...inputs]);
        if (inputs.includes(13)) throw new Error('13 is refused');
        return inputs.map((n) => n + 1);
      },
      { maxBatch: 10, maxInFlight: 1, retryAlone: true },
    );

    const answers = [12, 13, 14].map((n) => batcher.submit(n).catch((e: Error) => e.message));

    await expect(Promise.all(answers)).resolves.toEqual([13, '13 is refused', 15]);
    expect(seen).toEqual([[12], [13, 14], [13], [14]]);
  });

  it('should reject the whole batch when the runner answers a different number of results', async () => {
    const batcher = new MicroBatcher(async () => [1], { maxBatch: 10, maxInFlight: 1 });
    const first = batcher.submit('a');
    const second = batcher.submit('b');
    const third = batcher.submit('c');

    await expect(first).resolves.toBe(1);
    await expect(second).rejects.toThrow('a batch of 2 answered 1 results');
    await expect(third).rejects.toThrow('a batch of 2 answered 1 results');
  });

  it('should refuse a batch size or a number in flight below one', () => {
    const run = async (inputs: readonly number[]) => inputs;

    expect(() => new MicroBatcher(run, { maxBatch: 0, maxInFlight: 1 })).toThrow(RangeError);
    expect(() => new MicroBatcher(run, { maxBatch: 1, maxInFlight: 0 })).toThrow(RangeError);
  });
});
