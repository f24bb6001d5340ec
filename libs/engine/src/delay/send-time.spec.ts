import { describe, expect, it } from '@jest/globals';
import type { Delay } from '@fluxo/contracts';
import { sendTimeOf, type SendTimeContext } from './send-time';

const at = (iso: string) => Date.parse(iso);

function context(overrides: Partial<SendTimeContext> = {}): SendTimeContext {
  return {
    item: {},
    receivedAt: at('2026-12-01T12:00:00Z'),
    now: at('2026-12-01T12:00:05Z'),
    timeZone: 'America/Sao_Paulo',
    ...overrides,
  };
}

function sendAt(delay: Delay | null, overrides: Partial<SendTimeContext> = {}) {
  const result = sendTimeOf(delay, context(overrides));
  if (!result.ok) throw new Error(result.error);
  return { at: new Date(result.at).toISOString(), late: result.late };
}

describe(sendTimeOf.name, () => {
  it('should send at once without a delay', () => {
    expect(sendAt(null)).toEqual({ at: '2026-12-01T12:00:05.000Z', late: false });
  });

  it.each([
    [{ amount: 30, unit: 'minutes' }, '2026-12-01T12:30:00.000Z'],
    [{ amount: 3, unit: 'hours' }, '2026-12-01T15:00:00.000Z'],
    [{ amount: 2, unit: 'days' }, '2026-12-03T12:00:00.000Z'],
  ] as const)('should wait %j after the item arrived', (wait, expected) => {
    expect(sendAt({ type: 'after', wait })).toEqual({ at: expected, late: false });
  });

  it('should keep the wall time for days across a clock change, and elapsed time for hours', () => {
    // Oslo springs forward on 2026-03-29: 10:00 CET is 09:00Z, 10:00 CEST the next day 08:00Z.
    const oslo = { timeZone: 'Europe/Oslo', receivedAt: at('2026-03-28T09:00:00Z') };
    const now = at('2026-03-28T09:00:00Z');

    expect(sendAt({ type: 'after', wait: { amount: 1, unit: 'days' } }, { ...oslo, now }).at).toBe(
      '2026-03-29T08:00:00.000Z',
    );
    expect(
      sendAt({ type: 'after', wait: { amount: 24, unit: 'hours' } }, { ...oslo, now }).at,
    ).toBe('2026-03-29T09:00:00.000Z');
  });

  it('should send "2 days before {{ due_date }}, at 09:00" in the connection\'s time zone', () => {
    const delay: Delay = {
      type: 'at',
      variable: 'boleto.due_date',
      offset: { amount: -2, unit: 'days' },
      timeOfDay: '09:00',
    };

    // São Paulo is UTC−3: 09:00 there is 12:00Z.
    expect(sendAt(delay, { item: { boleto: { due_date: '2026-12-24' } } }).at).toBe(
      '2026-12-22T12:00:00.000Z',
    );
    expect(sendAt(delay, { item: { boleto: { due_date: '24/12/2026' } } }).at).toBe(
      '2026-12-22T12:00:00.000Z',
    );
  });

  it.each([
    // A zone in the text wins; without one the wall time is the connection's.
    ['2026-12-24T15:00:00Z', 'Europe/Kyiv', '2026-12-24T15:00:00.000Z'],
    ['2026-12-24T15:00:00-03:00', 'Europe/Kyiv', '2026-12-24T18:00:00.000Z'],
    ['24.12.2026 18:05', 'Europe/Kyiv', '2026-12-24T16:05:00.000Z'],
    ['2026-12-24 18:05:30', 'Europe/Oslo', '2026-12-24T17:05:30.000Z'],
  ])('should read %p in %s as %s', (due, timeZone, expected) => {
    expect(sendAt({ type: 'at', variable: 'due' }, { item: { due }, timeZone }).at).toBe(expected);
  });

  it('should move a time of day the clocks skip forward by the jump', () => {
    // New York springs forward at 02:00 on 2026-03-08: 02:30 does not exist, 03:30 EDT does.
    const delay: Delay = { type: 'at', variable: 'due', timeOfDay: '02:30' };

    expect(
      sendAt(delay, {
        item: { due: '2026-03-08' },
        timeZone: 'America/New_York',
        now: at('2026-03-01T00:00:00Z'),
      }).at,
    ).toBe('2026-03-08T07:30:00.000Z');
  });

  it('should send at once, and say so, when the time asked for has passed', () => {
    const result = sendTimeOf(
      { type: 'at', variable: 'due' },
      context({ item: { due: '2026-11-30' } }),
    );

    expect(result).toEqual({
      ok: true,
      at: at('2026-12-01T12:00:05Z'),
      late: true,
      // Midnight in São Paulo (UTC−3).
      askedFor: at('2026-11-30T03:00:00Z'),
    });
  });

  it.each([
    [{}, 'The date in "due" is empty'],
    [{ due: '  ' }, 'The date in "due" is empty'],
    [
      { due: 'next Friday' },
      '"next Friday" in "due" is not a date Fluxo can read: write it as 2026-12-24, 2026-12-24 09:30 or 24/12/2026',
    ],
    [{ due: '31/02/2026' }, expect.stringContaining('is not a date Fluxo can read')],
    [{ due: '2028-01-01' }, 'The send time 2028-01-01T03:00:00.000Z is more than 365 days away'],
  ])('should fail for %j: %s', (item, error) => {
    expect(sendTimeOf({ type: 'at', variable: 'due' }, context({ item }))).toEqual({
      ok: false,
      error,
    });
  });

  it("should read the delay's own time zone before the one it is given", () => {
    const delay: Delay = {
      type: 'at',
      variable: 'due',
      timeOfDay: '09:00',
      timeZone: 'Europe/Oslo',
    };

    expect(sendAt(delay, { item: { due: '2026-12-24' }, timeZone: 'UTC' }).at).toBe(
      '2026-12-24T08:00:00.000Z',
    );
  });

  it('should refuse an unknown time zone', () => {
    expect(
      sendTimeOf(
        { type: 'after', wait: { amount: 1, unit: 'days' } },
        context({ timeZone: 'Mars/Base' }),
      ),
    ).toEqual({ ok: false, error: 'Unknown time zone "Mars/Base"' });
  });
});
