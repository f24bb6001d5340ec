import type { StartFrom } from '@fluxo/contracts';
import type { Dispatch, SetStateAction } from 'react';
import { t } from '@/app/i18n/t';
import { FieldErrorText } from './FieldErrorText';
import type { StartFromForm } from './trigger-form';

/** Where a polled source's first run starts: new items only, everything, or since a date. */
export function StartFromFields({
  id,
  startFrom,
  setStartFrom,
  startFromValue,
  savedError,
  onEdit,
}: {
  id: string;
  startFrom: StartFromForm;
  setStartFrom: Dispatch<SetStateAction<StartFromForm>>;
  /** The form as the API takes it; null while the date cannot be read. */
  startFromValue: StartFrom | null;
  /** What the server said about the date on the last save. */
  savedError: string | undefined;
  onEdit: () => void;
}) {
  return (
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
                onEdit();
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
            message={startFromValue ? savedError : t('autoUpdate.errorSince')}
          />
        </div>
      )}
    </fieldset>
  );
}
