export interface RetryPolicy {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  /** Delay ceiling before the first retry; also the shortest delay ever used. */
  baseDelayMs: number;
  /** No single wait is longer than this. */
  maxDelayMs: number;
  /** Growth of the ceiling per retry; 6 when omitted. */
  factor?: number;
}

const DEFAULT_FACTOR = 6;

/**
 * 5 attempts: the first plus 4 retries whose ceilings are 1.5 min, 9 min, 54 min and 5.4 h,
 * so the last attempt lands at most ~6.4 h after the first failure. The quick early retries
 * absorb blips (greylisting, a deploy); the long tail outlasts an afternoon outage of a
 * vendor before the delivery is marked failed and shown to the user.
 */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 90_000,
  maxDelayMs: 6 * 60 * 60 * 1000,
  factor: DEFAULT_FACTOR,
};

/**
 * Wait before the next attempt after `attemptsMade` attempts (1 after the first failure), or
 * null when the policy is exhausted. Full jitter between the base delay and an exponential
 * ceiling: deliveries that failed together (a vendor outage) come back spread out instead of
 * hammering the recovering server at the same second, yet never sooner than the base delay.
 */
export function nextAttemptDelayMs(
  attemptsMade: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  random: () => number = Math.random,
): number | null {
  if (!Number.isFinite(attemptsMade) || attemptsMade >= policy.maxAttempts) return null;
  const retry = Math.max(1, Math.floor(attemptsMade));
  const factor = policy.factor ?? DEFAULT_FACTOR;
  const floor = Math.min(policy.baseDelayMs, policy.maxDelayMs);
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * factor ** (retry - 1));
  const jitter = Math.min(Math.max(random(), 0), 1);
  return Math.round(floor + jitter * (ceiling - floor));
}
