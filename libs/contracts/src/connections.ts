import { z } from 'zod';
import { conditionsSchema, skipReportSchema } from './conditions';
import { cancelWhenSchema } from './cancellation';
import { delaySchema } from './delays';
import { setupProblemSchema } from './setup-problems';
import { canonicalTimeZone } from './time-zones';

export const triggerSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('instant') }),
  z.object({ type: z.literal('manual') }),
  z.object({ type: z.literal('interval'), minutes: z.number().int().positive() }),
  z.object({
    type: z.literal('schedule'),
    times: z.array(z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)).min(1),
    weekdays: z.array(z.number().int().min(0).max(6)).optional(),
    timezone: z.string().transform(canonicalTimeZone),
  }),
  z.object({
    type: z.literal('after'),
    connectionId: z.string(),
    onlyOnSuccess: z.boolean().optional(),
  }),
]);
export type Trigger = z.infer<typeof triggerSchema>;

export const stepRoleSchema = z.enum(['source', 'receiver']);
export type StepRole = z.infer<typeof stepRoleSchema>;

/** Receiver field key -> LiquidJS template, e.g. { to: '{{ email }}' }. */
export const mappingSchema = z.record(z.string(), z.string().max(20_000));
export type Mapping = z.infer<typeof mappingSchema>;

const scalarSettingSchema = z.union([z.string(), z.number(), z.boolean()]);
/** A step's settings: scalars, a multi-select's values, or a list's rows. */
export const settingsSchema = z.record(
  z.string(),
  z.union([
    scalarSettingSchema,
    z.array(z.string()),
    z.array(z.record(z.string(), scalarSettingSchema)),
  ]),
);
export type StepSettings = z.infer<typeof settingsSchema>;

export const positionSchema = z.object({ x: z.number(), y: z.number() });

export const stepSchema = z.object({
  id: z.string(),
  role: stepRoleSchema,
  connectorKey: z.string(),
  actionKey: z.string(),
  accountId: z.string().nullable(),
  settings: settingsSchema,
  mapping: mappingSchema,
  /** "Only when": items that do not meet them are skipped by this receiver; null: none. */
  conditions: conditionsSchema.nullable().optional(),
  /** When this receiver sends an item; null: at once. */
  delay: delaySchema.nullable().optional(),
  /** Which later items cancel this receiver's waiting sends; null: none. */
  cancelWhen: cancelWhenSchema.nullable().optional(),
  position: positionSchema,
});
export type StepDto = z.infer<typeof stepSchema>;

export const runStatusSchema = z.enum(['queued', 'running', 'succeeded', 'partial', 'failed']);
export type RunStatus = z.infer<typeof runStatusSchema>;

export const runCauseSchema = z.enum(['schedule', 'manual', 'chain', 'instant', 'test']);
export type RunCause = z.infer<typeof runCauseSchema>;

export const lastRunSchema = z.object({
  id: z.string(),
  status: runStatusSchema,
  startedAt: z.string(),
});

/** Where a polled source starts on first enable: only new items (default), all, or since a date. */
export const startFromSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('new') }),
  z.object({ mode: z.literal('all') }),
  z.object({ mode: z.literal('since'), since: z.iso.datetime({ offset: true }) }),
]);
export type StartFrom = z.infer<typeof startFromSchema>;

export const pollingStateSchema = z.object({
  startFrom: startFromSchema,
  /** The source's own position (e.g. last seen id); kept across edits of the connection. */
  cursor: z.unknown(),
  /** True once the first poll recorded what existed before the connection was switched on. */
  baselineTaken: z.boolean(),
  emptyPolls: z.number(),
  lastPolledAt: z.string().nullable(),
});
export type PollingStateDto = z.infer<typeof pollingStateSchema>;

/** Ready to run, missing set-up, or failing lately: what the connections list shows. */
export const connectionHealthSchema = z.enum(['ready', 'needs-setup', 'failing']);
export type ConnectionHealth = z.infer<typeof connectionHealthSchema>;

export const inboundSummarySchema = z.object({
  at: z.string(),
  /** `held`: stored for when the connection can take it; `discarded`: the user started from new. */
  status: z.enum(['accepted', 'rejected', 'held', 'discarded']),
  /** Why a rejected call was refused (bad signature…), or why a call is held. */
  error: z.string().nullable(),
  /**
   * Calls received in total, accepted or not; null in the connections list, where counting
   * every call of every connection would make the list as slow as the busiest hook.
   */
  total: z.number().nullable(),
  /** Calls held now, waiting to be processed or discarded. */
  held: z.number(),
});
export type InboundSummaryDto = z.infer<typeof inboundSummarySchema>;

