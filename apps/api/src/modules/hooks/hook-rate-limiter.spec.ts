import { describe, expect, it } from '@jest/globals';
import { TokenBuckets } from './hook-rate-limiter';

describe(TokenBuckets.name, () => {
  it('should let a burst through, then refuse with the seconds to wait', () => {
    const buckets = new TokenBuckets(2, 3);

    const answers = [0, 0, 0, 0].map(() => buckets.take('c', 1_000));

    expect(answers).toEqual([0, 0, 0, 1]);
  });

  it('should refill at the rate, never above the burst', () => {
    const buckets = new TokenBuckets(2, 3);
    for (let i = 0; i < 3; i++) buckets.take('c', 0);

    expect(buckets.take('c', 500)).toBe(0);
    expect(buckets.take('c', 500)).toBe(1);
    expect([0, 0, 0, 0].map(() => buckets.take('c', 60_000))).toEqual([0, 0, 0, 1]);
  });

  it('should say how long to wait at a slow rate', () => {
    const buckets = new TokenBuckets(0.1, 1);
    buckets.take('c', 0);

    expect(buckets.take('c', 0)).toBe(10);
  });

  it('should keep connections apart', () => {
    const buckets = new TokenBuckets(1, 1);
    buckets.take('a', 0);

    expect(buckets.take('a', 0)).toBe(1);
    expect(buckets.take('b', 0)).toBe(0);
  });
});
