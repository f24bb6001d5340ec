import type { FieldDefinition, FieldError } from '@fluxo/contracts';

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

function typeError(field: FieldDefinition, value: string): string | null {
  const { label } = field;
  switch (field.type) {
    case 'email': {
      const bad = splitEmailList(value).find((address) => !EMAIL.test(address));
      return bad === undefined ? null : `${label} must be an e-mail address: "${bad}" is not one`;
    }
    case 'number':
      return NUMBER.test(value) ? null : `${label} must be a number, like 42 or 3.5`;
    case 'money':
      return MONEY.test(value) ? null : `${label} must be an amount, like 12.50 or 12,50`;
    case 'url':
      return isUrl(value)
        ? null
        : `${label} must be a web address starting with http:// or https://`;
    case 'phone':
      return PHONE.test(value.replace(PHONE_SEPARATORS, ''))
        ? null
        : `${label} must be a phone number in international format, like +14155550123`;
    case 'boolean':
      return BOOLEAN.has(value.toLowerCase()) ? null : `${label} must be yes or no`;
    case 'select': {
      // Dynamic selects declare no options up front; only fixed lists can be checked here.
      if (!field.options?.length || field.options.some((option) => option.value === value)) {
        return null;
      }
      const choices = field.options.map((option) => option.label).join(', ');
      return `${label} must be one of: ${choices}`;
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
      if (field.required) errors.push({ field: field.key, message: `${field.label} is required` });
      continue;
    }
    const message = typeError(field, value);
    if (message) errors.push({ field: field.key, message });
  }
  return errors;
}
