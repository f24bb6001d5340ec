import { type Trigger } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { ALLOWED_INTERVAL_MINUTES } from './allowed-intervals';
import { firstRunAt, nextRunAfter } from './next-run';

const MINUTE_MS = 60_000;

function schedule(times: string[], timezone = 'UTC', weekdays?: number[]): Trigger {
  return { type: 'schedule', times, timezone, weekdays };
}

function iso(date: Date | null): string | null {
  return date?.toISOString() ?? null;
}

/** What a scheduler that fires every run exactly when due would do, starting at `armedAt`. */
function fires(trigger: Trigger, armedAt: string, until: string): string[] {
  const end = Date.parse(until);
  const seen: string[] = [];
  let due = firstRunAt(trigger, new Date(armedAt));
  // Bounded, so a regression that repeats a fire fails the spec instead of hanging it.
  while (due && due.getTime() <= end && seen.length < 50) {
    seen.push(due.toISOString());
    const next = nextRunAfter(trigger, due, due);
    if (next && next.getTime() <= due.getTime())
      throw new Error(`${iso(next)} is not after ${iso(due)}`);
    due = next;
  }
  return seen;
}

const notTimeBased: Trigger[] = [
  { type: 'after', connectionId: 'c1' },
  { type: 'after', connectionId: 'c1', onlyOnSuccess: true },
  { type: 'instant' },
  { type: 'manual' },
];

describe(firstRunAt.name, () => {
  it.each(ALLOWED_INTERVAL_MINUTES)(
    'should run %i minutes after switching on when the interval is that long',
    (minutes) => {
      const armedAt = new Date('2026-01-15T12:08:30Z');

      const first = firstRunAt({ type: 'interval', minutes }, armedAt);

      expect(first?.getTime()).toBe(armedAt.getTime() + minutes * MINUTE_MS);
    },
  );

  it('should wait until tomorrow when 12:10 is chosen at 12:08 (less than 5 minutes ahead)', () => {
    const first = firstRunAt(
      schedule(['12:10'], 'Europe/Kyiv'),
      new Date('2026-01-15T12:08+02:00'),
    );

    expect(iso(first)).toBe('2026-01-16T10:10:00.000Z');
  });

  it('should run today when 12:20 is chosen at 12:13 (more than 5 minutes ahead)', () => {
    const first = firstRunAt(
      schedule(['12:20'], 'Europe/Kyiv'),
      new Date('2026-01-15T12:13+02:00'),
    );

    expect(iso(first)).toBe('2026-01-15T10:20:00.000Z');
  });

  it('should wait until tomorrow when the time is exactly 5 minutes ahead (it must be more)', () => {
    const first = firstRunAt(schedule(['12:10']), new Date('2026-01-15T12:05:00.000Z'));

    expect(iso(first)).toBe('2026-01-16T12:10:00.000Z');
  });

  it('should run today when the time is a millisecond more than 5 minutes ahead', () => {
    const first = firstRunAt(schedule(['12:10']), new Date('2026-01-15T12:04:59.999Z'));

    expect(iso(first)).toBe('2026-01-15T12:10:00.000Z');
  });

  it('should wait until tomorrow when the time is 4 minutes 59 seconds ahead', () => {
    const first = firstRunAt(schedule(['12:10']), new Date('2026-01-15T12:05:01.000Z'));

    expect(iso(first)).toBe('2026-01-16T12:10:00.000Z');
  });

  it('should wait until tomorrow when the time is a millisecond less than 5 minutes ahead', () => {
    const first = firstRunAt(schedule(['12:10']), new Date('2026-01-15T12:05:00.001Z'));

    expect(iso(first)).toBe('2026-01-16T12:10:00.000Z');
  });

  it('should wait until tomorrow when the time is now or already passed today', () => {
    expect(iso(firstRunAt(schedule(['12:10']), new Date('2026-01-15T12:10:00Z')))).toBe(
      '2026-01-16T12:10:00.000Z',
    );
    expect(iso(firstRunAt(schedule(['12:10']), new Date('2026-01-15T18:00:00Z')))).toBe(
      '2026-01-16T12:10:00.000Z',
    );
  });

  it('should take a later time today when only the nearest time is too close', () => {
    const first = firstRunAt(schedule(['12:10', '18:00']), new Date('2026-01-15T12:08:00Z'));

    expect(iso(first)).toBe('2026-01-15T18:00:00.000Z');
  });

  it('should move to the next chosen weekday when the skipped time was the last of the week', () => {
    // Friday 12:08 in Kyiv, Monday to Friday at 12:10 -> Monday 12:10.
    const trigger = schedule(['12:10'], 'Europe/Kyiv', [1, 2, 3, 4, 5]);

    const first = firstRunAt(trigger, new Date('2026-01-16T12:08+02:00'));

    expect(iso(first)).toBe('2026-01-19T10:10:00.000Z');
  });

  it('should skip to the day after tomorrow when 00:02 is chosen at 23:58 local time', () => {
    // 23:58 on the 15th in Kolkata; 00:02 on the 16th is 4 minutes ahead.
    const first = firstRunAt(
      schedule(['00:02'], 'Asia/Kolkata'),
      new Date('2026-01-15T23:58+05:30'),
    );

    expect(iso(first)).toBe('2026-01-16T18:32:00.000Z'); // 00:02 on the 17th in Kolkata
  });

  it('should apply the 5-minute rule in local time when the zone is Pacific/Auckland', () => {
    const trigger = schedule(['07:00', '07:30'], 'Pacific/Auckland');

    const first = firstRunAt(trigger, new Date('2026-01-15T06:57+13:00'));

    expect(iso(first)).toBe('2026-01-14T18:30:00.000Z'); // 07:30 on the 15th in Auckland
  });

  it.each(notTimeBased)('should return null when the trigger is $type', (trigger) => {
    expect(firstRunAt(trigger, new Date('2026-01-15T12:00:00Z'))).toBeNull();
  });

  it('should return null when the interval is not a positive whole number of minutes', () => {
    const armedAt = new Date('2026-01-15T12:00:00Z');

    expect(firstRunAt({ type: 'interval', minutes: 0 }, armedAt)).toBeNull();
    expect(firstRunAt({ type: 'interval', minutes: -5 }, armedAt)).toBeNull();
    expect(firstRunAt({ type: 'interval', minutes: 2.5 }, armedAt)).toBeNull();
  });

  it('should return null when the schedule time zone is unknown', () => {
    expect(firstRunAt(schedule(['09:00'], 'Europe/Atlantis'), new Date())).toBeNull();
  });
});

