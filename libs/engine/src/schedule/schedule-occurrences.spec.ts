import { describe, expect, it } from '@jest/globals';
import {
  nextScheduleOccurrence,
  parseTimeOfDay,
  type ScheduleTrigger,
} from './schedule-occurrences';

function schedule(times: string[], timezone = 'UTC', weekdays?: number[]): ScheduleTrigger {
  return { type: 'schedule', times, timezone, weekdays };
}

function next(trigger: ScheduleTrigger, notBefore: string): string | null {
  return nextScheduleOccurrence(trigger, new Date(notBefore))?.toISOString() ?? null;
}

describe(parseTimeOfDay.name, () => {
  it.each([
    ['00:00', { hour: 0, minute: 0 }],
    ['09:30', { hour: 9, minute: 30 }],
    ['23:59', { hour: 23, minute: 59 }],
  ])('should read %s when it is HH:MM on a 24-hour clock', (text, expected) => {
    expect(parseTimeOfDay(text)).toEqual(expected);
  });

  it.each(['24:00', '9:30', '12:60', '12:5', 'noon', '', '12:30:00'])(
    'should return null when given %j',
    (text) => {
      expect(parseTimeOfDay(text)).toBeNull();
    },
  );
});

describe(nextScheduleOccurrence.name, () => {
  it('should return the occurrence itself when notBefore is exactly on it', () => {
    expect(next(schedule(['09:00']), '2026-01-15T09:00:00Z')).toBe('2026-01-15T09:00:00.000Z');
  });

  it('should move to the next day when notBefore is a millisecond past the time', () => {
    expect(next(schedule(['09:00']), '2026-01-15T09:00:00.001Z')).toBe('2026-01-16T09:00:00.000Z');
  });

  it('should honour several times a day in order when they are listed out of order', () => {
    const trigger = schedule(['18:00', '09:00', '12:30']);

    expect(next(trigger, '2026-01-15T08:00:00Z')).toBe('2026-01-15T09:00:00.000Z');
    expect(next(trigger, '2026-01-15T09:00:01Z')).toBe('2026-01-15T12:30:00.000Z');
    expect(next(trigger, '2026-01-15T12:30:01Z')).toBe('2026-01-15T18:00:00.000Z');
    expect(next(trigger, '2026-01-15T18:00:01Z')).toBe('2026-01-16T09:00:00.000Z');
  });

  it('should skip the weekend when only Monday to Friday are chosen', () => {
    const weekdaysOnly = schedule(['09:00'], 'Europe/Kyiv', [1, 2, 3, 4, 5]);

    // Friday 2026-01-16 10:00 in Kyiv -> Monday 2026-01-19 09:00 (07:00Z).
    expect(next(weekdaysOnly, '2026-01-16T08:00:00Z')).toBe('2026-01-19T07:00:00.000Z');
  });

  it('should wait for the weekend when only Saturday and Sunday are chosen', () => {
    const weekendOnly = schedule(['10:00'], 'UTC', [6, 0]);

    expect(next(weekendOnly, '2026-01-12T00:00:00Z')).toBe('2026-01-17T10:00:00.000Z');
    expect(next(weekendOnly, '2026-01-17T10:00:01Z')).toBe('2026-01-18T10:00:00.000Z');
    expect(next(weekendOnly, '2026-01-18T10:00:01Z')).toBe('2026-01-24T10:00:00.000Z');
  });

  it('should wait a whole week when the only chosen weekday has just passed', () => {
    const sundays = schedule(['23:30'], 'UTC', [0]);

    expect(next(sundays, '2026-01-18T23:30:01Z')).toBe('2026-01-25T23:30:00.000Z');
  });

  it('should run every day when the weekday list is empty', () => {
    expect(next(schedule(['10:00'], 'UTC', []), '2026-01-17T10:00:01Z')).toBe(
      '2026-01-18T10:00:00.000Z',
    );
  });

  it('should use the local weekday when it differs from the UTC weekday in Auckland', () => {
    // Monday 09:00 in Auckland (NZDT, +13) is Sunday 20:00 UTC.
    const mondays = schedule(['09:00'], 'Pacific/Auckland', [1]);

    expect(next(mondays, '2026-01-14T00:00:00Z')).toBe('2026-01-18T20:00:00.000Z');
  });

  it('should use the local weekday when it differs from the UTC weekday in São Paulo', () => {
    // Friday 22:00 in São Paulo (-03) is Saturday 01:00 UTC.
    const fridays = schedule(['22:00'], 'America/Sao_Paulo', [5]);

    expect(next(fridays, '2026-01-12T00:00:00Z')).toBe('2026-01-17T01:00:00.000Z');
  });

  it('should read the time in a half-hour zone when the zone is Asia/Kolkata', () => {
    const trigger = schedule(['00:15', '09:00'], 'Asia/Kolkata');

    // 2026-01-15 05:00 in Kolkata.
    expect(next(trigger, '2026-01-14T23:30:00Z')).toBe('2026-01-15T03:30:00.000Z');
    // 2026-01-15 23:00 in Kolkata: the next is 00:15 on the 16th, which is 18:45Z on the 15th.
    expect(next(trigger, '2026-01-15T17:30:00Z')).toBe('2026-01-15T18:45:00.000Z');
  });

  it('should cross the year when the last time of the year has passed', () => {
    expect(next(schedule(['08:00'], 'Pacific/Auckland'), '2026-12-31T00:00:00Z')).toBe(
      '2026-12-31T19:00:00.000Z',
    );
  });

  it('should fire once at the shifted instant when a midnight gap skips the time (São Paulo, 2018)', () => {
    // Sunday 2018-11-04 00:00 did not exist in São Paulo: clocks went 23:59:59 -> 01:00.
    const sundays = schedule(['00:30'], 'America/Sao_Paulo', [0]);

    expect(next(sundays, '2018-11-01T00:00:00Z')).toBe('2018-11-04T03:30:00.000Z');
  });

  it('should return null when the time zone is unknown', () => {
    expect(next(schedule(['09:00'], 'Mars/Olympus'), '2026-01-15T00:00:00Z')).toBeNull();
  });

  it('should return null when no time can be read', () => {
    expect(next(schedule(['9 am']), '2026-01-15T00:00:00Z')).toBeNull();
  });

  it('should return null when no chosen weekday exists', () => {
    expect(next(schedule(['09:00'], 'UTC', [7]), '2026-01-15T00:00:00Z')).toBeNull();
  });
});
