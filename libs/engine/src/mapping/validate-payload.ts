import {
  fillSentence,
  VALUE_ERROR_SENTENCES,
  type FieldDefinition,
  type FieldError,
  type ValueErrorCode,
} from '@fluxo/contracts';

// Deliberately loose: the SMTP server or vendor is the real judge, this only catches values
// that can never work (a name mapped into an address field, a blank template output).
const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
const NUMBER = /^[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
// Amounts as people type them in their locale: 1 234,50 · 1.234,50 · 1,234.50 · 1'234.50 · 97,5.
// The connector reads the exact value; this only refuses what is no amount at all.
const MONEY = /^[+-]?(\d{1,3}([ \u00a0\u202f'.,]\d{3})*|\d+)([.,]\d+)?$/;
const PHONE_SEPARATORS = /[\s().-]/g;
const PHONE = /^\+?\d{7,15}$/;
const BOOLEAN = new Set(['true', 'false', 'yes', 'no', '1', '0', 'on', 'off']);
const NAMED_ADDRESS = /^[^<>]*<([^<>]+)>$/;

/** Splits "a@x.com, \"Lima, Ana\" <b@y.com>" into bare addresses; blank entries are dropped. */
export function splitEmailList(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  // A display name may be quoted and hold commas, so a plain split(',') is not enough.
  for (const char of value) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => part.match(NAMED_ADDRESS)?.[1].trim() ?? part);
}

function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A field error with a code the editor words, and its English sentence for logs and history. */
export function valueError(
  field: Pick<FieldDefinition, 'key' | 'label'>,
  code: ValueErrorCode,
  extra: Record<string, string> = {},
): FieldError {
  const params = { label: field.label, ...extra };
  return {
    field: field.key,
    message: fillSentence(VALUE_ERROR_SENTENCES[code], params),
    code,
    params,
  };
}

function typeError(field: FieldDefinition, value: string): FieldError | null {
  switch (field.type) {
    case 'email': {
      const bad = splitEmailList(value).find((address) => !EMAIL.test(address));
      return bad === undefined ? null : valueError(field, 'field.email', { value: bad });
    }
    case 'number':
      return NUMBER.test(value) ? null : valueError(field, 'field.number');
    case 'money':
      return MONEY.test(value) ? null : valueError(field, 'field.money');
    case 'url':
      return isUrl(value) ? null : valueError(field, 'field.url');
    case 'phone':
      return PHONE.test(value.replace(PHONE_SEPARATORS, ''))
        ? null
        : valueError(field, 'field.phone');
    case 'boolean':
      return BOOLEAN.has(value.toLowerCase()) ? null : valueError(field, 'field.boolean');
    case 'select': {
      // Dynamic selects declare no options up front; only fixed lists can be checked here.
      if (!field.options?.length || field.options.some((option) => option.value === value)) {
        return null;
      }
      const choices = field.options.map((option) => option.label).join(', ');
      return valueError(field, 'field.select', { choices });
    }
    default:
      return null;
  }
}

/**
 * Checks a rendered payload against the receiver's fields before anything is sent.
 * Blank optional fields are not type-checked: leaving them empty is always allowed.
 */
export function validatePayload(
  fields: FieldDefinition[],
  payload: Record<string, string>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const raw = payload[field.key];
    const value = typeof raw === 'string' ? raw.trim() : '';
    const blank = value === '' || (field.type === 'email' && splitEmailList(value).length === 0);
    if (blank) {
      if (field.required) errors.push(valueError(field, 'field.required'));
      continue;
    }
    const error = typeError(field, value);
    if (error) errors.push(error);
  }
  return errors;
}