describe(nextRunAfter.name, () => {
  it.each(ALLOWED_INTERVAL_MINUTES)(
    'should keep the cadence of %i minutes when the fire ran a few seconds late',
    (minutes) => {
      const dueAt = new Date('2026-01-15T12:00:00Z');
      const now = new Date('2026-01-15T12:00:03Z');

      const next = nextRunAfter({ type: 'interval', minutes }, dueAt, now);

      expect(next?.getTime()).toBe(dueAt.getTime() + minutes * MINUTE_MS);
    },
  );

  it('should keep the cadence when the fire ran late but within the interval', () => {
    const next = nextRunAfter(
      { type: 'interval', minutes: 1 },
      new Date('2026-01-15T12:00:00Z'),
      new Date('2026-01-15T12:00:59.999Z'),
    );

    expect(iso(next)).toBe('2026-01-15T12:01:00.000Z');
  });

  it('should rest a full interval from now when the next cadence slot is exactly now', () => {
    const next = nextRunAfter(
      { type: 'interval', minutes: 5 },
      new Date('2026-01-15T12:00:00Z'),
      new Date('2026-01-15T12:05:00Z'),
    );

    expect(iso(next)).toBe('2026-01-15T12:10:00.000Z');
  });

  it.each(ALLOWED_INTERVAL_MINUTES)(
    'should fire once after downtime, not as a burst, when the interval is %i minutes',
    (minutes) => {
      const trigger: Trigger = { type: 'interval', minutes };
      const dueAt = new Date('2026-01-15T12:00:00Z');
      // Down for three days: dozens to thousands of slots were missed; the tick fires once now.
      const now = new Date('2026-01-18T09:17:42Z');

      const next = nextRunAfter(trigger, dueAt, now);

      expect(next?.getTime()).toBe(now.getTime() + minutes * MINUTE_MS);
    },
  );

  it('should run the next day when a daily schedule fired on time', () => {
    const next = nextRunAfter(
      schedule(['09:00'], 'Asia/Kolkata'),
      new Date('2026-01-15T03:30:00Z'),
      new Date('2026-01-15T03:30:02Z'),
    );

    expect(iso(next)).toBe('2026-01-16T03:30:00.000Z');
  });

  it('should not fire the same time again when the fire ran a little early', () => {
    const next = nextRunAfter(
      schedule(['09:00']),
      new Date('2026-01-15T09:00:00Z'),
      new Date('2026-01-15T08:59:59Z'),
    );

    expect(iso(next)).toBe('2026-01-16T09:00:00.000Z');
  });

  it('should fire once after downtime and then return to the schedule', () => {
    const trigger = schedule(['09:00', '15:00']);
    // Due Monday 09:00; the service came back on Wednesday 14:00 and fired once.
    const dueAt = new Date('2026-01-12T09:00:00Z');
    const now = new Date('2026-01-14T14:00:00Z');

    const next = nextRunAfter(trigger, dueAt, now);

    expect(iso(next)).toBe('2026-01-14T15:00:00.000Z');
  });

  it('should never return a time at or before now when the service was down', () => {
    const now = new Date('2026-01-14T09:00:00Z');
    const triggers: Trigger[] = [
      schedule(['09:00']),
      schedule(['08:00', '09:00', '10:00'], 'Europe/Kyiv', [3]),
      { type: 'interval', minutes: 1 },
      { type: 'interval', minutes: 1440 },
    ];

    for (const trigger of triggers) {
      const next = nextRunAfter(trigger, new Date('2026-01-01T09:00:00Z'), now);

      expect(next?.getTime()).toBeGreaterThan(now.getTime());
    }
  });

  it.each(notTimeBased)('should return null when the trigger is $type', (trigger) => {
    const at = new Date('2026-01-15T12:00:00Z');

    expect(nextRunAfter(trigger, at, at)).toBeNull();
  });
});

