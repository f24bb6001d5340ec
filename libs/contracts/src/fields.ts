import { z } from 'zod';

/**
 * Shown instead of a secret value that is set (a mapping's token, a masked vendor key).
 * Sent back unchanged, it means "keep the stored value".
 */
export const SECRET_MASK = '••••';

export const fieldOptionSchema = z.object({ value: z.string(), label: z.string() });
export type FieldOption = z.infer<typeof fieldOptionSchema>;

/** What every field has, whatever its type. */
const commonFieldShape = {
  key: z.string(),
  label: z.string(),
  required: z.boolean().default(false),
  help: z.string().optional(),
  placeholder: z.string().optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /**
   * Secret fields are encrypted at rest and never sent back to the browser: account fields
   * are left out, receiver fields come back as SECRET_MASK and are masked in run history.
   */
  secret: z.boolean().optional(),
  /** Shown only while another setting has one of these values (e.g. the auth type). */
  showWhen: z.object({ field: z.string(), equals: z.array(z.string()) }).optional(),
};

/** The types whose value is one line or block of text the user types. */
export const TEXT_FIELD_TYPES = [
  'text',
  'textarea',
  'email',
  'phone',
  'number',
  'money',
  'url',
  'password',
] as const;

const textFieldSchema = z.object({ ...commonFieldShape, type: z.enum(TEXT_FIELD_TYPES) });
const booleanFieldSchema = z.object({ ...commonFieldShape, type: z.literal('boolean') });
const selectFieldSchema = z.object({
  ...commonFieldShape,
  type: z.literal('select'),
  options: z.array(fieldOptionSchema),
});
/** Several of `options` ticked; the setting holds a list of values. */
const multiSelectFieldSchema = z.object({
  ...commonFieldShape,
  type: z.literal('multi-select'),
  options: z.array(fieldOptionSchema),
});
/** Options loaded from the account (a spreadsheet, a sheet tab). */
const dynamicSelectFieldSchema = z.object({
  ...commonFieldShape,
  type: z.literal('dynamic-select'),
  /** The connector's option loader that lists the choices. */
  optionsLoader: z.string(),
  /** Settings the loader reads; the editor reloads when one of them changes. */
  dependsOn: z.array(z.string()).optional(),
});
/** One of the workspace's accounts (Portmone's e-mail or SMS account). */
const accountFieldSchema = z.object({
  ...commonFieldShape,
  type: z.literal('account'),
  /** The connectors whose accounts may be chosen. */
  accountConnectors: z.array(z.string()),
});

/** A field inside a `list` row: any type but another list. */
export const listItemFieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  booleanFieldSchema,
  selectFieldSchema,
  multiSelectFieldSchema,
  dynamicSelectFieldSchema,
  accountFieldSchema,
]);
export type ListItemFieldDefinition = z.infer<typeof listItemFieldSchema>;

/** Rows of `itemFields` the user adds and removes (a hosted form's questions). */
const listFieldSchema = z.object({
  ...commonFieldShape,
  type: z.literal('list'),
  /** The fields of one row. */
  itemFields: z.array(listItemFieldSchema),
});

/** A connector's field, by type: each type carries what its input needs and nothing else. */
export const fieldSchema = z.discriminatedUnion('type', [
  textFieldSchema,
  booleanFieldSchema,
  selectFieldSchema,
  multiSelectFieldSchema,
  dynamicSelectFieldSchema,
  accountFieldSchema,
  listFieldSchema,
]);
export type FieldDefinition = z.infer<typeof fieldSchema>;

/** The field types a connector may declare; the editor has one input per type. */
export type FieldType = FieldDefinition['type'];

/** The declaration of one field type, e.g. `FieldOfType<'account'>`. */
export type FieldOfType<T extends FieldDefinition['type']> = Extract<FieldDefinition, { type: T }>;

/** The fixed choices of a select or multi-select; none for other types. */
export function optionsOf(field: FieldDefinition): FieldOption[] {
  return field.type === 'select' || field.type === 'multi-select' ? field.options : [];
}

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

/**
 * A check over several fields that a receiver makes when it sends, declared so the editor's
 * card, the preview and "send test" make it first. `oneOf`: at least one of them is filled in
 * (an e-mail's text or HTML body).
 */
export const fieldRuleSchema = z.object({
  type: z.literal('oneOf'),
  fields: z.array(z.string()).min(2),
});
export type FieldRule = z.infer<typeof fieldRuleSchema>;

/** The fields of a rule the receiver declares, in the rule's order (unknown keys left out). */
export function fieldsOfRule(
  rule: FieldRule,
  fields: readonly FieldDefinition[],
): FieldDefinition[] {
  return rule.fields
    .map((key) => fields.find((field) => field.key === key))
    .filter((field): field is FieldDefinition => field !== undefined);
}
