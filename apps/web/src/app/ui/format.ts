import { t } from '../i18n/t';

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
}

/** "850 ms", "4.2 s", "3 min 5 s"; null while still running. */
export function formatDuration(startedAt: string, finishedAt: string | null): string | null {
  if (!finishedAt) return null;
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return t('duration.ms', { n: ms });
  if (ms < 60_000) return t('duration.s', { n: (ms / 1000).toFixed(1) });
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return t('duration.min', { m: minutes, s: seconds });
}

export function prettyJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
