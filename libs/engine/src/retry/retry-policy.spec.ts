import { describe, expect, it } from '@jest/globals';
import { DEFAULT_RETRY_POLICY, nextAttemptDelayMs, type RetryPolicy } from './retry-policy';

const MINUTE = 60_000;
const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 1000, maxDelayMs: 20_000, factor: 3 };

describe(nextAttemptDelayMs.name, () => {
  it('should wait the base delay when jitter draws zero', () => {
    expect(nextAttemptDelayMs(1, policy, () => 0)).toBe(1000);
    expect(nextAttemptDelayMs(3, policy, () => 0)).toBe(1000);
  });

  it('should grow the ceiling exponentially when jitter draws the top', () => {
    const delays = [1, 2, 3].map((attempts) => nextAttemptDelayMs(attempts, policy, () => 1));

    expect(delays).toEqual([1000, 3000, 9000]);
  });

  it('should cap the delay at maxDelayMs when the exponent overshoots it', () => {
    const long = { ...policy, maxAttempts: 10 };

    expect(nextAttemptDelayMs(6, long, () => 1)).toBe(20_000);
  });

  it('should return null when every attempt was made', () => {
    expect(nextAttemptDelayMs(4, policy, () => 0.5)).toBeNull();
    expect(nextAttemptDelayMs(9, policy, () => 0.5)).toBeNull();
  });

  it('should stay within the base and the ceiling when jitter is random', () => {
    for (let attempts = 1; attempts < DEFAULT_RETRY_POLICY.maxAttempts; attempts++) {
      const ceiling = DEFAULT_RETRY_POLICY.baseDelayMs * 6 ** (attempts - 1);
      for (let i = 0; i < 200; i++) {
        const delay = nextAttemptDelayMs(attempts) as number;

        expect(delay).toBeGreaterThanOrEqual(DEFAULT_RETRY_POLICY.baseDelayMs);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it('should interpolate linearly when jitter draws the middle', () => {
    expect(nextAttemptDelayMs(2, policy, () => 0.5)).toBe(2000);
  });

  it('should clamp the jitter when the random source misbehaves', () => {
    expect(nextAttemptDelayMs(2, policy, () => 7)).toBe(3000);
    expect(nextAttemptDelayMs(2, policy, () => -1)).toBe(1000);
  });

  it('should use a factor of 6 when the policy omits it', () => {
    const { factor: _factor, ...withoutFactor } = policy;

    expect(nextAttemptDelayMs(2, withoutFactor, () => 1)).toBe(6000);
  });

  it('should spread five attempts over about six hours when the default policy is used', () => {
    const ceilings = [1, 2, 3, 4].map(
      (attempts) => nextAttemptDelayMs(attempts, undefined, () => 1) as number,
    );

    expect(DEFAULT_RETRY_POLICY.maxAttempts).toBe(5);
    expect(ceilings).toEqual([1.5 * MINUTE, 9 * MINUTE, 54 * MINUTE, 324 * MINUTE]);
    const lastAttemptHours = ceilings.reduce((sum, delay) => sum + delay, 0) / (60 * MINUTE);
    expect(lastAttemptHours).toBeGreaterThan(5.5);
    expect(lastAttemptHours).toBeLessThan(7);
    expect(nextAttemptDelayMs(5)).toBeNull();
  });

  it('should return null when attemptsMade is not a number', () => {
    expect(nextAttemptDelayMs(Number.NaN, policy)).toBeNull();
  });
});
