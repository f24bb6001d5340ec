import type { ConnectionDto, ConnectorManifest, FieldError, StartFrom } from '@fluxo/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '@/app/api-client';
import { getFormatLocale, t } from '@/app/i18n/t';
import { browserTimeZone, formatPlannedTime } from '@/app/ui/format';
import { InlineError } from '@/app/ui/states';
import { useConnections, useTriggerPreview } from '@/features/connections/api/connections.api';
import { useSaveConnection } from '../api/editor-saves';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { PanelSection } from './PanelSection';
import {
  INTERVAL_MINUTES,
  errorFor,
  formErrors,
  fromStartFrom,
  fromTrigger,
  generalErrors,
  intervalLabel,
  sourceKindOf,
  timezoneOptions,
  toStartFrom,
  toTrigger,
  type StartFromForm,
  type TriggerForm,
  type TriggerMode,
} from './trigger-form';
import './auto-update.css';
import { loopFreeChoices } from './chain-choices';

interface AutoUpdatePanelProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}

export function AutoUpdatePanel({ connection, connectors }: AutoUpdatePanelProps) {
  const kind = sourceKindOf(connection, connectors);
  if (kind === 'instant') return <InstantExplanation connection={connection} />;
  return <ScheduleForm connection={connection} polled={kind === 'polling'} />;
}

function InstantExplanation({ connection }: { connection: ConnectionDto }) {
  return (
    <div className="panel-body">
      <PanelSection title={t('autoUpdate.instantTitle')}>
        <p>{t('autoUpdate.instantBody')}</p>
        <p className="muted small">{t('autoUpdate.instantNoSchedule')}</p>
        <EnabledHint connection={connection} />
      </PanelSection>
    </div>
  );
}

function EnabledHint({ connection }: { connection: ConnectionDto }) {
  if (connection.enabled) return null;
  return <p className="notice">{t('autoUpdate.offHint')}</p>;
}

// Monday first: the order most of our users' calendars use.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function weekdayName(day: number, style: 'long' | 'short'): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(getFormatLocale(), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 7 + day)),
  );
}

const TRIGGER_FIELDS = [
  'trigger.minutes',
  'trigger.times',
  'trigger.weekdays',
  'trigger.timezone',
  'trigger.connectionId',
];

