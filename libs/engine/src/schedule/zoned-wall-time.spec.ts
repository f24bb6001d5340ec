import { IANAZone } from 'luxon';
import { afterEach, describe, expect, it, jest } from '@jest/globals';
import {
  addLocalDays,
  localDateOf,
  weekdayOf,
  zonedWallTimeToInstant,
  zoneNamed,
} from './zoned-wall-time';

const newYork = IANAZone.create('America/New_York');
const kyiv = IANAZone.create('Europe/Kyiv');

function resolve(zone: IANAZone, date: string, time: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return new Date(
    zonedWallTimeToInstant(zone, { year, month, day }, { hour, minute }),
  ).toISOString();
}

describe(zonedWallTimeToInstant.name, () => {
  afterEach(() => {
    jest.useRealTimers();
  });

  it.each([
    ['Asia/Kolkata', '2026-01-15', '09:00', '2026-01-15T03:30:00.000Z'],
    ['Pacific/Auckland', '2026-01-15', '09:00', '2026-01-14T20:00:00.000Z'],
    ['Pacific/Auckland', '2026-07-15', '09:00', '2026-07-14T21:00:00.000Z'],
    ['America/Sao_Paulo', '2026-06-01', '09:00', '2026-06-01T12:00:00.000Z'],
    ['Europe/Kyiv', '2026-01-15', '00:00', '2026-01-14T22:00:00.000Z'],
    ['UTC', '2026-02-28', '23:59', '2026-02-28T23:59:00.000Z'],
  ])('should read %s %s %s as %s when the time exists once', (name, date, time, expected) => {
    const zone = IANAZone.create(name);

    expect(resolve(zone, date, time)).toBe(expected);
  });

  it('should shift forward by the jump when the clocks skip the time in New York', () => {
    expect(resolve(newYork, '2026-03-08', '01:59')).toBe('2026-03-08T06:59:00.000Z'); // EST
    expect(resolve(newYork, '2026-03-08', '02:00')).toBe('2026-03-08T07:00:00.000Z'); // 03:00 EDT
    expect(resolve(newYork, '2026-03-08', '02:30')).toBe('2026-03-08T07:30:00.000Z'); // 03:30 EDT
    expect(resolve(newYork, '2026-03-08', '03:00')).toBe('2026-03-08T07:00:00.000Z'); // EDT
  });

  it('should shift forward by the jump when the clocks skip the time in Kyiv', () => {
    expect(resolve(kyiv, '2026-03-29', '02:59')).toBe('2026-03-29T00:59:00.000Z'); // EET
    expect(resolve(kyiv, '2026-03-29', '03:30')).toBe('2026-03-29T01:30:00.000Z'); // 04:30 EEST
    expect(resolve(kyiv, '2026-03-29', '04:00')).toBe('2026-03-29T01:00:00.000Z'); // EEST
  });

  it('should take the first occurrence when the clocks go back over the time in New York', () => {
    expect(resolve(newYork, '2026-11-01', '00:59')).toBe('2026-11-01T04:59:00.000Z'); // EDT
    expect(resolve(newYork, '2026-11-01', '01:00')).toBe('2026-11-01T05:00:00.000Z'); // EDT, not EST
    expect(resolve(newYork, '2026-11-01', '01:30')).toBe('2026-11-01T05:30:00.000Z'); // EDT, not EST
    expect(resolve(newYork, '2026-11-01', '01:59')).toBe('2026-11-01T05:59:00.000Z'); // EDT, not EST
    expect(resolve(newYork, '2026-11-01', '02:00')).toBe('2026-11-01T07:00:00.000Z'); // EST
  });

  it('should take the first occurrence when the clocks go back over the time in Kyiv', () => {
    expect(resolve(kyiv, '2026-10-25', '03:30')).toBe('2026-10-25T00:30:00.000Z'); // EEST, not EET
    expect(resolve(kyiv, '2026-10-25', '04:00')).toBe('2026-10-25T02:00:00.000Z'); // EET
  });

  it('should shift past midnight gaps when a zone changed at 00:00 (São Paulo, 2018)', () => {
    const saoPaulo = IANAZone.create('America/Sao_Paulo');

    expect(resolve(saoPaulo, '2018-11-04', '00:30')).toBe('2018-11-04T03:30:00.000Z'); // 01:30 -02
    expect(resolve(saoPaulo, '2018-11-04', '01:30')).toBe('2018-11-04T03:30:00.000Z');
  });

  it('should give the same answer when the code runs in summer or in winter', () => {
    const readings = ['2026-01-10T12:00:00Z', '2026-07-10T12:00:00Z'].map((today) => {
      jest.useFakeTimers({ now: new Date(today) });
      return [resolve(newYork, '2026-11-01', '01:30'), resolve(kyiv, '2026-10-25', '03:30')];
    });

    expect(readings[0]).toEqual(['2026-11-01T05:30:00.000Z', '2026-10-25T00:30:00.000Z']);
    expect(readings[1]).toEqual(readings[0]);
  });
});

describe(localDateOf.name, () => {
  it('should give the local calendar date when it differs from the UTC date', () => {
    const instant = Date.parse('2026-01-18T20:00:00Z');

    expect(localDateOf(IANAZone.create('Pacific/Auckland'), instant)).toEqual({
      year: 2026,
      month: 1,
      day: 19,
    });
    expect(
      localDateOf(IANAZone.create('America/Sao_Paulo'), Date.parse('2026-01-01T02:00:00Z')),
    ).toEqual({ year: 2025, month: 12, day: 31 });
  });
});

describe(addLocalDays.name, () => {
  it('should roll over months and years when adding or removing days', () => {
    expect(addLocalDays({ year: 2026, month: 12, day: 31 }, 1)).toEqual({
      year: 2027,
      month: 1,
      day: 1,
    });
    expect(addLocalDays({ year: 2028, month: 3, day: 1 }, -1)).toEqual({
      year: 2028,
      month: 2,
      day: 29,
    });
  });
});

describe(weekdayOf.name, () => {
  it('should count 0 as Sunday and 6 as Saturday when given a date', () => {
    expect(weekdayOf({ year: 2026, month: 1, day: 18 })).toBe(0);
    expect(weekdayOf({ year: 2026, month: 1, day: 19 })).toBe(1);
    expect(weekdayOf({ year: 2026, month: 1, day: 17 })).toBe(6);
  });
});

describe('zoneNamed', () => {
  it('should read the same offsets as luxon, across a clock change, from its memo too', () => {
    const oslo = zoneNamed('Europe/Oslo');
    const luxon = IANAZone.create('Europe/Oslo');
    // 2026-03-29 01:00 UTC: Oslo moves from +60 to +120 minutes.
    const change = Date.UTC(2026, 2, 29, 1, 0);
    for (const instant of [change - 60_000, change - 1, change, change + 1, change + 60_000]) {
      expect(oslo?.offset(instant)).toBe(luxon.offset(instant));
      expect(oslo?.offset(instant)).toBe(luxon.offset(instant));
    }
    expect(oslo?.offset(change - 1)).toBe(60);
    expect(oslo?.offset(change)).toBe(120);
  });

  it('should answer null for a name that is no time zone', () => {
    expect(zoneNamed('Mars/Olympus_Mons')).toBeNull();
  });
});
