import { type FieldError, type Trigger } from '@fluxo/contracts';
import { IANAZone } from 'luxon';
import { isAllowedInterval } from './allowed-intervals';
import { parseTimeOfDay, type ScheduleTrigger } from './schedule-occurrences';

export const INTERVAL_CHOICES_MESSAGE =
  'Choose one of: every 1, 5, 10, 15 or 30 minutes, or 1, 2, 3, 6, 12 or 24 hours';

const WEEKDAY_NAMES = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
];

function validateSchedule(trigger: ScheduleTrigger): FieldError[] {
  const errors: FieldError[] = [];
  if (trigger.times.length === 0) {
    errors.push({ field: 'trigger.times', message: 'Add at least one time of day' });
  }
  const seenTimes = new Set<string>();
  trigger.times.forEach((time, index) => {
    const field = `trigger.times.${index}`;
    if (!parseTimeOfDay(time)) {
      errors.push({ field, message: `"${time}" is not a time; write it as HH:MM, e.g. 09:30` });
    } else if (seenTimes.has(time)) {
      errors.push({ field, message: `${time} is listed twice` });
    }
    seenTimes.add(time);
  });

  const seenDays = new Set<number>();
  (trigger.weekdays ?? []).forEach((day, index) => {
    const field = `trigger.weekdays.${index}`;
    if (!Number.isInteger(day) || day < 0 || day > 6) {
      errors.push({ field, message: 'Pick days from Sunday to Saturday' });
    } else if (seenDays.has(day)) {
      errors.push({ field, message: `${WEEKDAY_NAMES[day]} is picked twice` });
    }
    seenDays.add(day);
  });

  if (trigger.timezone.trim() === '') {
    errors.push({ field: 'trigger.timezone', message: 'Choose a time zone' });
  } else if (!IANAZone.isValidZone(trigger.timezone)) {
    errors.push({
      field: 'trigger.timezone',
      message: `"${trigger.timezone}" is not a time zone we know; pick one from the list, e.g. Europe/Kyiv`,
    });
  }
  return errors;
}

/** What is wrong with a trigger, in words a non-technical user understands; empty when it is fine. */
export function validateTrigger(trigger: Trigger): FieldError[] {
  switch (trigger.type) {
    case 'interval':
      return isAllowedInterval(trigger.minutes)
        ? []
        : [{ field: 'trigger.minutes', message: INTERVAL_CHOICES_MESSAGE }];
    case 'schedule':
      return validateSchedule(trigger);
    case 'after':
      // Whether the connection exists and whether it closes a loop needs the workspace: see chain/.
      return trigger.connectionId.trim() === ''
        ? [{ field: 'trigger.connectionId', message: 'Choose the connection to run after' }]
        : [];
    default:
      return [];
  }
}
