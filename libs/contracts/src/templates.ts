import { z } from 'zod';
import { cancelWhenSchema } from './cancellation';
import { conditionsSchema } from './conditions';
import { settingsSchema, triggerSchema } from './connections';
import { delaySchema } from './delays';

/** The languages Fluxo speaks; a template's message texts come in each of them. */
export const LANGUAGES = ['en', 'pt-BR', 'es', 'uk', 'nb'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

/** The fields of a receiver's mapping written in one language (subject, text, a row's labels). */
const textsSchema = z.record(z.string(), z.string());

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
      /** In English; `texts` replaces its words in the user's language. */
      mapping: z.record(z.string(), z.string()),
      texts: z.partialRecord(languageSchema.exclude(['en']), textsSchema).optional(),
      conditions: conditionsSchema.optional(),
      delay: delaySchema.optional(),
      /** Later items of the new connection itself cancel its waiting sends. */
      cancelWhen: cancelWhenSchema.omit({ connectionIds: true }).optional(),
    }),
  ),
  trigger: triggerSchema.optional(),
});
export type ConnectionTemplateDto = z.infer<typeof connectionTemplateSchema>;
export type TemplateReceiver = ConnectionTemplateDto['receivers'][number];

export const useTemplateSchema = z.object({
  /** The new connection's name; the template's name when empty. */
  name: z.string().trim().max(120).optional(),
  /** The language its messages are written in; English when absent. */
  language: languageSchema.optional(),
});
export type UseTemplateDto = z.infer<typeof useTemplateSchema>;

/** The receiver's mapping with its texts in `language` (English where a language has none). */
export function templateMappingIn(
  receiver: Pick<TemplateReceiver, 'mapping' | 'texts'>,
  language: Language = 'en',
): Record<string, string> {
  if (language === 'en') return receiver.mapping;
  return { ...receiver.mapping, ...receiver.texts?.[language] };
}
