import type { VariableDto } from '@fluxo/contracts';
import { useId, useRef } from 'react';
import { useFocusAfterRender } from '@/app/ui/use-focus-after-render';
import { errorMessage } from '@/app/api-client';
import { getFormatLocale, t } from '@/app/i18n/t';
import type { FieldContext } from '@/features/connectors/components/field-control.types';
import type { DynamicFieldsState } from '../hooks/use-dynamic-fields';
import { MappingField, type FieldPreview } from './MappingField';

interface DynamicMappingFieldsProps {
  dynamic: DynamicFieldsState;
  values: Record<string, string>;
  onChange: (key: string, value: string) => void;
  variables: VariableDto[] | null;
  errors: Record<string, string | undefined>;
  context: FieldContext;
  /** The last preview's value per field key, when there is a preview. */
  previewOf?: (key: string) => FieldPreview | undefined;
}

function listOf(names: string[]): string {
  try {
    return new Intl.ListFormat(getFormatLocale(), { type: 'conjunction' }).format(names);
  } catch {
    return names.join(', ');
  }
}

/**
 * The receiver's fields listed from the account (a sheet's columns), after its own fields: one
 * templated field per listed entry, and the mapped entries no longer listed, kept until removed.
 */
export function DynamicMappingFields({
  dynamic,
  values,
  onChange,
  variables,
  errors,
  context,
  previewOf,
}: DynamicMappingFieldsProps) {
  const id = useId();
  const groupRef = useRef<HTMLFieldSetElement>(null);
  // Where keyboard focus goes once a removed entry left the list: the group if none is left.
  const focusNext = useFocusAfterRender(groupRef);

  const { declaration } = dynamic;
  if (!declaration) return null;

  const helpId = declaration.help ? `${id}-help` : undefined;
  const statusId = `${id}-status`;
  const removeId = (index: number) => `${id}-remove${index}`;
  const remove = (key: string, index: number) => {
    // The next entry takes this one's place (and id); after the last, the one before it.
    focusNext([removeId(index), removeId(index - 1)]);
    onChange(key, '');
  };

  let status;
  if (dynamic.waiting) status = t('mapping.dynamicWaiting', { fields: listOf(dynamic.missing) });
  else if (dynamic.loading) status = <span className="muted">{t('mapping.dynamicLoading')}</span>;
  else if (dynamic.error)
    status = (
      <span className="field__error">
        {t('mapping.dynamicFailed', { message: errorMessage(dynamic.error) })}{' '}
        <button type="button" className="btn btn--ghost btn--small" onClick={dynamic.retry}>
          {t('common.tryAgain')}
        </button>
      </span>
    );
  else if (dynamic.hint) status = dynamic.hint;
  else if (dynamic.listed && dynamic.fields.length === 0) status = t('mapping.dynamicEmpty');

  // Mapped entries are shown once the list says they are gone, or while it cannot be read, so a
  // value is never hidden yet still saved.
  const showStale =
    dynamic.stale.length > 0 &&
    (dynamic.listed || dynamic.waiting || (Boolean(dynamic.error) && !dynamic.loading));
  const staleTitle = dynamic.listed ? t('mapping.dynamicStale') : t('mapping.dynamicKept');

  return (
    <fieldset
      ref={groupRef}
      tabIndex={-1}
      className="field-group dynamic-fields"
      aria-describedby={[helpId, statusId].filter(Boolean).join(' ')}
    >
      <legend className="field-group__legend">{declaration.label}</legend>
      {declaration.help && (
        <p id={helpId} className="field__help">
          {declaration.help}
        </p>
      )}
      <p id={statusId} className="field__help" role="status">
        {status}
      </p>
      {dynamic.fields.map((field) => (
        <MappingField
          key={field.key}
          field={field}
          value={values[field.key] ?? ''}
          onChange={(value) => onChange(field.key, value)}
          variables={variables}
          error={errors[field.key]}
          context={context}
          preview={previewOf?.(field.key)}
        />
      ))}
      {showStale && (
        <div className="dynamic-fields__stale" role="group" aria-labelledby={`${id}-stale`}>
          <h4 id={`${id}-stale`} className="dynamic-fields__stale-title">
            {staleTitle}
          </h4>
          {dynamic.listed && <p className="field__help">{t('mapping.dynamicStaleHint')}</p>}
          <ul className="dynamic-fields__stale-list">
            {dynamic.stale.map((entry, index) => (
              <li key={entry.key} className="dynamic-fields__stale-item">
                <div className="dynamic-fields__stale-text">
                  <strong>{entry.name}</strong>
                  <code className="wrap">{entry.value}</code>
                </div>
                <button
                  type="button"
                  id={removeId(index)}
                  className="btn btn--ghost btn--small"
                  aria-label={t('mapping.dynamicRemoveNamed', { name: entry.name })}
                  onClick={() => remove(entry.key, index)}
                >
                  {t('mapping.dynamicRemove')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </fieldset>
  );
}
