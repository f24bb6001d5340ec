import type { FieldDefinition } from '@fluxo/contracts';
import { FieldLabel } from '../../../app/ui/FieldLabel';
import { t } from '../../../app/i18n/t';
import type { FormValue } from './field-values';

interface FieldInputProps {
  field: FieldDefinition;
  /** Prefix that makes the input id unique on the page. */
  idPrefix: string;
  value: FormValue | undefined;
  onChange: (value: FormValue) => void;
  error?: string;
  disabled?: boolean;
}

const inputTypes: Partial<Record<FieldDefinition['type'], string>> = {
  text: 'text',
  email: 'email',
  phone: 'tel',
  number: 'number',
  money: 'number',
  url: 'url',
  password: 'password',
};

/** One input for one declared field; every connector form is built from these. */
export function FieldInput({ field, idPrefix, value, onChange, error, disabled }: FieldInputProps) {
  const id = `${idPrefix}-${field.key}`;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: field.key,
    disabled,
    'aria-required': field.required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  };

  const text = typeof value === 'string' ? value : '';

  if (field.type === 'boolean') {
    return (
      <div className="field field--check">
        <input
          {...common}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
        <label htmlFor={id}>{field.label}</label>
        {field.help && (
          <p id={helpId} className="field__help">
            {field.help}
          </p>
        )}
        {error && (
          <p id={errorId} className="field__error">
            {error}
          </p>
        )}
      </div>
    );
  }

  let control;
  if (field.type === 'textarea') {
    control = (
      <textarea
        {...common}
        rows={4}
        value={text}
        placeholder={field.placeholder}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  } else if (field.type === 'select') {
    control = (
      <select {...common} value={text} onChange={(e) => onChange(e.target.value)}>
        {(!field.required || text === '') && <option value="">{t('fields.choose')}</option>}
        {(field.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    );
  } else {
    const secret = field.secret || field.type === 'password';
    control = (
      <input
        {...common}
        type={secret ? 'password' : (inputTypes[field.type] ?? 'text')}
        value={text}
        placeholder={field.placeholder}
        step={field.type === 'money' ? '0.01' : undefined}
        inputMode={field.type === 'money' ? 'decimal' : undefined}
        autoComplete={secret ? 'new-password' : 'off'}
        onChange={(e) => onChange(e.target.value)}
      />
    );
  }

  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={field.label} required={field.required} />
      {control}
      {field.help && (
        <p id={helpId} className="field__help">
          {field.help}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
