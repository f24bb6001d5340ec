import { Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

interface Bucket {
  tokens: number;
  refilledAt: number;
}

const MAX_TRACKED_CONNECTIONS = 100_000;

/** Answered to a connection's hook calls beyond its rate; the call itself is still stored. */
export class HookRateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      429,
      'HOOK_RATE_LIMITED',
      `This connection receives more calls than it accepts per second; send again in ${retryAfterSeconds} s`,
    );
    this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}

/**
 * A token bucket per connection: bursts up to `burst` calls, then `ratePerSecond`. One noisy
 * sender (a loop, a replayed export) cannot take the ingest path from every other connection.
 * In memory, per process: N API processes accept up to N times the rate.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly ratePerSecond: number,
    private readonly burst: number,
  ) {}

  /** Takes one token for `key`; returns 0, or the seconds until one is there. */
  take(key: string, now = Date.now()): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, refilledAt: now };
    const refilled = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.refilledAt) / 1000) * this.ratePerSecond,
    );
    if (refilled >= 1) {
      this.buckets.set(key, { tokens: refilled - 1, refilledAt: now });
      if (this.buckets.size > MAX_TRACKED_CONNECTIONS) this.forgetFull(now);
      return 0;
    }
    this.buckets.set(key, { tokens: refilled, refilledAt: now });
    return Math.max(1, Math.ceil((1 - refilled) / this.ratePerSecond));
  }

  /** Buckets back at full burst hold nothing a fresh bucket would not. */
  private forgetFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const tokens = bucket.tokens + ((now - bucket.refilledAt) / 1000) * this.ratePerSecond;
      if (tokens >= this.burst) this.buckets.delete(key);
    }
  }
}

@Injectable()
export class HookRateLimiter {
  private readonly buckets: TokenBuckets | null;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.buckets =
      config.hookRatePerSecond > 0
        ? new TokenBuckets(config.hookRatePerSecond, config.hookBurst)
        : null;
  }

  /** Seconds the connection's sender should wait, or 0 when the call is within its rate. */
  waitSecondsFor(connectionId: string): number {
    return this.buckets?.take(connectionId) ?? 0;
  }
}
