import type { FieldDefinition, FieldError, Mapping } from '@fluxo/contracts';
import type { MappingLimits } from './mapping-limits';
import { renderFieldTemplates } from './render-mapping';
import { validatePayload } from './validate-payload';

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
): Promise<PreparedDelivery> {
  const templates = fields.map((field) => {
    const template = Object.hasOwn(mapping, field.key) ? mapping[field.key] : '';
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
    fields.filter((field) => !failed.has(field.key)),
    rendered.payload,
  );
  return { payload: rendered.payload, errors: [...rendered.errors, ...invalid] };
}
