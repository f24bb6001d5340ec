import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from '@jest/globals';
import { eventually, EventuallyTimeoutError } from './eventually';

describe(eventually.name, () => {
  it('should return what the check returned once it passes', async () => {
    let calls = 0;

    const value = await eventually(
      () => {
        calls += 1;
        expect(calls).toBe(3);
        return `after ${calls}`;
      },
      { intervalMs: 1 },
    );

    expect(value).toBe('after 3');
  });

  it('should wait for an asynchronous check before trying again', async () => {
    let running = 0;
    let overlapped = false;
    let calls = 0;

    await eventually(
      async () => {
        running += 1;
        overlapped ||= running > 1;
        await new Promise((resolve) => setTimeout(resolve, 5));
        running -= 1;
        calls += 1;
        expect(calls).toBeGreaterThan(2);
      },
      { intervalMs: 1 },
    );

    expect(overlapped).toBe(false);
  });

  it('should say what was awaited and what was last seen when time runs out', async () => {
    const inbox: string[] = [];

    const failure = await eventually(() => expect(inbox).toHaveLength(1), {
      timeoutMs: 60,
      intervalMs: 10,
    }).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(EventuallyTimeoutError);
    // Jest colours its matcher messages when the terminal (or CI) allows it.
    const message = stripVTControlCharacters((failure as Error).message);
    expect(message).toMatch(
      /^Waited 60 ms \(\d+ tries\) for: expect\(inbox\)\.toHaveLength\(1\)\n/,
    );
    expect(message).toContain('Last seen:');
    expect(message).toContain('Received length: 0');
  });

  it('should name what was awaited in words when given', async () => {
    const failure = await eventually(
      () => {
        throw new Error('the worker has not recorded it');
      },
      { timeoutMs: 20, intervalMs: 5, awaiting: 'the delivery to be recorded' },
    ).catch((error: unknown) => error as EventuallyTimeoutError);

    expect(failure.message).toMatch(
      /for: the delivery to be recorded\nLast seen: the worker has not recorded it$/,
    );
    expect(failure.tries).toBeGreaterThan(1);
  });
});
