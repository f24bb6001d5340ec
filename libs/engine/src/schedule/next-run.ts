import { type Trigger } from '@fluxo/contracts';
import { nextScheduleOccurrence } from './schedule-occurrences';

const MINUTE_MS = 60_000;

// ApiX-Drive's rule: a time must be *more* than 5 minutes after the schedule is saved or switched
// on to be used that day; one 5 minutes ahead or less is skipped until the next day, so the user
// has time to finish setting things up.
export const FIRST_RUN_LEAD_MINUTES = 5;

function intervalMs(minutes: number): number | null {
  return Number.isInteger(minutes) && minutes > 0 ? minutes * MINUTE_MS : null;
}

/**
 * When a connection saved or switched on at `armedAt` first runs by itself; null for triggers that
 * are not time-based (after, instant, manual) and for schedules that can never fire.
 */
export function firstRunAt(trigger: Trigger, armedAt: Date): Date | null {
  switch (trigger.type) {
    case 'interval': {
      const step = intervalMs(trigger.minutes);
      return step === null ? null : new Date(armedAt.getTime() + step);
    }
    case 'schedule':
      return nextScheduleOccurrence(
        trigger,
        new Date(armedAt.getTime() + FIRST_RUN_LEAD_MINUTES * MINUTE_MS + 1),
      );
    default:
      return null;
  }
}

/**
 * The next run after a scheduled fire that was due at `dueAt` and ran at `now`. Never at or before
 * `now`, so time missed while the service was down is made up by the one fire that just happened,
 * never by a burst.
 */
export function nextRunAfter(trigger: Trigger, dueAt: Date, now: Date): Date | null {
  switch (trigger.type) {
    case 'interval': {
      const step = intervalMs(trigger.minutes);
      if (step === null) return null;
      // On time (or a little late): keep the cadence, so a slow tick does not make it drift.
      const onCadence = dueAt.getTime() + step;
      if (onCadence > now.getTime()) return new Date(onCadence);
      // A whole interval or more was missed: the fire that just ran was the catch-up; rest a full
      // interval from it rather than snapping to the old cadence, which could fire again seconds later.
      return new Date(now.getTime() + step);
    }
    case 'schedule': {
      const after = Math.max(dueAt.getTime(), now.getTime());
      return nextScheduleOccurrence(trigger, new Date(after + 1));
    }
    default:
      return null;
  }
}
