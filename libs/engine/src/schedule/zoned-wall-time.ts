import { type IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

export interface LocalDate {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
}

export interface LocalTime {
  hour: number;
  minute: number;
}

/** The calendar date an instant falls on in `zone`. */
export function localDateOf(zone: IANAZone, instant: number): LocalDate {
  const wall = new Date(instant + zone.offset(instant) * MINUTE_MS);
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** `date` moved by whole calendar days (no time zone involved). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, like `Date#getDay`. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

/**
 * The instant a wall-clock time happens in `zone`, resolved the way people expect at a DST change
 * (and the way Temporal's "compatible" disambiguation does): a time the clocks jump over (02:30 in
 * New York on a spring-forward day) happens once, shifted forward by the jump (03:30 EDT); a time
 * that happens twice (01:30 on a fall-back day) is taken at its first occurrence only.
 */
export function zonedWallTimeToInstant(zone: IANAZone, date: LocalDate, time: LocalTime): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, time.hour, time.minute);
  // Zones change offset at most once a day, so the offsets a day either side cover every reading.
  // Luxon's own resolution starts from the offset of "now", which would make the result depend on
  // the day the code runs.
  const offsetBefore = zone.offset(wallAsUtc - DAY_MS);
  const offsets = new Set([offsetBefore, zone.offset(wallAsUtc), zone.offset(wallAsUtc + DAY_MS)]);
  const readings = [...offsets]
    .map((offset) => wallAsUtc - offset * MINUTE_MS)
    .filter((instant) => instant + zone.offset(instant) * MINUTE_MS === wallAsUtc);
  if (readings.length > 0) return Math.min(...readings);
  // Skipped by a spring-forward: read it with the offset in force before the jump.
  return wallAsUtc - offsetBefore * MINUTE_MS;
}
