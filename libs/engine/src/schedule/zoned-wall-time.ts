import { IANAZone } from 'luxon';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** What wall-time arithmetic reads of a time zone: its offset from UTC at an instant, in minutes. */
export interface ZoneOffsets {
  offset(instant: number): number;
}

/** Readings kept per zone before its memo starts again: bounded memory, whatever the inputs. */
const OFFSETS_KEPT_PER_ZONE = 4_096;
const zones = new Map<string, ZoneOffsets>();

/**
 * The named IANA zone (null when there is none such), its offsets memoised per minute: luxon asks
 * Intl for every reading, and working out one send time takes six or more (3 % of the API's CPU
 * while 1,600 delayed sends a second went out). Offsets change only on whole minutes.
 */
export function zoneNamed(name: string): ZoneOffsets | null {
  const known = zones.get(name);
  if (known) return known;
  const zone = IANAZone.isValidZone(name) ? memoised(IANAZone.create(name)) : null;
  // Names come from users: only real zones are kept, so the map stays as small as the tz list.
  if (zone) zones.set(name, zone);
  return zone;
}

function memoised(zone: IANAZone): ZoneOffsets {
  const byMinute = new Map<number, number>();
  return {
    offset(instant: number): number {
      const minute = Math.floor(instant / MINUTE_MS);
      let offset = byMinute.get(minute);
      if (offset === undefined) {
        if (byMinute.size >= OFFSETS_KEPT_PER_ZONE) byMinute.clear();
        offset = zone.offset(minute * MINUTE_MS);
        byMinute.set(minute, offset);
      }
      return offset;
    },
  };
}

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
export function localDateOf(zone: ZoneOffsets, instant: number): LocalDate {
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
export function zonedWallTimeToInstant(
  zone: ZoneOffsets,
  date: LocalDate,
  time: LocalTime,
): number {
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
