import type { FieldDefinition } from '@fluxo/contracts';
import type { FieldContext } from './field-control.types';
import { FieldInput } from './FieldInput';
import { visibleFields, type FormValue, type FormValues } from './field-values';

interface FieldListProps {
  fields: FieldDefinition[];
  idPrefix: string;
  values: FormValues;
  onChange: (key: string, value: FormValue) => void;
  errorOf?: (key: string) => string | undefined;
  disabled?: boolean;
  context?: FieldContext;
}

/** The fields of a form that apply to the current values (`showWhen`), one input each. */
export function FieldList({
  fields,
  idPrefix,
  values,
  onChange,
  errorOf,
  disabled,
  context,
}: FieldListProps) {
  return (
    <>
      {visibleFields(fields, values).map((field) => (
        <FieldInput
          key={field.key}
          field={field}
          idPrefix={idPrefix}
          value={values[field.key]}
          onChange={(value) => onChange(field.key, value)}
          error={errorOf?.(field.key)}
          disabled={disabled}
          context={context}
        />
      ))}
    </>
  );
}
