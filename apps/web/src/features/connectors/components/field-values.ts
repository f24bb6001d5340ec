import type { FieldDefinition } from '@fluxo/contracts';
import { t } from '../../../app/i18n/t';

/** What a form holds while the user types: text for every input, a flag for checkboxes. */
export type FormValue = string | boolean;
export type FormValues = Record<string, FormValue>;
export type SubmitValues = Record<string, string | number | boolean>;

export function initialFieldValues(
  fields: FieldDefinition[],
  existing: Record<string, unknown> = {},
): FormValues {
  const values: FormValues = {};
  for (const field of fields) {
    const current = existing[field.key] ?? field.default;
    if (field.type === 'boolean') values[field.key] = current === true || current === 'true';
    else values[field.key] = current === undefined || current === null ? '' : String(current);
  }
  return values;
}

function isBlank(value: FormValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Required fields the user left empty, keyed by field, with the message to show. */
export function missingRequiredFields(
  fields: FieldDefinition[],
  values: FormValues,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) {
    if (field.required && field.type !== 'boolean' && isBlank(values[field.key])) {
      errors[field.key] = t('fields.required', { label: field.label });
    }
  }
  return errors;
}

/** Converts form text into the values the API expects; empty optional fields are left out. */
export function toSubmitValues(fields: FieldDefinition[], values: FormValues): SubmitValues {
  const out: SubmitValues = {};
  for (const field of fields) {
    const value = values[field.key];
    if (value === undefined) continue;
    if (typeof value === 'boolean') {
      out[field.key] = value;
      continue;
    }
    if (value.trim() === '') continue;
    if (field.type === 'number' || field.type === 'money') {
      const n = Number(value.replace(',', '.'));
      out[field.key] = Number.isFinite(n) ? n : value;
    } else {
      out[field.key] = value;
    }
  }
  return out;
}
