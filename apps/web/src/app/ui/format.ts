import { getFormatLocale, t } from '../i18n/t';

// Everything here formats in the language the user picked (see i18n/t.ts), at call time, so the
// screens show the new formats as soon as the language switch re-renders them.

interface DateOptions {
  /** IANA zone such as `America/Sao_Paulo`; the browser's own zone when left out. */
  timeZone?: string;
}

/**
 * "1 de mar. de 2025, 10:00" in pt-BR; "—" for a missing or broken date. Minutes only: planned
 * runs fall on whole minutes, and seconds are noise in lists and histories.
 */
export function formatDateTime(iso: string | null | undefined, options: DateOptions = {}): string {
  const date = parseDate(iso);
  if (!date) return '—';
  return new Intl.DateTimeFormat(getFormatLocale(), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: options.timeZone,
  }).format(date);
}

/** A calendar day ("2026-12-04") as the user's language writes it: "4 de dez. de 2026" in pt-BR. */
export function formatDay(day: string): string {
  const date = parseDate(`${day}T12:00:00Z`);
  if (!date) return day;
  return new Intl.DateTimeFormat(getFormatLocale(), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(date);
}

function parseDate(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The zone this browser shows times in, e.g. `America/Sao_Paulo`. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * A planned run. A schedule's times of day were chosen in its own zone: when that is not the
 * browser's zone, the time there comes first, named, and the user's own time follows, e.g.
 * "Dec 2, 2026, 3:30 PM in Europe/Lisbon (12:30 PM your time)".
 */
export function formatPlannedTime(
  iso: string,
  zone?: string,
  ownZone: string = browserTimeZone(),
): string {
  const local = formatDateTime(iso, { timeZone: ownZone });
  if (!zone || zone === ownZone) return local;
  let there: string;
  try {
    there = formatDateTime(iso, { timeZone: zone });
  } catch {
    return local; // a zone this browser does not know
  }
  const zoneName = zone.replace(/_/g, ' ');
  if (there === local) return t('autoUpdate.timeInZoneSameClock', { when: there, zone: zoneName });
  return t('autoUpdate.timeInZone', {
    there,
    zone: zoneName,
    // The same day in both places needs no second date.
    local: sameDay(iso, zone, ownZone) ? formatTime(iso, ownZone) : local,
  });
}

/**
 * A time of day as "HH:mm" (a schedule's), in the clock of the user's language: "5:00 PM" in
 * English, "17:00" in Portuguese — the same clock as every other time on the screen.
 */
export function formatTimeOfDay(hhmm: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!match) return hhmm;
  const at = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(getFormatLocale(), { timeStyle: 'short', timeZone: 'UTC' }).format(
    at,
  );
}

function formatTime(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(getFormatLocale(), { timeStyle: 'short', timeZone }).format(
    new Date(iso),
  );
}

function sameDay(iso: string, a: string, b: string): boolean {
  const day = (timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { dateStyle: 'short', timeZone }).format(new Date(iso));
  return day(a) === day(b);
}

/** "850 ms", "4.2 s" ("4,2 s" in pt-BR), "3 min 5 s"; null while still running. */
export function formatDuration(startedAt: string, finishedAt: string | null): string | null {
  if (!finishedAt) return null;
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return t('duration.ms', { n: formatNumber(ms) });
  if (ms < 60_000) {
    const seconds = formatNumber(ms / 1000, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    return t('duration.s', { n: seconds });
  }
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return t('duration.min', { m: formatNumber(minutes), s: formatNumber(seconds) });
}

/** "1,234.5" in English, "1.234,5" in pt-BR, "1 234,5" in uk and nb. */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(getFormatLocale(), options).format(value);
}

/**
 * An amount in major units (49.9, not 4990 cents) with its ISO currency code:
 * "R$ 49,90" in pt-BR, "$49.90" for USD in English, "49,90 kr" for NOK in nb.
 */
export function formatMoney(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(getFormatLocale(), { style: 'currency', currency }).format(amount);
  } catch {
    // A vendor sent a code Intl does not know: still show the number and the code.
    return `${formatNumber(amount, { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ${currency}`;
  }
}

/** "in 5 minutes", "2 hours ago", "tomorrow" in the user's language; "—" for a missing date. */
export function formatRelativeTime(iso: string | null | undefined, now: Date = new Date()): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(getFormatLocale(), { numeric: 'auto' });
  const units: [Intl.RelativeTimeFormatUnit, number][] = [
    ['day', 86_400],
    ['hour', 3_600],
    ['minute', 60],
  ];
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  }
  return format.format(seconds, 'second');
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
