import { type Trigger } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { ALLOWED_INTERVAL_MINUTES } from './allowed-intervals';
import { INTERVAL_CHOICES_MESSAGE, validateTrigger } from './validate-trigger';

function schedule(overrides: Partial<Extract<Trigger, { type: 'schedule' }>> = {}): Trigger {
  return { type: 'schedule', times: ['09:00'], timezone: 'Europe/Kyiv', ...overrides };
}

describe(validateTrigger.name, () => {
  it.each(ALLOWED_INTERVAL_MINUTES)('should accept an interval of %i minutes', (minutes) => {
    expect(validateTrigger({ type: 'interval', minutes })).toEqual([]);
  });

  it.each([0, 2, 7, 45, 90, 240, 1439, 1441, 2880, -5, 2.5])(
    'should list the choices when the interval is %d minutes',
    (minutes) => {
      expect(validateTrigger({ type: 'interval', minutes })).toEqual([
        { field: 'trigger.minutes', message: INTERVAL_CHOICES_MESSAGE },
      ]);
    },
  );

  it('should word the interval choices in minutes and hours', () => {
    expect(INTERVAL_CHOICES_MESSAGE).toBe(
      'Choose one of: every 1, 5, 10, 15 or 30 minutes, or 1, 2, 3, 6, 12 or 24 hours',
    );
  });

  it.each([
    [
      'several times and weekdays',
      schedule({ times: ['09:00', '18:30'], weekdays: [1, 2, 3, 4, 5] }),
    ],
    ['no weekday list', schedule({ weekdays: undefined })],
    ['an empty weekday list', schedule({ weekdays: [] })],
    ['a zone far from UTC', schedule({ timezone: 'Pacific/Auckland' })],
    ['a half-hour zone', schedule({ timezone: 'Asia/Kolkata' })],
    ['UTC', schedule({ timezone: 'UTC' })],
  ])('should accept a schedule with %s', (_label, trigger) => {
    expect(validateTrigger(trigger)).toEqual([]);
  });

  it('should ask for a time when the schedule has none', () => {
    expect(validateTrigger(schedule({ times: [] }))).toEqual([
      { field: 'trigger.times', message: 'Add at least one time of day' },
    ]);
  });

  it('should point at the repeated time when a time is listed twice', () => {
    expect(validateTrigger(schedule({ times: ['09:00', '12:00', '09:00'] }))).toEqual([
      { field: 'trigger.times.2', message: '09:00 is listed twice' },
    ]);
  });

  it('should explain the format when a time is not HH:MM', () => {
    expect(validateTrigger(schedule({ times: ['9 am', '24:00'] }))).toEqual([
      { field: 'trigger.times.0', message: '"9 am" is not a time; write it as HH:MM, e.g. 09:30' },
      { field: 'trigger.times.1', message: '"24:00" is not a time; write it as HH:MM, e.g. 09:30' },
    ]);
  });

  it('should name the day when a weekday is picked twice', () => {
    expect(validateTrigger(schedule({ weekdays: [0, 1, 0] }))).toEqual([
      { field: 'trigger.weekdays.2', message: 'Sunday is picked twice' },
    ]);
  });

  it.each([7, -1, 1.5])('should refuse the weekday %d when it is not 0 to 6', (day) => {
    expect(validateTrigger(schedule({ weekdays: [1, day] }))).toEqual([
      { field: 'trigger.weekdays.1', message: 'Pick days from Sunday to Saturday' },
    ]);
  });

  it.each(['Mars/Olympus', 'Europe/Kiev2', 'GMT+25', 'not a zone'])(
    'should refuse the time zone %j when it is unknown',
    (timezone) => {
      expect(validateTrigger(schedule({ timezone }))).toEqual([
        {
          field: 'trigger.timezone',
          message: `"${timezone}" is not a time zone we know; pick one from the list, e.g. Europe/Kyiv`,
        },
      ]);
    },
  );

  it('should ask for a time zone when it is blank', () => {
    expect(validateTrigger(schedule({ timezone: ' ' }))).toEqual([
      { field: 'trigger.timezone', message: 'Choose a time zone' },
    ]);
  });

  it('should report every problem at once when several fields are wrong', () => {
    const errors = validateTrigger(schedule({ times: [], weekdays: [9], timezone: 'Nowhere' }));

    expect(errors.map((error) => error.field)).toEqual([
      'trigger.times',
      'trigger.weekdays.0',
      'trigger.timezone',
    ]);
  });

  it('should ask which connection when an after trigger has none', () => {
    expect(validateTrigger({ type: 'after', connectionId: '' })).toEqual([
      { field: 'trigger.connectionId', message: 'Choose the connection to run after' },
    ]);
  });

  it.each<Trigger>([
    { type: 'after', connectionId: 'c1', onlyOnSuccess: true },
    { type: 'instant' },
    { type: 'manual' },
  ])('should accept a $type trigger', (trigger) => {
    expect(validateTrigger(trigger)).toEqual([]);
  });
});
