import { z } from 'zod';
import { fieldRuleSchema, fieldSchema } from './fields';
import { outputFieldSchema } from './receiver-outputs';

export const connectorGroupSchema = z.enum([
  'forms',
  'spreadsheets',
  'payment-gateways',
  'messaging',
  'email',
  'http',
]);
export type ConnectorGroup = z.infer<typeof connectorGroupSchema>;

export const sourceKindSchema = z.enum(['instant', 'polling']);
export type SourceKind = z.infer<typeof sourceKindSchema>;

export const sourceManifestSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  kind: sourceKindSchema,
  /** Settings of the source step (not mappable). */
  fields: z.array(fieldSchema),
  /** Signed instant sources refuse events until an account with the secret is chosen. */
  requiresAccount: z.boolean().optional(),
  /** Polling sources: what counts as a new item, in the user's words. */
  newItemsRule: z.string().optional(),
});
export type SourceManifest = z.infer<typeof sourceManifestSchema>;

/**
 * Mappable fields a receiver lists at edit time (one per column of the chosen sheet): the
 * editor loads them with `optionsLoader` once `dependsOn` are chosen and maps each into
 * `keyPrefix + option.value`; the host sends every mapped key with that prefix.
 */
export const dynamicFieldsSchema = z.object({
  optionsLoader: z.string(),
  dependsOn: z.array(z.string()),
  keyPrefix: z.string().min(1),
  label: z.string(),
  help: z.string().optional(),
});
export type DynamicFieldsDeclaration = z.infer<typeof dynamicFieldsSchema>;

export const receiverManifestSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  /** Fields the user maps source variables and text into. */
  fields: z.array(fieldSchema),
  /** Checks over several fields (one of them filled in), made before anything is sent. */
  fieldRules: z.array(fieldRuleSchema).optional(),
  /** The vendor reports later whether the message arrived (delivered / failed). */
  reportsStatus: z.boolean().optional(),
  /** Extra mappable fields listed from the account (a sheet's columns). */
  dynamicFields: dynamicFieldsSchema.optional(),
  /** What it reports after sending, which later receivers may map. */
  outputs: z.array(outputFieldSchema).optional(),
});
export type ReceiverManifest = z.infer<typeof receiverManifestSchema>;

export const connectorManifestSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  group: connectorGroupSchema,
  /** An SVG document, rendered as an image by the editor. */
  logoSvg: z.string(),
  /** Fields of the account form; null when the connector needs no account. */
  auth: z
    .object({
      fields: z.array(fieldSchema),
      /** Accounts can be connected through the vendor's consent page. */
      oauth2: z.boolean().optional(),
    })
    .nullable(),
  sources: z.array(sourceManifestSchema),
  receivers: z.array(receiverManifestSchema),
  /** Set when other connectors may send messages through this one's accounts. */
  messengerChannel: z.enum(['email', 'sms']).optional(),
  /**
   * The sentences the connector words its check results and errors with, English (with
   * `{name}` parts) → the same sentence in the manifest's language: the editor reads a message
   * back by its English sentence and shows it worded.
   */
  phrases: z.record(z.string(), z.string()).optional(),
});
export type ConnectorManifest = z.infer<typeof connectorManifestSchema>;

/** Body of POST /api/connectors/:connectorKey/options/:loader (a dynamic-select's choices). */
export const loadOptionsSchema = z.object({
  accountId: z.string().nullable().optional(),
  settings: z.record(z.string(), z.unknown()).default({}),
});
export type LoadOptionsDto = z.infer<typeof loadOptionsSchema>;
