import type { FieldError } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { FieldErrorText } from './FieldErrorText';
import { INTERVAL_MINUTES, errorFor, intervalLabel, type TriggerForm } from './trigger-form';

/** "Every N minutes": the interval list, keeping a saved value the list no longer offers. */
export function IntervalField({
  id,
  form,
  errors,
  patch,
}: {
  id: string;
  form: TriggerForm;
  errors: FieldError[];
  patch: (changes: Partial<TriggerForm>) => void;
}) {
  return (
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
      <FieldErrorText id={`${id}-minutes-error`} message={errorFor(errors, 'trigger.minutes')} />
    </div>
  );
}
