import { z } from 'zod';
import { settingsSchema, triggerSchema } from './connections';

/** A ready-made connection offered in the "New connection" dialog. */
export const connectionTemplateSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Connector keys, in flow order, for the dialog's logos. */
  connectorKeys: z.array(z.string()),
  source: z.object({
    connectorKey: z.string(),
    actionKey: z.string(),
    settings: settingsSchema,
  }),
  receivers: z.array(
    z.object({
      connectorKey: z.string(),
      actionKey: z.string(),
      settings: settingsSchema,
      mapping: z.record(z.string(), z.string()),
    }),
  ),
  trigger: triggerSchema.optional(),
});
export type ConnectionTemplateDto = z.infer<typeof connectionTemplateSchema>;

export const useTemplateSchema = z.object({
  /** The new connection's name; the template's name when empty. */
  name: z.string().trim().max(120).optional(),
});
export type UseTemplateDto = z.infer<typeof useTemplateSchema>;
