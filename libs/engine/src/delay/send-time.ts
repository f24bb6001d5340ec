import {
  instantOf,
  MAX_DELAY_DAYS,
  minutesOf,
  parseDateParts,
  variableText,
  type Delay,
  type DelayAmount,
} from '@fluxo/contracts';
import {
  addLocalDays,
  localDateOf,
  zonedWallTimeToInstant,
  zoneNamed,
  type LocalDate,
  type ZoneOffsets,
} from '../schedule/zoned-wall-time';

const MINUTE_MS = 60_000;

export interface SendTimeContext {
  item: Record<string, unknown>;
  /** When the item arrived, ms since 1970. */
  receivedAt: number;
  now: number;
  /** Used when the delay names no time zone of its own. */
  timeZone: string;
}

export type SendTime =
  | {
      ok: true;
      at: number;
      /** The time asked for had already passed: the send goes out at once, and says so. */
      late: boolean;
      /** With `late`: the time the delay asked for. */
      askedFor?: number;
    }
  | { ok: false; error: string };

/**
 * When a receiver sends an item, per its delay. "Days" are calendar days in the connection's
 * time zone (a day after 10:00 is 10:00 the next day, across a clock change too); minutes and
 * hours are elapsed time. A date that cannot be read is an error the delivery fails with.
 */
export function sendTimeOf(delay: Delay | null | undefined, context: SendTimeContext): SendTime {
  if (!delay) return { ok: true, at: context.now, late: false };
  const timeZone = delay.timeZone ?? context.timeZone;
  const zone = zoneNamed(timeZone);
  if (!zone) return { ok: false, error: `Unknown time zone "${timeZone}"` };
  let at: number;
  if (delay.type === 'after') {
    at = shifted(context.receivedAt, delay.wait, zone);
  } else {
    const read = dateIn(context.item, delay.variable, zone);
    if (!read.ok) return read;
    at = delay.offset ? shifted(read.at, delay.offset, zone) : read.at;
    if (delay.timeOfDay) {
      const [hour, minute] = delay.timeOfDay.split(':').map(Number);
      at = zonedWallTimeToInstant(zone, localDateOf(zone, at), { hour, minute });
    }
  }
  if (at - context.now > MAX_DELAY_DAYS * 24 * 60 * MINUTE_MS) {
    return {
      ok: false,
      error: `The send time ${new Date(at).toISOString()} is more than ${MAX_DELAY_DAYS} days away`,
    };
  }
  return at < context.now
    ? { ok: true, at: context.now, late: true, askedFor: at }
    : { ok: true, at, late: false };
}

function shifted(instant: number, amount: DelayAmount, zone: ZoneOffsets): number {
  if (amount.unit !== 'days') return instant + minutesOf(amount) * MINUTE_MS;
  const wall = new Date(instant + zone.offset(instant) * MINUTE_MS);
  const date: LocalDate = addLocalDays(localDateOf(zone, instant), amount.amount);
  const time = { hour: wall.getUTCHours(), minute: wall.getUTCMinutes() };
  return zonedWallTimeToInstant(zone, date, time) + (instant % MINUTE_MS);
}

function dateIn(
  item: Record<string, unknown>,
  variable: string,
  zone: ZoneOffsets,
): { ok: true; at: number } | { ok: false; error: string } {
  const text = variableText(item, variable).trim();
  if (text === '') return { ok: false, error: `The date in "${variable}" is empty` };
  const parts = parseDateParts(text);
  if (!parts) {
    return {
      ok: false,
      error: `"${text.slice(0, 60)}" in "${variable}" is not a date Fluxo can read: write it as 2026-12-24, 2026-12-24 09:30 or 24/12/2026`,
    };
  }
  const { year, month, day, hour, minute, second } = parts;
  return {
    ok: true,
    at:
      instantOf(parts) ??
      zonedWallTimeToInstant(zone, { year, month, day }, { hour, minute }) + second * 1000,
  };
}