describe(`${nextRunAfter.name} across DST changes`, () => {
  it('should fire 02:30 once at 03:30 EDT when New York springs forward', () => {
    expect(
      fires(
        schedule(['02:30'], 'America/New_York'),
        '2026-03-06T00:00-05:00',
        '2026-03-10T23:59-04:00',
      ),
    ).toEqual([
      '2026-03-06T07:30:00.000Z', // 02:30 EST
      '2026-03-07T07:30:00.000Z', // 02:30 EST
      '2026-03-08T07:30:00.000Z', // 02:30 does not exist: 03:30 EDT
      '2026-03-09T06:30:00.000Z', // 02:30 EDT
      '2026-03-10T06:30:00.000Z', // 02:30 EDT
    ]);
  });

  it('should fire 01:30 once (the first) when New York falls back', () => {
    expect(
      fires(
        schedule(['01:30'], 'America/New_York'),
        '2026-10-30T00:00-04:00',
        '2026-11-02T23:59-05:00',
      ),
    ).toEqual([
      '2026-10-30T05:30:00.000Z', // 01:30 EDT
      '2026-10-31T05:30:00.000Z', // 01:30 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT; the second 01:30 (EST, 06:30Z) is not fired
      '2026-11-02T06:30:00.000Z', // 01:30 EST
    ]);
  });

  it('should fire every half hour exactly once when New York falls back', () => {
    const times = ['00:00', '00:30', '01:00', '01:30', '02:00', '02:30', '03:00'];

    expect(
      fires(
        schedule(times, 'America/New_York'),
        '2026-10-31T23:00-04:00',
        '2026-11-01T03:00-05:00',
      ),
    ).toEqual([
      '2026-11-01T04:00:00.000Z', // 00:00 EDT
      '2026-11-01T04:30:00.000Z', // 00:30 EDT
      '2026-11-01T05:00:00.000Z', // 01:00 EDT
      '2026-11-01T05:30:00.000Z', // 01:30 EDT
      '2026-11-01T07:00:00.000Z', // 02:00 EST
      '2026-11-01T07:30:00.000Z', // 02:30 EST
      '2026-11-01T08:00:00.000Z', // 03:00 EST
    ]);
  });

  it('should fire once where skipped times land on listed ones when New York springs forward', () => {
    const times = ['01:30', '02:00', '02:30', '03:00', '03:30'];

    // 02:00 and 02:30 do not exist and shift onto 03:00 and 03:30 EDT, which run once each.
    expect(
      fires(
        schedule(times, 'America/New_York'),
        '2026-03-07T23:00-05:00',
        '2026-03-08T04:00-04:00',
      ),
    ).toEqual([
      '2026-03-08T06:30:00.000Z', // 01:30 EST
      '2026-03-08T07:00:00.000Z', // 03:00 EDT
      '2026-03-08T07:30:00.000Z', // 03:30 EDT
    ]);
  });

  it('should fire 03:30 once at 04:30 EEST when Kyiv springs forward', () => {
    expect(
      fires(schedule(['03:30'], 'Europe/Kyiv'), '2026-03-27T00:00+02:00', '2026-03-30T23:59+03:00'),
    ).toEqual([
      '2026-03-27T01:30:00.000Z', // 03:30 EET
      '2026-03-28T01:30:00.000Z', // 03:30 EET
      '2026-03-29T01:30:00.000Z', // 03:30 does not exist: 04:30 EEST
      '2026-03-30T00:30:00.000Z', // 03:30 EEST
    ]);
  });

  it('should fire 03:30 once (the first) when Kyiv falls back', () => {
    expect(
      fires(schedule(['03:30'], 'Europe/Kyiv'), '2026-10-23T00:00+03:00', '2026-10-26T23:59+02:00'),
    ).toEqual([
      '2026-10-23T00:30:00.000Z', // 03:30 EEST
      '2026-10-24T00:30:00.000Z', // 03:30 EEST
      '2026-10-25T00:30:00.000Z', // 03:30 EEST; the second 03:30 (EET, 01:30Z) is not fired
      '2026-10-26T01:30:00.000Z', // 03:30 EET
    ]);
  });

  it('should fire every quarter hour exactly once when Kyiv falls back', () => {
    const times = ['02:45', '03:00', '03:15', '03:30', '03:45', '04:00'];

    expect(
      fires(schedule(times, 'Europe/Kyiv'), '2026-10-25T02:00+03:00', '2026-10-25T04:00+02:00'),
    ).toEqual([
      '2026-10-24T23:45:00.000Z', // 02:45 EEST
      '2026-10-25T00:00:00.000Z', // 03:00 EEST
      '2026-10-25T00:15:00.000Z', // 03:15 EEST
      '2026-10-25T00:30:00.000Z', // 03:30 EEST
      '2026-10-25T00:45:00.000Z', // 03:45 EEST
      '2026-10-25T02:00:00.000Z', // 04:00 EET
    ]);
  });

  it('should keep 09:00 local on both sides when Auckland changes in April and September', () => {
    const trigger = schedule(['09:00'], 'Pacific/Auckland');

    expect(fires(trigger, '2026-04-04T00:00+13:00', '2026-04-06T23:59+12:00')).toEqual([
      '2026-04-03T20:00:00.000Z', // 09:00 NZDT
      '2026-04-04T21:00:00.000Z', // 09:00 NZST
      '2026-04-05T21:00:00.000Z',
    ]);
    expect(fires(trigger, '2026-09-26T00:00+12:00', '2026-09-28T23:59+13:00')).toEqual([
      '2026-09-25T21:00:00.000Z', // 09:00 NZST
      '2026-09-26T20:00:00.000Z', // 09:00 NZDT
      '2026-09-27T20:00:00.000Z',
    ]);
  });

  it('should fire at the same UTC time every day when the zone has no DST (São Paulo since 2019)', () => {
    const seen = fires(
      schedule(['00:30'], 'America/Sao_Paulo'),
      '2026-10-30T00:00-03:00',
      '2026-11-03T23:59-03:00',
    );

    expect(seen).toEqual([
      '2026-10-30T03:30:00.000Z',
      '2026-10-31T03:30:00.000Z',
      '2026-11-01T03:30:00.000Z',
      '2026-11-02T03:30:00.000Z',
      '2026-11-03T03:30:00.000Z',
    ]);
  });

  it('should keep a 24-hour interval at 24 elapsed hours when the clocks change', () => {
    const seen = fires(
      { type: 'interval', minutes: 1440 },
      '2026-03-06T12:00-05:00',
      '2026-03-09T23:59-04:00',
    );

    // 24 real hours: 12:00 EST becomes 13:00 EDT after the change (an interval is not a schedule).
    expect(seen).toEqual([
      '2026-03-07T17:00:00.000Z',
      '2026-03-08T17:00:00.000Z',
      '2026-03-09T17:00:00.000Z',
    ]);
  });
});
