import type { ConnectionDto, FieldError, StartFrom } from '@fluxo/contracts';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { browserTimeZone, formatPlannedTime } from '@/app/ui/format';
import { InlineError } from '@/app/ui/states';
import { useTriggerPreview } from '@/features/connections/api/connections.api';
import { useSaveConnection } from '../api/editor-saves';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { AfterConnectionFields } from './AfterConnectionFields';
import { EnabledHint } from './EnabledHint';
import { IntervalField } from './IntervalField';
import { ScheduleFields } from './ScheduleFields';
import { StartFromFields } from './StartFromFields';
import {
  formErrors,
  fromStartFrom,
  fromTrigger,
  generalErrors,
  toStartFrom,
  toTrigger,
  type StartFromForm,
  type TriggerForm,
  type TriggerMode,
} from './trigger-form';

const TRIGGER_FIELDS = [
  'trigger.minutes',
  'trigger.times',
  'trigger.weekdays',
  'trigger.timezone',
  'trigger.connectionId',
];

/** The auto-update settings: when the connection runs, with a live preview of the next run. */
export function ScheduleForm({
  connection,
  polled,
}: {
  connection: ConnectionDto;
  polled: boolean;
}) {
  const id = useId();
  const zone = useMemo(browserTimeZone, []);
  const [form, setForm] = useState<TriggerForm>(() => fromTrigger(connection.trigger, zone));
  const [startFrom, setStartFrom] = useState<StartFromForm>(() =>
    fromStartFrom(connection.polling?.startFrom, new Date()),
  );
  const update = useSaveConnection(connection.id);

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
  // Saved and on: the run the scheduler holds, the one the header shows too; otherwise what
  // saving now would plan.
  const nextRunAt =
    !dirty && connection.enabled && connection.nextRunAt
      ? connection.nextRunAt
      : (preview.data?.nextRunAt ?? null);

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
        <IntervalField id={id} form={form} errors={errors} patch={patch} />
      )}

      {form.mode === 'schedule' && (
        <ScheduleFields id={id} form={form} errors={errors} patch={patch} zone={zone} />
      )}

      {form.mode === 'after' && (
        <AfterConnectionFields
          id={id}
          form={form}
          errors={errors}
          patch={patch}
          connectionId={connection.id}
        />
      )}

      {showStartFrom && (
        <StartFromFields
          id={id}
          startFrom={startFrom}
          setStartFrom={setStartFrom}
          startFromValue={startFromValue}
          savedError={fieldErrorsOf(update.error).since}
          onEdit={() => update.reset()}
        />
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
              {nextRunAt
                ? t('autoUpdate.nextRun', {
                    when: formatPlannedTime(
                      nextRunAt,
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
