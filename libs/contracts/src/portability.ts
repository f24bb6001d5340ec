import { z } from 'zod';
import { conditionsSchema } from './conditions';
import { delaySchema } from './delays';
import { mappingSchema, settingsSchema, stepRoleSchema } from './connections';

/** What an export document says it is, and the newest version of it this Fluxo reads. */
export const EXPORT_FORMAT = 'fluxo.connections';
export const EXPORT_FORMAT_VERSION = 1;
/** Most connections one document carries; a whole workspace is far smaller. */
export const MAX_EXPORTED_CONNECTIONS = 500;
/** Deepest nesting a document may have (conditions and lists are a few levels deep). */
export const MAX_EXPORT_DEPTH = 16;

/** An account named by its system and its name: secrets never travel in an export. */
export const accountReferenceSchema = z.object({
  system: z.string().min(1).max(100),
  name: z.string().min(1).max(200),
});
export type AccountReference = z.infer<typeof accountReferenceSchema>;

const refSchema = z.string().regex(/^[\w-]{1,64}$/, 'A reference is 1–64 letters, digits, - or _');

/** A trigger as exported: "after connection X" names X by its reference in the document. */
export const exportedTriggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('instant') }),
  z.object({ type: z.literal('manual') }),
  z.object({ type: z.literal('interval'), minutes: z.number().int().positive() }),
  z.object({
    type: z.literal('schedule'),
    times: z.array(z.string()).min(1).max(48),
    weekdays: z.array(z.number().int().min(0).max(6)).optional(),
    timezone: z.string().max(100),
  }),
  z.object({
    type: z.literal('after'),
    /** null: the connection it ran after was not exported (it arrives without a chain). */
    connectionRef: refSchema.nullable(),
    onlyOnSuccess: z.boolean().optional(),
  }),
]);
export type ExportedTrigger = z.infer<typeof exportedTriggerSchema>;

export const exportedCancelWhenSchema = z.object({
  key: z.string().max(500),
  connectionRefs: z.array(refSchema).max(20),
  onlyIf: z
    .object({ variable: z.string().max(300), values: z.array(z.string().max(200)).max(50) })
    .optional(),
});

export const exportedStepSchema = z.object({
  role: stepRoleSchema,
  connectorKey: z.string().min(1).max(100),
  actionKey: z.string().min(1).max(100),
  account: accountReferenceSchema.nullable(),
  settings: settingsSchema,
  mapping: mappingSchema,
  conditions: conditionsSchema.nullable(),
  delay: delaySchema.nullable(),
  cancelWhen: exportedCancelWhenSchema.nullable(),
});
export type ExportedStep = z.infer<typeof exportedStepSchema>;

export const exportedConnectionSchema = z.object({
  ref: refSchema,
  name: z.string().trim().min(1).max(120),
  trigger: exportedTriggerSchema,
  conditions: conditionsSchema.nullable(),
  steps: z.array(exportedStepSchema).max(50),
});
export type ExportedConnection = z.infer<typeof exportedConnectionSchema>;

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: z.string().max(40),
  connections: z.array(exportedConnectionSchema).min(1).max(MAX_EXPORTED_CONNECTIONS),
});
export type ExportDocument = z.infer<typeof exportDocumentSchema>;

/** The key an account reference is chosen under in an import ("system/name"). */
export const accountReferenceKey = (reference: AccountReference): string =>
  `${reference.system}/${reference.name}`;

/** An account the document refers to, and the user's accounts it could be. */
export interface ImportAccountChoice {
  key: string;
  system: string;
  name: string;
  /** The user's accounts of that system; `suggestedId` has the same name. */
  candidates: { id: string; name: string }[];
  suggestedId: string | null;
}

/** What an import will create, before it does. */
export interface ImportPreviewDto {
  connections: {
    ref: string;
    name: string;
    source: string | null;
    receivers: string[];
    /** Runs after a connection that was not exported: it arrives as "run by hand". */
    chainDropped: boolean;
  }[];
  accounts: ImportAccountChoice[];
}

export const importRequestSchema = z.object({
  document: z.unknown(),
  /** Account reference key → the user's account id, or null to choose it later. */
  accounts: z.record(z.string(), z.string().uuid().nullable()).default({}),
});
export type ImportRequestDto = z.input<typeof importRequestSchema>;

export const importPreviewRequestSchema = z.object({ document: z.unknown() });

export interface ImportResultDto {
  created: { ref: string; id: string; name: string }[];
}
