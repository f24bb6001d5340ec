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
]);
export type FieldType = z.infer<typeof fieldTypeSchema>;

export const fieldOptionSchema = z.object({ value: z.string(), label: z.string() });
export type FieldOption = z.infer<typeof fieldOptionSchema>;

export const fieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  type: fieldTypeSchema,
  required: z.boolean().default(false),
  help: z.string().optional(),
  placeholder: z.string().optional(),
  options: z.array(fieldOptionSchema).optional(),
  default: z.union([z.string(), z.number(), z.boolean()]).optional(),
  /** Secret fields are encrypted at rest and never sent back to the browser. */
  secret: z.boolean().optional(),
});
export type FieldDefinition = z.infer<typeof fieldSchema>;
