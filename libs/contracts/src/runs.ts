import { z } from 'zod';
import { runCauseSchema, runStatusSchema } from './connections';

export const deliveryStatusSchema = z.enum([
  'pending',
  'sending',
  'delivered',
  'retrying',
  'failed',
  /** A condition turned the item away: recorded with the reason, never sent. */
  'skipped',
  /** Waiting for the receiver's delay: sent at `nextAttemptAt`. */
  'scheduled',
  /** A waiting send someone cancelled: never sent. */
  'cancelled',
]);
export type DeliveryStatus = z.infer<typeof deliveryStatusSchema>;

export const vendorStatusSchema = z.object({
  status: z.enum(['sent', 'delivered', 'failed']),
  /** The vendor's own word, e.g. "undelivered". */
  vendorStatus: z.string(),
  errorCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  at: z.string(),
});
export type VendorStatusDto = z.infer<typeof vendorStatusSchema>;

export const deliverySchema = z.object({
  id: z.string(),
  stepId: z.string(),
  itemId: z.string(),
  status: deliveryStatusSchema,
  attempts: z.number(),
  payload: z.record(z.string(), z.unknown()),
  response: z.record(z.string(), z.unknown()).nullable(),
  error: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  /** What the vendor reported later about the message (Twilio's status callbacks). */
  vendorStatus: vendorStatusSchema.nullable().optional(),
  /** The send time a delay asked for, when it had already passed and the item went at once. */
  askedFor: z.string().nullable().optional(),
  /** When a waiting send was cancelled, by hand or by a later item. */
  cancelledAt: z.string().nullable().optional(),
  /** The later item that cancelled it (happy-path cancellation); null when cancelled by hand. */
  cancelledBy: z
    .object({
      itemId: z.string(),
      connectionId: z.string(),
      /** Null when that connection was deleted since. */
      connectionName: z.string().nullable(),
    })
    .nullable()
    .optional(),
  updatedAt: z.string(),
});
export type DeliveryDto = z.infer<typeof deliverySchema>;

export const runSchema = z.object({
  id: z.string(),
  connectionId: z.string(),
  cause: runCauseSchema,
  status: runStatusSchema,
  itemsCount: z.number(),
  deliveriesOk: z.number(),
  deliveriesFailed: z.number(),
  /** Deliveries the conditions turned away (recorded, never sent). */
  deliveriesSkipped: z.number(),
  error: z.string().nullable(),
  /** What the read of the source could not read while the rest was read (a partial poll). */
  warnings: z.array(z.string()),
  /** The run whose end started this one (chained runs). */
  causedByRunId: z.string().nullable(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type RunDto = z.infer<typeof runSchema>;

export const runItemSchema = z.object({
  id: z.string(),
  dedupeKey: z.string(),
  payload: z.record(z.string(), z.unknown()),
  receivedAt: z.string(),
  deliveries: z.array(deliverySchema),
});
export type RunItemDto = z.infer<typeof runItemSchema>;

export const runDetailSchema = runSchema.extend({ items: z.array(runItemSchema) });
export type RunDetailDto = z.infer<typeof runDetailSchema>;

export const startRunResultSchema = z.object({ runId: z.string() });
export type StartRunResultDto = z.infer<typeof startRunResultSchema>;

export const retryRunResultSchema = z.object({
  retried: z.number(),
  deliveries: z.array(deliverySchema),
});
export type RetryRunResultDto = z.infer<typeof retryRunResultSchema>;

/** A run in the workspace-wide history: the run plus the name of its connection. */
export const workspaceRunSchema = runSchema.extend({ connectionName: z.string() });
export type WorkspaceRunDto = z.infer<typeof workspaceRunSchema>;

/** A send waiting in the queue: what, when, by which receiver of which connection. */
export const queuedSendSchema = z.object({
  deliveryId: z.string(),
  runId: z.string(),
  connectionId: z.string(),
  connectionName: z.string(),
  stepId: z.string(),
  connectorKey: z.string(),
  sendAt: z.string(),
  /** To whom it goes (the receiver's address, number or URL, filled from the item); null if unknown. */
  to: z.string().nullable(),
  /** The item's first variables, "email: ana@example.com · amount: 49,90". */
  item: z.string(),
  /** Its connection is off: it waits, and goes when the connection is switched on (or sent now). */
  paused: z.boolean(),
});
export type QueuedSendDto = z.infer<typeof queuedSendSchema>;

export const sendQueueSchema = z.object({
  /** Every waiting send of the workspace (or connection), also beyond the listed ones. */
  waiting: z.number(),
  /** Counts per state, of the workspace (or connection), whatever the search. */
  counts: z.object({
    /** Waiting, their time not come yet. */
    later: z.number(),
    /** Their time has come: going out now. */
    due: z.number(),
    /** Waiting while their connection is off. */
    paused: z.number(),
    /** In the last 24 hours: cancelled (in the queue or by a later item). */
    cancelledToday: z.number(),
  }),
  sends: z.array(queuedSendSchema),
});
export type SendQueueDto = z.infer<typeof sendQueueSchema>;
