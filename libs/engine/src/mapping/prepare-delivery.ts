import {
  isFieldShown,
  type FieldDefinition,
  type FieldError,
  type Mapping,
} from '@fluxo/contracts';
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
  return { payload: rendered.payload, errors: [...rendered.errors, ...invalid] };
}
