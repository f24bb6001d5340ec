import type { FieldError } from '@fluxo/contracts';
import { getFormatLocale, t } from '@/app/i18n/t';
import { FieldErrorText } from './FieldErrorText';
import { errorFor, timezoneOptions, type TriggerForm } from './trigger-form';

// Monday first: the order most of our users' calendars use.
const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

function weekdayName(day: number, style: 'long' | 'short'): string {
  // 2024-01-07 was a Sunday.
  return new Intl.DateTimeFormat(getFormatLocale(), { weekday: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, 7 + day)),
  );
}

/** The next whole hour after the last time in the list, so adding twice does not repeat. */
function nextFreeTime(times: string[]): string {
  const last = times[times.length - 1];
  const hour = last && /^\d\d:/.test(last) ? (Number(last.slice(0, 2)) + 1) % 24 : 9;
  const candidate = `${String(hour).padStart(2, '0')}:00`;
  return times.includes(candidate) ? '' : candidate;
}

/** "At times of day": the times, the weekdays and the time zone they are read in. */
export function ScheduleFields({
  id,
  form,
  errors,
  patch,
  zone,
}: {
  id: string;
  form: TriggerForm;
  errors: FieldError[];
  patch: (changes: Partial<TriggerForm>) => void;
  /** The browser's zone, offered first and named as the user's own. */
  zone: string;
}) {
  const timezones = timezoneOptions(zone, form.timezone);
  return (
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
        <FieldErrorText id={`${id}-days-error`} message={errorFor(errors, 'trigger.weekdays')} />
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
        <FieldErrorText id={`${id}-zone-error`} message={errorFor(errors, 'trigger.timezone')} />
      </div>
    </>
  );
}
