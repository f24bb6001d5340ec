import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TooManyAttemptsError } from './auth.errors';

const WINDOW_MS = 60_000;

/**
 * Fixed-window limit per client address on sign-up and log-in attempts. In memory: good
 * enough for one process; several replicas each keep their own window.
 */
@Injectable()
export class LoginRateLimiter {
  private readonly windows = new Map<string, { startedAt: number; attempts: number }>();
  private readonly maxAttempts: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.maxAttempts = config.loginAttemptsPerMinute;
  }

  assertAllowedOrThrow(key: string, now = Date.now()): void {
    const window = this.windows.get(key);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      this.windows.set(key, { startedAt: now, attempts: 1 });
      this.forgetExpired(now);
      return;
    }
    window.attempts += 1;
    if (window.attempts > this.maxAttempts) {
      throw new TooManyAttemptsError(Math.ceil((window.startedAt + WINDOW_MS - now) / 1000));
    }
  }

  private forgetExpired(now: number): void {
    if (this.windows.size < 10_000) return;
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= WINDOW_MS) this.windows.delete(key);
    }
  }
}
