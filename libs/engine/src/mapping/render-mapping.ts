import type { FieldError, Mapping } from '@fluxo/contracts';
import { describeTemplateError } from './describe-template-error';
import { liquid } from './liquid-engine';
import { DEFAULT_MAPPING_LIMITS, type MappingLimits } from './mapping-limits';
import { templateCache } from './template-cache';

export interface RenderedMapping {
  payload: Record<string, string>;
  errors: FieldError[];
}

/** One field to render; `label` names it in messages. */
export interface FieldTemplate {
  key: string;
  label: string;
  template: string;
}

const formatCount = (count: number) => count.toLocaleString('en-US');

function isLiteral(template: string): boolean {
  return !template.includes('{{') && !template.includes('{%');
}

/** Renders each field on its own so one broken template only fails its own field. */
export async function renderFieldTemplates(
  fields: FieldTemplate[],
  variables: Record<string, unknown>,
  limits: Partial<MappingLimits> = {},
): Promise<RenderedMapping> {
  const { parseLimit, renderLimit, memoryLimit, maxFieldLength } = {
    ...DEFAULT_MAPPING_LIMITS,
    ...limits,
  };
  const payload: Record<string, string> = {};
  const errors: FieldError[] = [];

  for (const { key, label, template } of fields) {
    payload[key] = '';
    if (template.length > parseLimit) {
      errors.push({
        field: key,
        message: `The template of "${label}" is longer than ${formatCount(parseLimit)} characters`,
      });
      continue;
    }

    let output: string;
    if (isLiteral(template)) {
      output = template;
    } else {
      const parsed = templateCache.parse(template);
      if (!parsed.ok) {
        errors.push({ field: key, ...describeTemplateError(parsed.error) });
        continue;
      }
      try {
        output = await liquid.render(parsed.template, variables, {
          ownPropertyOnly: true,
          renderLimit,
          memoryLimit,
        });
      } catch (error) {
        errors.push({ field: key, ...describeTemplateError(error) });
        continue;
      }
    }

    if (output.length > maxFieldLength) {
      errors.push({
        field: key,
        message: `"${label}" is longer than ${formatCount(maxFieldLength)} characters`,
      });
      continue;
    }
    payload[key] = output;
  }

  return { payload, errors };
}

/**
 * Fills every template of a mapping with the item's variables. Never throws for a user's
 * mistake: broken templates, unknown filters and oversized output become field errors and
 * leave that field empty.
 */
export async function renderMapping(
  mapping: Mapping,
  variables: Record<string, unknown>,
  limits?: Partial<MappingLimits>,
): Promise<RenderedMapping> {
  const fields = Object.entries(mapping).map(([key, template]) => ({
    key,
    label: key,
    // Mappings come back from JSON columns; a stray number must not crash the render.
    template: typeof template === 'string' ? template : String(template ?? ''),
  }));
  return renderFieldTemplates(fields, variables, limits);
}
