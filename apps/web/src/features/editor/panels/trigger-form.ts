import {
  canonicalTimeZone,
  type ConnectionDto,
  type ConnectorManifest,
  type FieldError,
  type SourceKind,
  type StartFrom,
  type Trigger,
} from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { formatTimeOfDay } from '@/app/ui/format';

/** The intervals the engine accepts, in minutes. */
export const INTERVAL_MINUTES = [1, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440] as const;

export const DEFAULT_INTERVAL_MINUTES = 15;
export const DEFAULT_TIME = '09:00';

/** "Every minute", "Every 5 minutes", "Every hour", "Every 2 hours", "Every day". */
export function intervalLabel(minutes: number): string {
  if (minutes === 1) return t('autoUpdate.everyMinute');
  if (minutes === 1440) return t('autoUpdate.everyDay');
  if (minutes === 60) return t('autoUpdate.everyHour');
  if (minutes % 60 === 0) return t('autoUpdate.everyHours', { n: minutes / 60 });
  return t('autoUpdate.everyMinutes', { n: minutes });
}

/** How the connection's source gets data: pushed to us (`instant`), fetched (`polling`), or unknown. */
export function sourceKindOf(
  connection: Pick<ConnectionDto, 'steps'>,
  connectors: ConnectorManifest[] | undefined,
): SourceKind | null {
  const source = connection.steps.find((s) => s.role === 'source');
  if (!source) return null;
  const connector = connectors?.find((c) => c.key === source.connectorKey);
  return connector?.sources.find((s) => s.key === source.actionKey)?.kind ?? null;
}

export type TriggerMode = 'interval' | 'schedule' | 'after' | 'manual';

/** What the auto-update form edits; every mode keeps its values while the user switches. */
export interface TriggerForm {
  mode: TriggerMode;
  minutes: number;
  times: string[];
  /** 0 = Sunday. All seven means every day. */
  weekdays: number[];
  timezone: string;
  afterConnectionId: string;
  onlyOnSuccess: boolean;
}

export const ALL_WEEKDAYS = [0, 1, 2, 3, 4, 5, 6] as const;

export function defaultTriggerForm(timezone: string): TriggerForm {
  return {
    mode: 'interval',
    minutes: DEFAULT_INTERVAL_MINUTES,
    times: [DEFAULT_TIME],
    weekdays: [...ALL_WEEKDAYS],
    timezone,
    afterConnectionId: '',
    onlyOnSuccess: true,
  };
}

/** The form for a saved trigger; `instant` (push sources) has no form and reads as the default. */
export function fromTrigger(trigger: Trigger, browserTimezone: string): TriggerForm {
  const form = defaultTriggerForm(browserTimezone);
  switch (trigger.type) {
    case 'interval':
      return { ...form, mode: 'interval', minutes: trigger.minutes };
    case 'schedule':
      return {
        ...form,
        mode: 'schedule',
        times: [...trigger.times],
        weekdays: trigger.weekdays?.length
          ? [...trigger.weekdays].sort((a, b) => a - b)
          : [...ALL_WEEKDAYS],
        timezone: trigger.timezone,
      };
    case 'after':
      return {
        ...form,
        mode: 'after',
        afterConnectionId: trigger.connectionId,
        onlyOnSuccess: trigger.onlyOnSuccess ?? false,
      };
    case 'manual':
      return { ...form, mode: 'manual' };
    case 'instant':
      return form;
  }
}

export function toTrigger(form: TriggerForm): Trigger {
  switch (form.mode) {
    case 'interval':
      return { type: 'interval', minutes: form.minutes };
    case 'schedule': {
      const weekdays = [...new Set(form.weekdays)].sort((a, b) => a - b);
      return {
        type: 'schedule',
        times: form.times.map((time) => time.trim()),
        // Every day is the engine's default; sending all seven would read the same.
        ...(weekdays.length === ALL_WEEKDAYS.length ? {} : { weekdays }),
        timezone: form.timezone,
      };
    }
    case 'after':
      return {
        type: 'after',
        connectionId: form.afterConnectionId,
        onlyOnSuccess: form.onlyOnSuccess,
      };
    case 'manual':
      return { type: 'manual' };
  }
}