export const connectionSchema = z.object({
  id: z.string(),
  name: z.string(),
  enabled: z.boolean(),
  trigger: triggerSchema,
  /** "Only when" for the whole connection: items that do not meet them reach no receiver. */
  conditions: conditionsSchema.nullable().optional(),
  nextRunAt: z.string().nullable(),
  /** Public path that receives pushed data, e.g. /hooks/abc…; null for polled sources. */
  hookPath: z.string().nullable(),
  steps: z.array(stepSchema),
  lastRun: lastRunSchema.nullable(),
  /** Present when the source is polled. */
  polling: pollingStateSchema.nullable(),
  /** Failed runs in a row; at the limit the connection is switched off. */
  consecutiveFailures: z.number(),
  /** Why Fluxo switched the connection off by itself, if it did. */
  disabledReason: z.string().nullable(),
  /** Derived from the steps, the last run and the failure streak. */
  health: connectionHealthSchema.optional(),
  /** What is still missing before the connection can run (see setupProblemsOf). */
  setupProblems: z.array(setupProblemSchema).optional(),
  /** Hosted forms: the public page's path, e.g. /f/abc…; null for other sources. */
  formPath: z.string().nullable().optional(),
  /**
   * Instant sources: the latest call the platform made to the hook URL (null: it has not
   * called yet, "waiting for the first event").
   */
  lastInbound: inboundSummarySchema.nullable().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ConnectionDto = z.infer<typeof connectionSchema>;

export const createConnectionSchema = z.object({
  name: z.string().trim().min(1, 'Give the connection a name').max(120),
});
export type CreateConnectionDto = z.infer<typeof createConnectionSchema>;

export const updateConnectionSchema = z.object({
  name: z.string().trim().min(1).max(120).optional(),
  enabled: z.boolean().optional(),
  trigger: triggerSchema.optional(),
  startFrom: startFromSchema.optional(),
  /** null removes them. */
  conditions: conditionsSchema.nullable().optional(),
});
export type UpdateConnectionDto = z.infer<typeof updateConnectionSchema>;

export const upsertStepSchema = z.object({
  connectorKey: z.string().min(1),
  actionKey: z.string().min(1),
  accountId: z.string().nullable().optional(),
  settings: settingsSchema.optional(),
  mapping: mappingSchema.optional(),
  /** null removes them. */
  conditions: conditionsSchema.nullable().optional(),
  /** null: at once. */
  delay: delaySchema.nullable().optional(),
  /** null: later items never cancel its waiting sends. */
  cancelWhen: cancelWhenSchema.nullable().optional(),
  position: positionSchema.optional(),
});
export type UpsertStepDto = z.infer<typeof upsertStepSchema>;

export const updateStepSchema = upsertStepSchema.partial();
export type UpdateStepDto = z.infer<typeof updateStepSchema>;

/** One variable the mapping can use, e.g. { path: 'customer.name', preview: 'Ana' }. */
export const variableSchema = z.object({ path: z.string(), preview: z.string() });
export type VariableDto = z.infer<typeof variableSchema>;

export const sampleSchema = z.object({
  /** The latest item's payload; null when nothing arrived yet. */
  data: z.record(z.string(), z.unknown()).nullable(),
  /** Every leaf of `data` as a mapping variable, in document order. */
  variables: z.array(variableSchema),
  receivedAt: z.string().nullable(),
  /**
   * item: the latest item received; held: the newest call held while the connection was off
   * (not processed yet); fresh: just read from the source (not stored, nothing
   * sent); example: made up by the connector because nothing arrived yet.
   */
  origin: z.enum(['item', 'held', 'fresh', 'example']).optional(),
});
export type SampleDto = z.infer<typeof sampleSchema>;

/**
 * What a rendered value fails before anything is sent, with the English sentence the engine
 * writes: `{label}` and the other names are filled in from the error's params.
 */
export const VALUE_ERROR_SENTENCES = {
  'field.required': '{label} is required',
  'field.email': '{label} must be an e-mail address: "{value}" is not one',
  'field.number': '{label} must be a number, like 42 or 3.5',
  'field.money': '{label} must be an amount, like 12.50 or 12,50',
  'field.url': '{label} must be a web address starting with http:// or https://',
  'field.phone': '{label} must be a phone number in international format, like +14155550123',
  'field.boolean': '{label} must be yes or no',
  'field.select': '{label} must be one of: {choices}',
  /** `labels`: the fields' labels joined with " or "; `fields`: their keys, comma-separated. */
  'fields.oneOf': 'Fill in {labels}',
} as const;
export type ValueErrorCode = keyof typeof VALUE_ERROR_SENTENCES;

/** A sentence with its `{name}` parts filled in from `params`. */
export function fillSentence(
  sentence: string,
  params: Readonly<Record<string, string | number>>,
): string {
  return sentence.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** Field errors the editor words in the user's language; any other shows `message`. */
export const FIELD_ERROR_CODES = [
  'template.tooMuchText',
  'template.tooSlow',
  ...(Object.keys(VALUE_ERROR_SENTENCES) as ValueErrorCode[]),
] as const;
export type FieldErrorCode = 'template.tooMuchText' | 'template.tooSlow' | ValueErrorCode;

/**
 * The English `message` of each coded field error. Deliveries store it as text, so the editor
 * recognises these exact words in run history; the engine writes them from here.
 */
export const FIELD_ERROR_SENTENCES: Record<FieldErrorCode, string> = {
  'template.tooMuchText': 'The template produces too much text',
  'template.tooSlow': 'The template takes too long to fill in',
  ...VALUE_ERROR_SENTENCES,
};

/** Why a call was held instead of processed, as the inbound log stores it (see HooksService). */
export const HOLD_REASONS = {
  accountMissing: 'Held: choose the {system} account so Fluxo can check this call',
  switchedOff: 'Held: the connection is switched off',
} as const;

/** A delivery's stored error for an attempt that never finished (see the run sweep). */
export const ATTEMPT_NEVER_FINISHED = {
  stopped: 'Stopped: the attempt never finished',
  retrying: 'The attempt never finished; trying again',
} as const;

export const fieldErrorSchema = z.object({
  field: z.string(),
  /** English, for logs and API clients. */
  message: z.string(),
  code: z.enum(FIELD_ERROR_CODES as unknown as [FieldErrorCode, ...FieldErrorCode[]]).optional(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/**
 * Body of preview and "send test": the sample the editor shows (e.g. one just read from the
 * source). Without it the latest stored item, else the connector's example, is used.
 */
export const testSampleSchema = z
  .object({ sample: z.record(z.string(), z.unknown()).optional() })
  .nullish()
  .transform((body) => body ?? {});
export type TestSampleDto = z.infer<typeof testSampleSchema>;

export const previewSchema = z.object({
  payload: z.record(z.string(), z.unknown()),
  errors: z.array(fieldErrorSchema),
  /** Set when the conditions would skip this item: a delivery of it would not be sent. */
  skipped: skipReportSchema.shape.skipped.nullable().optional(),
});
export type PreviewDto = z.infer<typeof previewSchema>;

export const testSendResultSchema = z.object({
  ok: z.boolean(),
  payload: z.record(z.string(), z.unknown()),
  response: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  /** Set when the mapping could not be filled in, so nothing was sent: one per field. */
  errors: z.array(fieldErrorSchema).optional(),
  /**
   * Set when the conditions would skip this item: a test is sent anyway (the user asked for
   * it), and the editor says that a live item like it would not be.
   */
  skipped: skipReportSchema.shape.skipped.nullable().optional(),
});
export type TestSendResultDto = z.infer<typeof testSendResultSchema>;

export const triggerPreviewRequestSchema = z.object({ trigger: triggerSchema });
export type TriggerPreviewRequestDto = z.infer<typeof triggerPreviewRequestSchema>;

/** The next run a trigger would get if saved now, or why it cannot be saved. */
export const triggerPreviewSchema = z.object({
  nextRunAt: z.string().nullable(),
  errors: z.array(fieldErrorSchema),
});
export type TriggerPreviewDto = z.infer<typeof triggerPreviewSchema>;

/** What became of the held calls the user chose to process. */
export const heldCallsOutcomeSchema = z.object({
  accepted: z.number(),
  rejected: z.number(),
});
export type HeldCallsOutcomeDto = z.infer<typeof heldCallsOutcomeSchema>;

/** The key the newest held call brings (PayT's integration key), masked, for the user to trust. */
export const heldCallKeySchema = z.object({
  eventId: z.string(),
  /** Its first and last two characters: "ab…cd". */
  maskedKey: z.string(),
});
export type HeldCallKeyDto = z.infer<typeof heldCallKeySchema>;

/** Body of "trust the key from this call". */
export const trustHeldKeySchema = z.object({ eventId: z.string().uuid() });
export type TrustHeldKeyDto = z.infer<typeof trustHeldKeySchema>;
