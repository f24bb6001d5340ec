import type { Trigger } from '@fluxo/contracts';
import { beforeAll, describe, expect, it } from '@jest/globals';
import { initLocale } from '@/app/i18n/t';
import { connection, connectors, sourceStep } from '../canvas/__fixtures__/connection.fixture';
import {
  INTERVAL_MINUTES,
  defaultTriggerForm,
  describeTrigger,
  errorFor,
  formErrors,
  fromStartFrom,
  fromTrigger,
  generalErrors,
  intervalLabel,
  sourceKindOf,
  timezoneOptions,
  toStartFrom,
  toTrigger,
} from './trigger-form';

// The labels are checked in English whatever language the machine running the tests uses.
beforeAll(() => {
  initLocale({ languages: ['en'], storage: null });
});

describe(intervalLabel.name, () => {
  it('should name every allowed interval in words', () => {
    const sut = INTERVAL_MINUTES.map(intervalLabel);

    expect(sut).toEqual([
      'Every minute',
      'Every 5 minutes',
      'Every 10 minutes',
      'Every 15 minutes',
      'Every 30 minutes',
      'Every hour',
      'Every 2 hours',
      'Every 3 hours',
      'Every 6 hours',
      'Every 12 hours',
      'Once a day (every 24 hours)',
    ]);
  });
});

describe(toTrigger.name, () => {
  const form = defaultTriggerForm('Europe/Oslo');

  it('should send only the minutes when the mode is an interval', () => {
    expect(toTrigger({ ...form, mode: 'interval', minutes: 120 })).toEqual({
      type: 'interval',
      minutes: 120,
    });
  });

  it('should leave out the weekdays when every day is picked', () => {
    const sut = toTrigger({ ...form, mode: 'schedule', times: ['09:00', '17:30'] });

    expect(sut).toEqual({ type: 'schedule', times: ['09:00', '17:30'], timezone: 'Europe/Oslo' });
  });

  it('should send sorted, unique weekdays when only some days are picked', () => {
    const sut = toTrigger({ ...form, mode: 'schedule', weekdays: [5, 1, 3, 1] });

    expect(sut).toMatchObject({ type: 'schedule', weekdays: [1, 3, 5] });
  });

  it('should name the connection to follow when the mode is after', () => {
    const sut = toTrigger({
      ...form,
      mode: 'after',
      afterConnectionId: 'c-2',
      onlyOnSuccess: false,
    });

    expect(sut).toEqual({ type: 'after', connectionId: 'c-2', onlyOnSuccess: false });
  });

  it('should send a manual trigger when the mode is by hand', () => {
    expect(toTrigger({ ...form, mode: 'manual' })).toEqual({ type: 'manual' });
  });
});

describe(fromTrigger.name, () => {
  it.each<Trigger>([
    { type: 'interval', minutes: 30 },
    { type: 'schedule', times: ['08:00', '20:00'], weekdays: [1, 2], timezone: 'America/Bogota' },
    { type: 'schedule', times: ['08:00'], timezone: 'UTC' },
    { type: 'after', connectionId: 'c-9', onlyOnSuccess: true },
    { type: 'manual' },
  ])('should give back the same trigger after a round trip of %o', (trigger) => {
    expect(toTrigger(fromTrigger(trigger, 'Europe/Kyiv'))).toEqual(trigger);
  });

  it('should start with an interval in the browser zone when the trigger is instant', () => {
    const sut = fromTrigger({ type: 'instant' }, 'America/Sao_Paulo');

    expect(sut).toMatchObject({ mode: 'interval', minutes: 15, timezone: 'America/Sao_Paulo' });
  });

  it('should tick all seven days when a schedule has no weekdays', () => {
    const sut = fromTrigger({ type: 'schedule', times: ['08:00'], timezone: 'UTC' }, 'UTC');

    expect(sut.weekdays).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });
});

