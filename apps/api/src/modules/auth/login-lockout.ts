import { Injectable } from '@nestjs/common';
import { TooManyAttemptsError } from './auth.errors';

/**
 * Growing lock-out after failed log-ins, counted per account (whoever tries it, from
 * wherever) and per client address (whatever accounts it tries: one password sprayed over
 * many e-mails). The failure that reaches the threshold locks the key; each one after it
 * locks twice as long as the one before, up to a ceiling. A success clears the account's
 * count, not the address's. In memory: each process keeps its own counts, so N replicas allow
 * up to N times as much.
 */
export interface LockoutPolicy {
  /** Failures that lock the key: the 5th of 5 locks, the attempt after it is refused. */
  lockAfterFailures: number;
  baseLockMs: number;
  maxLockMs: number;
  /** A key with no failure for this long starts again from zero. */
  forgetAfterMs: number;
}

export const ACCOUNT_LOCKOUT: LockoutPolicy = {
  lockAfterFailures: 5,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

export const ADDRESS_LOCKOUT: LockoutPolicy = {
  lockAfterFailures: 20,
  baseLockMs: 30_000,
  maxLockMs: 15 * 60_000,
  forgetAfterMs: 24 * 60 * 60_000,
};

interface KeyState {
  failures: number;
  lastFailureAt: number;
  lockedUntil: number;
}

const MAX_TRACKED_KEYS = 100_000;

export class LoginLockout {
  private readonly keys = new Map<string, KeyState>();

  constructor(private readonly policy: LockoutPolicy) {}

  /** Milliseconds until `key` may try again; 0 when it may now. */
  lockedForMs(key: string, now = Date.now()): number {
    const state = this.keys.get(key);
    return state ? Math.max(0, state.lockedUntil - now) : 0;
  }

  recordFailure(key: string, now = Date.now()): void {
    const previous = this.keys.get(key);
    const fresh = !previous || now - previous.lastFailureAt >= this.policy.forgetAfterMs;
    const failures = fresh ? 1 : previous.failures + 1;
    const beyond = failures - this.policy.lockAfterFailures;
    const lockMs =
      beyond >= 0 ? Math.min(this.policy.baseLockMs * 2 ** beyond, this.policy.maxLockMs) : 0;
    this.keys.set(key, { failures, lastFailureAt: now, lockedUntil: now + lockMs });
    if (this.keys.size > MAX_TRACKED_KEYS) this.forgetStale(now);
  }

  recordSuccess(key: string): void {
    this.keys.delete(key);
  }

  private forgetStale(now: number): void {
    for (const [key, state] of this.keys) {
      if (state.lockedUntil <= now && now - state.lastFailureAt >= 60 * 60_000) {
        this.keys.delete(key);
      }
    }
  }
}

/** The two lock-outs a log-in passes: its account's and its client address's. */
@Injectable()
export class LoginLockouts {
  private readonly accounts = new LoginLockout(ACCOUNT_LOCKOUT);
  private readonly addresses = new LoginLockout(ADDRESS_LOCKOUT);

  assertNotLockedOrThrow(address: string, account: string, now = Date.now()): void {
    const waitMs = Math.max(
      this.accounts.lockedForMs(account, now),
      this.addresses.lockedForMs(address, now),
    );
    if (waitMs > 0) throw new TooManyAttemptsError(Math.ceil(waitMs / 1000));
  }

  recordFailure(address: string, account: string, now = Date.now()): void {
    this.accounts.recordFailure(account, now);
    this.addresses.recordFailure(address, now);
  }

  recordSuccess(account: string): void {
    this.accounts.recordSuccess(account);
  }
}
