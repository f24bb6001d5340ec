import type { FieldOfType } from '@fluxo/contracts';
import { errorMessage } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { useDebouncedValue } from '@/features/editor/hooks/use-debounced-value';
import { useDynamicOptions } from '../api/connectors.api';
import type { ControlProps, FieldContext } from './field-control.types';

interface DynamicSelectProps {
  field: FieldOfType<'dynamic-select'>;
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
  context?: FieldContext;
}

/**
 * Choices the connector lists from the account and the other settings (spreadsheet → sheet
 * tab), plus a text box to type or paste the value (a spreadsheet link) when the list is empty
 * or the user prefers. Lists again when a setting it depends on or the account changes.
 */
export function DynamicSelect({ field, control, value, onChange, context }: DynamicSelectProps) {
  const dependsOnValues = (field.dependsOn ?? []).map((key) => context?.settings[key] ?? null);
  // Typing a link into a setting it depends on should not ask the server at every key.
  const settledDependsOn = useDebouncedValue(JSON.stringify(dependsOnValues), 400);
  const options = useDynamicOptions(
    {
      connectorKey: context?.connectorKey ?? '',
      loader: field.optionsLoader,
      accountId: context?.accountId ?? null,
      settings: context?.settings ?? {},
      dependsOnValues: JSON.parse(settledDependsOn) as unknown[],
    },
    Boolean(context),
  );

  const choices = options.data?.options ?? [];
  const hasChoices = choices.length > 0;
  const chosen = choices.some((o) => o.value === value);
  const statusId = `${control.id}-status`;
  const describedBy = [control['aria-describedby'], statusId].filter(Boolean).join(' ');

  let status;
  if (!context) status = null;
  else if (options.isPending && options.fetchStatus !== 'idle')
    status = <span className="muted">{t('fields.optionsLoading')}</span>;
  else if (options.isError)
    status = (
      <span className="field__error">
        {t('fields.optionsFailed', { message: errorMessage(options.error) })}{' '}
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={() => void options.refetch()}
        >
          {t('common.tryAgain')}
        </button>
      </span>
    );
  else if (options.data && !hasChoices)
    status = <span>{options.data.hint ?? t('fields.optionsEmpty')}</span>;
  else if (options.isFetching) status = <span className="muted">{t('fields.optionsLoading')}</span>;

  return (
    <div className="dynamic-select">
      {hasChoices && (
        <select
          {...control}
          aria-describedby={describedBy}
          value={chosen ? value : ''}
          onChange={(e) => onChange(e.target.value)}
        >
          <option value="">{t('fields.choose')}</option>
          {choices.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
      {hasChoices && (
        <label htmlFor={`${control.id}-manual`} className="dynamic-select__manual-label">
          {t('fields.orEnter', { label: field.label })}
        </label>
      )}
      <input
        {...(hasChoices
          ? { id: `${control.id}-manual`, disabled: control.disabled }
          : { ...control, 'aria-describedby': describedBy })}
        type="text"
        value={chosen ? '' : value}
        placeholder={field.placeholder}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
      <p id={statusId} className="field__help dynamic-select__status" role="status">
        {status}
      </p>
    </div>
  );
}