/** Mistakes the browser can point at before asking the server (which checks everything again). */
export function formErrors(form: TriggerForm): FieldError[] {
  const errors: FieldError[] = [];
  if (form.mode === 'schedule') {
    if (form.times.length === 0)
      errors.push({ field: 'trigger.times', message: t('autoUpdate.errorNoTimes') });
    form.times.forEach((time, index) => {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(time.trim()))
        errors.push({ field: `trigger.times.${index}`, message: t('autoUpdate.errorTime') });
    });
    if (form.weekdays.length === 0)
      errors.push({ field: 'trigger.weekdays', message: t('autoUpdate.errorNoDays') });
  }
  if (form.mode === 'after' && !form.afterConnectionId)
    errors.push({ field: 'trigger.connectionId', message: t('autoUpdate.errorNoConnection') });
  return errors;
}

/** The first message for a field; `trigger.weekdays.2` also counts for `trigger.weekdays`. */
export function errorFor(errors: FieldError[], field: string): string | undefined {
  return errors.find((e) => e.field === field || e.field.startsWith(`${field}.`))?.message;
}

/** Errors no field of the form shows, e.g. a loop of "after" connections or a push source. */
export function generalErrors(errors: FieldError[], shownFields: string[]): FieldError[] {
  return errors.filter(
    (e) => !shownFields.some((f) => e.field === f || e.field.startsWith(`${f}.`)),
  );
}

/** One line for the top bar and the canvas: "Every 15 minutes", "At 09:00, 17:00". */
export function describeTrigger(trigger: Trigger, afterName?: string): string {
  switch (trigger.type) {
    case 'instant':
      return t('autoUpdate.instantShort');
    case 'manual':
      return t('autoUpdate.manualShort');
    case 'interval':
      return intervalLabel(trigger.minutes);
    case 'schedule':
      return t('autoUpdate.atTimes', { times: trigger.times.map(formatTimeOfDay).join(', ') });
    case 'after':
      return afterName
        ? t('autoUpdate.afterNamed', { name: afterName })
        : t('autoUpdate.afterOther');
  }
}

// Shops Fluxo serves are mostly in these zones; the user's own and the saved one are added.
export const COMMON_TIMEZONES = [
  'UTC',
  'America/Sao_Paulo',
  'America/Argentina/Buenos_Aires',
  'America/Mexico_City',
  'America/Bogota',
  'America/New_York',
  'America/Los_Angeles',
  'Europe/Lisbon',
  'Europe/London',
  'Europe/Madrid',
  'Europe/Oslo',
  'Europe/Kyiv',
] as const;

/** The browser's zone first, then the saved one, then the common ones, without repeats. */
export function timezoneOptions(browserTimezone: string, savedTimezone?: string): string[] {
  const zones = [browserTimezone, savedTimezone, ...COMMON_TIMEZONES]
    .filter((zone): zone is string => Boolean(zone))
    .map(canonicalTimeZone);
  return [...new Set(zones)];
}

/** The zone a trigger's times are set in: only a schedule has one. */
export function scheduleZone(trigger: Trigger): string | undefined {
  return trigger.type === 'schedule' ? trigger.timezone : undefined;
}

export type StartFromMode = StartFrom['mode'];

export interface StartFromForm {
  mode: StartFromMode;
  /** A `datetime-local` value (local time, no zone), e.g. 2025-03-01T08:00. */
  since: string;
}

/** `datetime-local` value for a date, in the browser's time. */
export function toLocalInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}`
  );
}

export function fromStartFrom(startFrom: StartFrom | undefined, now: Date): StartFromForm {
  if (startFrom?.mode === 'since')
    return { mode: 'since', since: toLocalInputValue(new Date(startFrom.since)) };
  // A day back is a sensible first guess when the user switches to "since".
  const since = toLocalInputValue(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  return { mode: startFrom?.mode ?? 'new', since };
}

/** null while "since" has no valid date. */
export function toStartFrom(form: StartFromForm): StartFrom | null {
  if (form.mode !== 'since') return { mode: form.mode };
  const date = new Date(form.since);
  if (!form.since || Number.isNaN(date.getTime())) return null;
  return { mode: 'since', since: date.toISOString() };
}
