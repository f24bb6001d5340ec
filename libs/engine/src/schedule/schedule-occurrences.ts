import { type Trigger } from '@fluxo/contracts';
import {
  addLocalDays,
  localDateOf,
  type LocalTime,
  weekdayOf,
  zonedWallTimeToInstant,
  zoneNamed,
} from './zoned-wall-time';

export type ScheduleTrigger = Extract<Trigger, { type: 'schedule' }>;

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "09:30" -> { hour: 9, minute: 30 }; null when it is not HH:MM on a 24-hour clock. */
export function parseTimeOfDay(text: string): LocalTime | null {
  const match = TIME_OF_DAY.exec(text);
  return match ? { hour: Number(match[1]), minute: Number(match[2]) } : null;
}

/**
 * The earliest occurrence of the schedule at or after `notBefore`: each listed time, on the chosen
 * weekdays of the local date (none chosen = every day), in the schedule's time zone. Null when the
 * schedule can never fire (no readable time, unknown zone, no valid weekday).
 */
export function nextScheduleOccurrence(schedule: ScheduleTrigger, notBefore: Date): Date | null {
  const zone = zoneNamed(schedule.timezone);
  if (!zone) return null;
  const times = schedule.times.map(parseTimeOfDay).filter((time) => time !== null);
  const weekdays = schedule.weekdays?.length ? new Set(schedule.weekdays) : null;
  const from = notBefore.getTime();
  const today = localDateOf(zone, from);

  let earliest: number | null = null;
  // From yesterday (a shifted time can land on the next local day) through a full week ahead.
  for (let offset = -1; offset <= 8; offset++) {
    const date = addLocalDays(today, offset);
    if (weekdays && !weekdays.has(weekdayOf(date))) continue;
    for (const time of times) {
      const instant = zonedWallTimeToInstant(zone, date, time);
      if (instant >= from && (earliest === null || instant < earliest)) earliest = instant;
    }
  }
  return earliest === null ? null : new Date(earliest);
}
