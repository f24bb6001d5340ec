import type { VariableDto } from '@fluxo/contracts';

export const MAX_VARIABLE_DEPTH = 8;
export const MAX_VARIABLES = 500;

// Keys Liquid can read after a dot: `customer.first_name`, `order.e-mail`, `items.0`.
const DOTTABLE_KEY = /^[A-Za-z_][\w-]*$|^\d+$/;

function appendKey(path: string, key: string): string {
  if (DOTTABLE_KEY.test(key)) return path === '' ? key : `${path}.${key}`;
  // Keys with spaces or punctuation (form fields like "First name") need Liquid's bracket form.
  return `${path}[${JSON.stringify(key)}]`;
}

function previewOf(value: unknown, maxPreview: number): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'object') text = JSON.stringify(value) ?? '';
  else text = String(value);
  // One line per variable in the picker.
  text = text.replace(/\s+/g, ' ');
  return text.length > maxPreview ? `${text.slice(0, Math.max(0, maxPreview - 1))}…` : text;
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

/**
 * Every leaf of a sample payload as a mapping variable, in document order
 * (`customer.name`, `items.0.sku`). Depth and count are bounded so a huge or hostile payload
 * cannot flood the editor; a container at the depth limit is listed whole as JSON.
 */
export function listVariables(data: Record<string, unknown>, maxPreview = 80): VariableDto[] {
  const variables: VariableDto[] = [];

  const visit = (value: unknown, path: string, depth: number): void => {
    if (variables.length >= MAX_VARIABLES) return;
    const entries = isContainer(value) ? Object.entries(value) : null;
    if (entries && entries.length > 0 && depth < MAX_VARIABLE_DEPTH) {
      for (const [key, child] of entries) {
        if (variables.length >= MAX_VARIABLES) return;
        visit(child, appendKey(path, key), depth + 1);
      }
      return;
    }
    // Empty lists and objects stay visible so the user knows the field exists.
    variables.push({ path, preview: previewOf(value, maxPreview) });
  };

  for (const [key, value] of Object.entries(data)) {
    if (variables.length >= MAX_VARIABLES) break;
    visit(value, appendKey('', key), 1);
  }
  return variables;
}
