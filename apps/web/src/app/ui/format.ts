import { getFormatLocale, t } from '../i18n/t';

// Everything here formats in the language the user picked (see i18n/t.ts), at call time, so the
// screens show the new formats as soon as the language switch re-renders them.

interface DateOptions {
  /** IANA zone such as `America/Sao_Paulo`; the browser's own zone when left out. */
  timeZone?: string;
}

/** "1 de mar. de 2025, 10:00:00" in pt-BR; "—" for a missing or broken date. */
export function formatDateTime(iso: string | null | undefined, options: DateOptions = {}): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return new Intl.DateTimeFormat(getFormatLocale(), {
    dateStyle: 'medium',
    timeStyle: 'medium',
    timeZone: options.timeZone,
  }).format(date);
}

/**
 * A planned run in the browser's zone, plus the time in `zone` when the clock there reads
 * differently: a schedule's times of day were chosen in its own zone, so show both.
 */
export function formatPlannedTime(iso: string, zone?: string): string {
  const local = formatDateTime(iso);
  if (!zone) return local;
  let there: string;
  try {
    there = formatDateTime(iso, { timeZone: zone });
  } catch {
    return local; // a zone this browser does not know
  }
  if (there === local) return local;
  return t('autoUpdate.timeInZone', { local, there, zone: zone.replace(/_/g, ' ') });
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
