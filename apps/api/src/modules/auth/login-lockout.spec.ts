import { describe, expect, it } from '@jest/globals';
import { LoginLockout, type LockoutPolicy } from './login-lockout';

const policy: LockoutPolicy = {
  lockAfterFailures: 3,
  baseLockMs: 1_000,
  maxLockMs: 5_000,
  forgetAfterMs: 60_000,
};

function failTimes(lockout: LoginLockout, key: string, times: number, at = 0): void {
  for (let i = 0; i < times; i++) lockout.recordFailure(key, at);
}

describe(LoginLockout.name, () => {
  it('should let the failures before the threshold through without a lock', () => {
    const lockout = new LoginLockout(policy);

    failTimes(lockout, 'a', 2);

    expect(lockout.lockedForMs('a', 0)).toBe(0);
  });

  it('should lock at the threshold, twice as long with each failure after it, up to the ceiling', () => {
    const lockout = new LoginLockout(policy);
    const locks: number[] = [];

    for (let i = 0; i < 7; i++) {
      lockout.recordFailure('a', 0);
      locks.push(lockout.lockedForMs('a', 0));
    }

    expect(locks).toEqual([0, 0, 1_000, 2_000, 4_000, 5_000, 5_000]);
  });

  it('should count down the lock as time passes', () => {
    const lockout = new LoginLockout(policy);
    failTimes(lockout, 'a', 3, 10_000);

    expect(lockout.lockedForMs('a', 10_400)).toBe(600);
    expect(lockout.lockedForMs('a', 11_000)).toBe(0);
  });

  it('should keep keys apart', () => {
    const lockout = new LoginLockout(policy);
    failTimes(lockout, 'a', 3);

    expect(lockout.lockedForMs('a', 0)).toBe(1_000);
    expect(lockout.lockedForMs('b', 0)).toBe(0);
  });

  it('should start again from zero after a success or a long quiet', () => {
    const lockout = new LoginLockout(policy);
    failTimes(lockout, 'a', 2);
    lockout.recordSuccess('a');
    lockout.recordFailure('a', 0);
    failTimes(lockout, 'b', 2, 0);
    lockout.recordFailure('b', 60_000);

    expect(lockout.lockedForMs('a', 0)).toBe(0);
    expect(lockout.lockedForMs('b', 60_000)).toBe(0);
  });
});
