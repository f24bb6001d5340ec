import { optionsOf, type FieldDefinition } from '@fluxo/contracts';
import { prettyJson } from '@/app/ui/format';

const LITERAL_TYPES: ReadonlySet<FieldDefinition['type']> = new Set([
  'select',
  'boolean',
  'account',
  'dynamic-select',
  'multi-select',
]);

/** Fields whose mapping is a value the user picks, not a template with variables. */
export function isLiteralMappingField(field: Pick<FieldDefinition, 'type'>): boolean {
  return LITERAL_TYPES.has(field.type);
}

// A mapping holds text only, so a multi-select's choices travel as "a,b".
export function splitChoices(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

export function joinChoices(choices: string[]): string {
  return choices.join(',');
}

/** A payload value in plain words: a choice by its label, a list as "a, b", objects as JSON. */
export function displayValue(value: unknown, field?: FieldDefinition): string {
  if (value === null || value === undefined || value === '') return '—';
  const option = field && optionsOf(field).find((o) => o.value === String(value));
  if (option) return option.label;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string' || typeof v === 'number'))
    return value.length === 0 ? '—' : value.map((v) => displayValue(v, field)).join(', ');
  return prettyJson(value);
}