function ScheduleForm({ connection, polled }: { connection: ConnectionDto; polled: boolean }) {
  const id = useId();
  const zone = useMemo(browserTimeZone, []);
  const [form, setForm] = useState<TriggerForm>(() => fromTrigger(connection.trigger, zone));
  const [startFrom, setStartFrom] = useState<StartFromForm>(() =>
    fromStartFrom(connection.polling?.startFrom, new Date()),
  );
  const update = useSaveConnection(connection.id);
  const connections = useConnections();

  const patch = (changes: Partial<TriggerForm>) => {
    update.reset();
    setForm((f) => ({ ...f, ...changes }));
  };

  const localErrors = formErrors(form);
  const trigger = toTrigger(form);
  // A string, so the debounce settles: a new object every render would restart the timer.
  const triggerJson = JSON.stringify(trigger);
  const debouncedJson = useDebouncedValue(triggerJson, 400);
  const previewable = localErrors.length === 0 && debouncedJson === triggerJson;
  const preview = useTriggerPreview(
    connection.id,
    localErrors.length === 0 ? JSON.parse(debouncedJson) : null,
  );

  const savedErrors: FieldError[] = Object.entries(fieldErrorsOf(update.error)).map(
    ([field, message]) => ({ field, message }),
  );
  // "Nothing chosen yet" waits for the first save; a mistyped time shows at once.
  const [submitted, setSubmitted] = useState(false);
  const shownLocalErrors = submitted
    ? localErrors
    : localErrors.filter((e) => e.field.startsWith('trigger.times.'));
  const errors: FieldError[] = [
    ...shownLocalErrors,
    ...(previewable && preview.data && !preview.isPlaceholderData ? preview.data.errors : []),
    ...savedErrors,
  ];
  const general = generalErrors(errors, TRIGGER_FIELDS);

  // Where the first poll starts matters only until it happened.
  const showStartFrom = polled && !(connection.polling?.baselineTaken ?? false);
  const startFromValue = toStartFrom(startFrom);
  const startFromChanged =
    showStartFrom &&
    JSON.stringify(startFromValue) !== JSON.stringify(connection.polling?.startFrom ?? null);

  const dirty =
    triggerJson !== JSON.stringify(toTrigger(fromTrigger(connection.trigger, zone))) ||
    startFromChanged;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (localErrors.length > 0 || (showStartFrom && !startFromValue)) return;
    update.mutate({
      id: connection.id,
      trigger,
      ...(startFromChanged && startFromValue ? { startFrom: startFromValue as StartFrom } : {}),
    });
  };

  // Connections that already run after this one are not offered: picking them would loop.
  const otherConnections = loopFreeChoices(connections.data ?? [], connection.id);
  const timezones = timezoneOptions(zone, form.timezone);

  const modes: { value: TriggerMode; label: string; desc: string }[] = [
    {
      value: 'interval',
      label: t('autoUpdate.modeInterval'),
      desc: t('autoUpdate.modeIntervalDesc'),
    },
    {
      value: 'schedule',
      label: t('autoUpdate.modeSchedule'),
      desc: t('autoUpdate.modeScheduleDesc'),
    },
    { value: 'after', label: t('autoUpdate.modeAfter'), desc: t('autoUpdate.modeAfterDesc') },
    { value: 'manual', label: t('autoUpdate.modeManual'), desc: t('autoUpdate.modeManualDesc') },
  ];

  return (
    <form className="panel-body" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="visually-hidden">
        {t('autoUpdate.title')}
      </h3>
      {!polled && <p className="notice">{t('autoUpdate.noSourceHint')}</p>}
      <EnabledHint connection={connection} />

      <fieldset className="auto-update__fieldset">
        <legend className="panel-section__title">{t('autoUpdate.whenLegend')}</legend>
        <div className="choices choices--list stack">
          {modes.map((m) => (
            <div className="choice" key={m.value}>
              <input
                type="radio"
                id={`${id}-mode-${m.value}`}
                name={`${id}-mode`}
                value={m.value}
                checked={form.mode === m.value}
                onChange={() => patch({ mode: m.value })}
                aria-describedby={`${id}-mode-${m.value}-desc`}
              />
              <label htmlFor={`${id}-mode-${m.value}`}>{m.label}</label>
              <span id={`${id}-mode-${m.value}-desc`} className="choice__desc">
                {m.desc}
              </span>
            </div>
          ))}
        </div>
      </fieldset>

      {form.mode === 'interval' && (
        <div className="field">
          <label htmlFor={`${id}-minutes`}>{t('autoUpdate.intervalLabel')}</label>
          <select
            id={`${id}-minutes`}
            value={form.minutes}
            onChange={(e) => patch({ minutes: Number(e.target.value) })}
            aria-invalid={errorFor(errors, 'trigger.minutes') ? true : undefined}
            aria-describedby={`${id}-minutes-error`}
          >
            {/* A saved value the list no longer offers stays visible instead of jumping. */}
            {!(INTERVAL_MINUTES as readonly number[]).includes(form.minutes) && (
              <option value={form.minutes}>{intervalLabel(form.minutes)}</option>
            )}
            {INTERVAL_MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {intervalLabel(minutes)}
              </option>
            ))}
          </select>
          <FieldErrorText
            id={`${id}-minutes-error`}
            message={errorFor(errors, 'trigger.minutes')}
          />
        </div>
      )}

      {form.mode === 'schedule' && (
        <>
          <fieldset className="auto-update__fieldset stack">
            <legend className="field__label">{t('autoUpdate.timesLegend')}</legend>
            <p id={`${id}-rule`} className="field__help">
              {t('autoUpdate.fiveMinuteRule')}
            </p>
            <ul className="auto-update__times">
              {form.times.map((time, index) => {
                const message = errorFor(errors, `trigger.times.${index}`);
                const inputId = `${id}-time-${index}`;
                return (
                  <li key={index} className="auto-update__time">
                    <label htmlFor={inputId}>{t('autoUpdate.timeN', { n: index + 1 })}</label>
                    <input
                      id={inputId}
                      type="time"
                      value={time}
                      required
                      onChange={(e) =>
                        patch({
                          times: form.times.map((v, i) => (i === index ? e.target.value : v)),
                        })
                      }
                      aria-invalid={message ? true : undefined}
                      aria-describedby={`${inputId}-error ${id}-rule`}
                    />
                    {form.times.length > 1 && (
                      <button
                        type="button"
                        className="btn btn--ghost btn--small"
                        onClick={() => patch({ times: form.times.filter((_v, i) => i !== index) })}
                      >
                        {t('autoUpdate.removeTime', { n: index + 1 })}
                      </button>
                    )}
                    <FieldErrorText id={`${inputId}-error`} message={message} />
                  </li>
                );
              })}
            </ul>
            <FieldErrorText
              id={`${id}-times-error`}
              message={errors.find((e) => e.field === 'trigger.times')?.message}
            />
            <div>
              <button
                type="button"
                className="btn btn--small"
                onClick={() => patch({ times: [...form.times, nextFreeTime(form.times)] })}
              >
                {t('autoUpdate.addTime')}
              </button>
            </div>
          </fieldset>

          <fieldset className="auto-update__fieldset">
            <legend className="field__label">{t('autoUpdate.daysLegend')}</legend>
            <div className="auto-update__days">
              {WEEK_ORDER.map((day) => (
                <span key={day} className="auto-update__day">
                  <input
                    type="checkbox"
                    id={`${id}-day-${day}`}
                    checked={form.weekdays.includes(day)}
                    onChange={(e) =>
                      patch({
                        weekdays: e.target.checked
                          ? [...form.weekdays, day]
                          : form.weekdays.filter((d) => d !== day),
                      })
                    }
                  />
                  <label htmlFor={`${id}-day-${day}`} title={weekdayName(day, 'long')}>
                    <span aria-hidden="true">{weekdayName(day, 'short')}</span>
                    <span className="visually-hidden">{weekdayName(day, 'long')}</span>
                  </label>
                </span>
              ))}
            </div>
            <FieldErrorText
              id={`${id}-days-error`}
              message={errorFor(errors, 'trigger.weekdays')}
            />
          </fieldset>

          <div className="field">
            <label htmlFor={`${id}-zone`}>{t('autoUpdate.timezone')}</label>
            <select
              id={`${id}-zone`}
              value={form.timezone}
              onChange={(e) => patch({ timezone: e.target.value })}
              aria-invalid={errorFor(errors, 'trigger.timezone') ? true : undefined}
              aria-describedby={`${id}-zone-error`}
            >
              {timezones.map((z) => (
                <option key={z} value={z}>
                  {z === zone ? t('autoUpdate.yourTimezone', { zone: z }) : z.replace(/_/g, ' ')}
                </option>
              ))}
            </select>
            <FieldErrorText
              id={`${id}-zone-error`}
              message={errorFor(errors, 'trigger.timezone')}
            />
          </div>
        </>
      )}

      {form.mode === 'after' && (
        <>
          <div className="field">
            <label htmlFor={`${id}-after`}>{t('autoUpdate.afterLabel')}</label>
            <select
              id={`${id}-after`}
              value={form.afterConnectionId}
              onChange={(e) => patch({ afterConnectionId: e.target.value })}
              aria-invalid={errorFor(errors, 'trigger.connectionId') ? true : undefined}
              aria-describedby={`${id}-after-help ${id}-after-error`}
            >
              <option value="">{t('autoUpdate.chooseConnection')}</option>
              {otherConnections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
            <p id={`${id}-after-help`} className="field__help">
              {connections.isPending
                ? t('autoUpdate.loadingConnections')
                : otherConnections.length === 0
                  ? t('autoUpdate.noOtherConnections')
                  : t('autoUpdate.afterHelp')}
            </p>
            <FieldErrorText
              id={`${id}-after-error`}
              message={errorFor(errors, 'trigger.connectionId')}
            />
          </div>
          <div className="field field--check">
            <input
              id={`${id}-success`}
              type="checkbox"
              checked={form.onlyOnSuccess}
              onChange={(e) => patch({ onlyOnSuccess: e.target.checked })}
            />
            <label htmlFor={`${id}-success`}>{t('autoUpdate.onlyOnSuccess')}</label>
          </div>
        </>
      )}

      {showStartFrom && (
        <fieldset className="auto-update__fieldset">
          <legend className="panel-section__title">{t('autoUpdate.startFromLegend')}</legend>
          <p className="field__help">{t('autoUpdate.startFromHelp')}</p>
          <div className="choices choices--list stack">
            {(['new', 'all', 'since'] as const).map((mode) => (
              <div className="choice" key={mode}>
                <input
                  type="radio"
                  id={`${id}-start-${mode}`}
                  name={`${id}-start`}
                  checked={startFrom.mode === mode}
                  onChange={() => {
                    update.reset();
                    setStartFrom((s) => ({ ...s, mode }));
                  }}
                />
                <label htmlFor={`${id}-start-${mode}`}>
                  {mode === 'new'
                    ? t('autoUpdate.startNew')
                    : mode === 'all'
                      ? t('autoUpdate.startAll')
                      : t('autoUpdate.startSince')}
                </label>
              </div>
            ))}
          </div>
          {startFrom.mode === 'since' && (
            <div className="field">
              <label htmlFor={`${id}-since`}>{t('autoUpdate.sinceLabel')}</label>
              <input
                id={`${id}-since`}
                type="datetime-local"
                value={startFrom.since}
                onChange={(e) => setStartFrom((s) => ({ ...s, since: e.target.value }))}
                aria-invalid={startFromValue ? undefined : true}
                aria-describedby={`${id}-since-error`}
              />
              <FieldErrorText
                id={`${id}-since-error`}
                message={
                  startFromValue ? fieldErrorsOf(update.error).since : t('autoUpdate.errorSince')
                }
              />
            </div>
          )}
        </fieldset>
      )}

      <div className="auto-update__preview" role="status" aria-live="polite">
        {form.mode === 'manual' ? (
          <p className="muted">{t('autoUpdate.manualPreview')}</p>
        ) : localErrors.length > 0 ? (
          <p className="muted">
            {shownLocalErrors.length > 0 ? t('autoUpdate.fixToPreview') : localErrors[0].message}
          </p>
        ) : !previewable || preview.isPending || preview.isPlaceholderData ? (
          <p className="muted">{t('autoUpdate.previewing')}</p>
        ) : preview.isError ? (
          <InlineError error={preview.error} />
        ) : preview.data.errors.length === 0 ? (
          <p>
            <strong>
              {preview.data.nextRunAt
                ? t('autoUpdate.nextRun', {
                    when: formatPlannedTime(
                      preview.data.nextRunAt,
                      form.mode === 'schedule' ? form.timezone : undefined,
                    ),
                  })
                : form.mode === 'after'
                  ? t('autoUpdate.nextRunAfter')
                  : t('autoUpdate.noNextRun')}
            </strong>
            {dirty && <span className="muted small block">{t('autoUpdate.ifSavedNow')}</span>}
          </p>
        ) : null}
      </div>

      {general.length > 0 && (
        <div className="notice notice--bad" role="alert">
          <ul>
            {general.map((e) => (
              <li key={`${e.field}:${e.message}`}>{e.message}</li>
            ))}
          </ul>
        </div>
      )}
      {update.isError && savedErrors.length === 0 && <InlineError error={update.error} />}

      <div className="actions">
        {/* Saving… and a refusal show in the top bar's save status, the one place for both. */}
        <button type="submit" className="btn btn--primary" disabled={update.isPending}>
          {t('autoUpdate.save')}
        </button>
        {update.isSuccess && !dirty && <span className="saved">{t('common.saved')}</span>}
      </div>
    </form>
  );
}

function FieldErrorText({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p id={id} className="field__error">
      {message}
    </p>
  ) : (
    <span id={id} hidden />
  );
}

/** The next whole hour after the last time in the list, so adding twice does not repeat. */
function nextFreeTime(times: string[]): string {
  const last = times[times.length - 1];
  const hour = last && /^\d\d:/.test(last) ? (Number(last.slice(0, 2)) + 1) % 24 : 9;
  const candidate = `${String(hour).padStart(2, '0')}:00`;
  return times.includes(candidate) ? '' : candidate;
}
