import {
  fieldsOfRule,
  isFieldShown,
  type FieldDefinition,
  type FieldError,
  type FieldRule,
  type Mapping,
} from '@fluxo/contracts';
import type { MappingLimits } from './mapping-limits';
import { renderFieldTemplates } from './render-mapping';
import { validatePayload, valueError } from './validate-payload';

export interface PreparedDelivery {
  /** One string per declared field, '' when unmapped or broken. */
  payload: Record<string, string>;
  errors: FieldError[];
}

/**
 * Renders a receiver step's mapping for one item and checks the result. Mapping keys the
 * receiver no longer declares are ignored, so a stale mapping never leaks into a send.
 */
export async function prepareDelivery(
  fields: FieldDefinition[],
  mapping: Mapping,
  variables: Record<string, unknown>,
  limits?: Partial<MappingLimits>,
  rules: readonly FieldRule[] = [],
): Promise<PreparedDelivery> {
  // Fields a sibling choice hides (showWhen) are neither sent nor required.
  const shown = fields.filter((field) => isFieldShown(field, mapping));
  const templates = shown.map((field) => {
    // An unmapped field gets the default its connector declares (Portmone's language: uk).
    const template = Object.hasOwn(mapping, field.key)
      ? mapping[field.key]
      : field.default !== undefined
        ? String(field.default)
        : '';
    return {
      key: field.key,
      label: field.label,
      template: typeof template === 'string' ? template : String(template ?? ''),
    };
  });
  const rendered = await renderFieldTemplates(templates, variables, limits);
  // A field that failed to render already has its error; "is required" on top would mislead.
  const failed = new Set(rendered.errors.map((error) => error.field));
  const invalid = validatePayload(
    shown.filter((field) => !failed.has(field.key)),
    rendered.payload,
  );
  const unmet = unmetRules(rules, shown, rendered.payload, failed);
  return { payload: rendered.payload, errors: [...rendered.errors, ...invalid, ...unmet] };
}

/**
 * "One of" rules whose fields all rendered blank: the receiver would refuse the send. A rule
 * with a field that failed to render is left to that field's own error.
 */
function unmetRules(
  rules: readonly FieldRule[],
  shown: readonly FieldDefinition[],
  payload: Record<string, string>,
  failed: ReadonlySet<string>,
): FieldError[] {
  const errors: FieldError[] = [];
  for (const rule of rules) {
    const fields = fieldsOfRule(rule, shown);
    if (fields.length === 0 || fields.some((field) => failed.has(field.key))) continue;
    if (fields.some((field) => (payload[field.key] ?? '').trim() !== '')) continue;
    errors.push(
      valueError(fields[0], 'fields.oneOf', {
        labels: fields.map((field) => field.label).join(' or '),
        fields: fields.map((field) => field.key).join(','),
      }),
    );
  }
  return errors;
}
