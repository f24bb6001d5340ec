import type { FieldDefinition, StepSettings } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import {
  clearDependents,
  initialFieldValues,
  missingRequiredFields,
  toSubmitValues,
  type FormValues,
} from '@/features/connectors/components/field-values';
import { FieldList } from '@/features/connectors/components/FieldList';

interface SettingsFormProps {
  fields: FieldDefinition[];
  settings: StepSettings;
  onSave: (settings: StepSettings) => Promise<unknown>;
  /** The step's system and account, which dynamic choices are listed from. */
  connectorKey: string;
  accountId: string | null;
}

export function SettingsForm({
  fields,
  settings,
  onSave,
  connectorKey,
  accountId,
}: SettingsFormProps) {
  const id = useId();
  const [values, setValues] = useState<FormValues>(() => initialFieldValues(fields, settings));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [error, setError] = useState<unknown>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing = missingRequiredFields(fields, values);
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setState('saving');
    setError(null);
    try {
      await onSave(toSubmitValues(fields, values));
      setState('saved');
    } catch (caught) {
      setError(caught);
      setState('idle');
    }
  };

  const serverErrors = fieldErrorsOf(error);
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FieldList
        fields={fields}
        idPrefix={`${id}-settings`}
        values={values}
        onChange={(key, value) => {
          setState('idle');
          setValues((v) => clearDependents(fields, { ...v, [key]: value }, key));
        }}
        errorOf={(key) => errors[key] ?? serverErrors[key] ?? serverErrors[`settings.${key}`]}
        context={{ connectorKey, accountId, settings: toSubmitValues(fields, values) }}
      />
      <InlineError error={error} />
      <div className="actions">
        {/* Saving… and a refusal show in the top bar's save status, the one place for both. */}
        <button type="submit" className="btn" disabled={state === 'saving'}>
          {t('editor.saveSettings')}
        </button>
        {state === 'saved' && <span className="saved">{t('common.saved')}</span>}
      </div>
    </form>
  );
}
