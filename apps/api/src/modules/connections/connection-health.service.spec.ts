import { describe, expect, it } from '@jest/globals';
import { healthOf } from './connection-health.service';

describe(healthOf.name, () => {
  const calm = { consecutiveFailures: 0 };

  it('should call a connection with set-up problems "needs set-up", even when it also fails', () => {
    expect(
      healthOf([{ code: 'receiver.missing' }], { consecutiveFailures: 3 }, { status: 'failed' }),
    ).toBe('needs-setup');
  });

  it.each([
    ['failures in a row', { consecutiveFailures: 2 }, null],
    ['a failed last run', calm, { status: 'failed' as const }],
    ['a partly failed last run', calm, { status: 'partial' as const }],
  ])('should call a set-up connection with %s "failing"', (_case, connection, lastRun) => {
    expect(healthOf([], connection, lastRun)).toBe('failing');
  });

  it('should call a set-up connection whose last run succeeded, or that never ran, "ready"', () => {
    expect(healthOf([], calm, { status: 'succeeded' })).toBe('ready');
    expect(healthOf([], calm, null)).toBe('ready');
  });
});
