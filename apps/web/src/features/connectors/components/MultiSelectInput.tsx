import { GroupLegend } from '@/app/ui/GroupLegend';
import { optionsOf } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import type { GroupFieldProps } from './field-control.types';
import { toggleChoice } from './field-values';

/** Several of a field's options ticked: a group of checkboxes under the field's name. */
export function MultiSelectInput({
  field,
  id,
  disabled,
  error,
  errorId,
  help,
  helpId,
  value,
  onChange,
}: GroupFieldProps & { value: string[]; onChange: (value: string[]) => void }) {
  const options = optionsOf(field);
  return (
    <fieldset
      className="field field-group"
      aria-describedby={[helpId, errorId].filter(Boolean).join(' ') || undefined}
    >
      <GroupLegend label={field.label} required={field.required} />
      {options.length === 0 && <p className="muted small">{t('fields.noOptions')}</p>}
      <div className="field-group__choices">
        {options.map((option, index) => {
          const optionId = `${id}-${index}`;
          return (
            <div key={option.value} className="field--check">
              <input
                id={optionId}
                type="checkbox"
                name={field.key}
                value={option.value}
                disabled={disabled}
                checked={value.includes(option.value)}
                onChange={(e) =>
                  onChange(toggleChoice(field, value, option.value, e.target.checked))
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
      {help}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
