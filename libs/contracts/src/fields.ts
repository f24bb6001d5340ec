import { z } from 'zod';

/** The field types a connector may declare; the editor has one input per type. */
export const fieldTypeSchema = z.enum([
  'text',
  'textarea',
  'email',
  'phone',
  'number',
  'money',
  'url',
  'password',
  'select',
  'boolean',
  /** Options loaded from the account (a spreadsheet, a sheet tab), see `optionsLoader`. */
  'dynamic-select',
  /** Several of `options` ticked; the setting holds a list of values. */
  'multi-select',
  /** Rows of `itemFields` the user adds and removes (a hosted form's questions). */
  'list',
  /** One of the workspace's accounts of `accountConnectors` (Portmone's e-mail or SMS account). */
  'account',
]);
export type FieldType = z.infer<typeof fieldTypeSchema>;

/**
 * Shown instead of a secret value that is set (a mapping's token, a masked vendor key).
 * Sent back unchanged, it means "keep the stored value".
 */
export const SECRET_MASK = '••••';

export const fieldOptionSchema = z.object({ value: z.string(), label: z.string() });
export type FieldOption = z.infer<typeof fieldOptionSchema>;

const baseFieldShape = {
  key: z.string(),
  label: z.string(),
  type: fieldTypeSchema,
  required: z.boolean().default(false),
  help: z.string().optional(),
  placeholder: z.string().optional(),
  options: z.array(fieldOptionSchema).optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /**
   * Secret fields are encrypted at rest and never sent back to the browser: account fields
   * are left out, receiver fields come back as SECRET_MASK and are masked in run history.
   */
  secret: z.boolean().optional(),
  /** dynamic-select: the connector's option loader that lists the choices. */
  optionsLoader: z.string().optional(),
  /** dynamic-select: settings the loader reads; the editor reloads when one of them changes. */
  dependsOn: z.array(z.string()).optional(),
  /** account: the connectors whose accounts may be chosen. */
  accountConnectors: z.array(z.string()).optional(),
  /** Shown only while another setting has one of these values (e.g. the auth type). */
  showWhen: z.object({ field: z.string(), equals: z.array(z.string()) }).optional(),
};

/** A field inside a `list` row: any type but another list. */
export const listItemFieldSchema = z.object(baseFieldShape);

export const fieldSchema = z.object({
  ...baseFieldShape,
  /** list: the fields of one row. */
  itemFields: z.array(listItemFieldSchema).optional(),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;

/** What a dynamic-select's loader answers: the choices, or why there are none yet. */
export const dynamicOptionsSchema = z.object({
  options: z.array(fieldOptionSchema),
  /** Set when nothing can be listed yet ("Choose a spreadsheet first"); the editor shows it. */
  hint: z.string().optional(),
});
export type DynamicOptions = z.infer<typeof dynamicOptionsSchema>;

/**
 * Whether a field applies given its siblings' values (`showWhen`). Hidden fields are neither
 * shown nor required: the API and the editor both ask this one function.
 */
export function isFieldShown(
  field: Pick<FieldDefinition, 'showWhen'>,
  values: Record<string, unknown>,
): boolean {
  if (!field.showWhen) return true;
  const value = values[field.showWhen.field];
  return field.showWhen.equals.includes(value === undefined || value === null ? '' : String(value));
}