describe(formErrors.name, () => {
  const form = defaultTriggerForm('UTC');

  it('should find nothing wrong when the default form is used', () => {
    expect(formErrors(form)).toEqual([]);
  });

  it('should point at the broken time and at missing days when the schedule is incomplete', () => {
    const sut = formErrors({ ...form, mode: 'schedule', times: ['09:00', ''], weekdays: [] });

    expect(sut.map((e) => e.field)).toEqual(['trigger.times.1', 'trigger.weekdays']);
  });

  it('should ask for a connection when "after" has none', () => {
    expect(formErrors({ ...form, mode: 'after' })[0].field).toBe('trigger.connectionId');
  });
});

describe(errorFor.name, () => {
  const errors = [
    { field: 'trigger.weekdays.2', message: 'Friday is picked twice' },
    { field: 'trigger', message: 'This source cannot be scheduled' },
  ];

  it('should count a nested field for its parent when the field is a list', () => {
    expect(errorFor(errors, 'trigger.weekdays')).toBe('Friday is picked twice');
  });

  it('should keep errors no field shows for the general list', () => {
    expect(generalErrors(errors, ['trigger.weekdays'])).toEqual([errors[1]]);
  });
});

describe(describeTrigger.name, () => {
  it('should summarise each kind of trigger in one line', () => {
    expect(describeTrigger({ type: 'instant' })).toBe('Runs as soon as data arrives');
    expect(describeTrigger({ type: 'interval', minutes: 5 })).toBe('Every 5 minutes');
    // Times of day in the clock of the user's language, as every other time on the screen.
    expect(describeTrigger({ type: 'schedule', times: ['09:00', '17:00'], timezone: 'UTC' })).toBe(
      'At 9:00 AM, 5:00 PM',
    );
    expect(describeTrigger({ type: 'after', connectionId: 'x' }, 'Orders')).toBe('After “Orders”');
  });
});

describe(timezoneOptions.name, () => {
  it('should list the browser zone first and the saved zone once', () => {
    const sut = timezoneOptions('Asia/Tokyo', 'Europe/Oslo');

    expect(sut.slice(0, 2)).toEqual(['Asia/Tokyo', 'Europe/Oslo']);
    expect(sut.filter((z) => z === 'Europe/Oslo')).toHaveLength(1);
    expect(sut).toContain('UTC');
  });

  it('should offer a renamed zone once, under its current name (a browser in Kyiv says Europe/Kiev)', () => {
    const sut = timezoneOptions('Europe/Kiev');

    expect(sut[0]).toBe('Europe/Kyiv');
    expect(sut).not.toContain('Europe/Kiev');
    expect(sut.filter((z) => z === 'Europe/Kyiv')).toHaveLength(1);
  });
});

describe(toStartFrom.name, () => {
  const now = new Date(2025, 2, 10, 12, 0);

  it('should default to new items only when nothing was chosen', () => {
    expect(toStartFrom(fromStartFrom(undefined, now))).toEqual({ mode: 'new' });
  });

  it('should turn the local date into an ISO instant when starting since a date', () => {
    const sut = toStartFrom({ mode: 'since', since: '2025-03-01T08:30' });

    expect(sut).toEqual({ mode: 'since', since: new Date(2025, 2, 1, 8, 30).toISOString() });
  });

  it('should give null when the since date is empty', () => {
    expect(toStartFrom({ mode: 'since', since: '' })).toBeNull();
  });

  it('should show a saved since date in local time when the form opens', () => {
    const since = new Date(2025, 0, 5, 7, 15).toISOString();

    expect(fromStartFrom({ mode: 'since', since }, now)).toEqual({
      mode: 'since',
      since: '2025-01-05T07:15',
    });
  });
});

describe(sourceKindOf.name, () => {
  it('should read the kind from the source action when one is chosen', () => {
    expect(sourceKindOf(connection([sourceStep]), connectors)).toBe('instant');
  });

  it('should give null when there is no source yet', () => {
    expect(sourceKindOf(connection([]), connectors)).toBeNull();
  });
});
