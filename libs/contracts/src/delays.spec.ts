import { describe, expect, it } from '@jest/globals';
import { delaySchema, minutesOf } from './delays';

describe('delaySchema', () => {
  it.each([
    { type: 'after', wait: { amount: 1, unit: 'minutes' } },
    { type: 'after', wait: { amount: 365, unit: 'days' } },
    { type: 'at', variable: 'due_date' },
    { type: 'at', variable: 'due_date', offset: { amount: -2, unit: 'days' }, timeOfDay: '09:00' },
    { type: 'after', wait: { amount: 1, unit: 'days' }, timeZone: 'Europe/Kiev' },
  ])('should take %j', (delay) => {
    expect(delaySchema.safeParse(delay).success).toBe(true);
  });

  it.each([
    [{ type: 'after', wait: { amount: 366, unit: 'days' } }, 'A delay can be at most 365 days'],
    [{ type: 'after', wait: { amount: 8761, unit: 'hours' } }, 'A delay can be at most 365 days'],
    [
      { type: 'at', variable: 'due', offset: { amount: -366, unit: 'days' } },
      'A delay can be at most 365 days',
    ],
    [{ type: 'after', wait: { amount: 0, unit: 'minutes' } }, 'Wait at least 1 minute'],
    [{ type: 'at', variable: 'due', timeOfDay: '9:00' }, 'Write the time as HH:MM, e.g. 09:00'],
    [{ type: 'at', variable: ' ' }, 'Choose the variable that holds the date'],
    [
      { type: 'after', wait: { amount: 1, unit: 'hours' }, timeZone: 'Mars/Olympus_Mons' },
      'Unknown time zone',
    ],
  ])('should refuse %j: %s', (delay, message) => {
    const parsed = delaySchema.safeParse(delay);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.message)).toContain(message);
  });

  it('should count a wait in minutes', () => {
    expect(minutesOf({ amount: 2, unit: 'days' })).toBe(2880);
    expect(minutesOf({ amount: -3, unit: 'hours' })).toBe(-180);
  });
});
