import type { FieldDefinition } from '@fluxo/contracts';
import { FieldLabel } from '@/app/ui/FieldLabel';
import { t } from '@/app/i18n/t';
import { AccountSelect } from './AccountSelect';
import { DynamicSelect } from './DynamicSelect';
import type { FieldInputProps } from './field-control.types';
import type { ListRow } from './field-values';
import { ListInput } from './ListInput';
import { MultiSelectInput } from './MultiSelectInput';

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
export function FieldInput({
  field,
  idPrefix,
  value,
  onChange,
  error,
  disabled,
  context,
}: FieldInputProps) {
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
  const help = field.help && (
    <p id={helpId} className="field__help">
      {field.help}
    </p>
  );

  if (field.type === 'multi-select' || field.type === 'list') {
    const groupProps = { field, id, disabled, error, errorId, help, helpId };
    return field.type === 'multi-select' ? (
      <MultiSelectInput
        {...groupProps}
        value={Array.isArray(value) ? (value as string[]) : []}
        onChange={onChange}
      />
    ) : (
      <ListInput
        {...groupProps}
        rows={Array.isArray(value) ? (value as ListRow[]) : []}
        onChange={onChange}
        context={context}
        Field={FieldInput}
      />
    );
  }

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
        {help}
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
  } else if (field.type === 'dynamic-select') {
    control = (
      <DynamicSelect
        field={field}
        control={common}
        value={text}
        onChange={onChange}
        context={context}
      />
    );
  } else if (field.type === 'account') {
    control = <AccountSelect field={field} control={common} value={text} onChange={onChange} />;
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
      {help}
      {error && (
        <p id={errorId} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
