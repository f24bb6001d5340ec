import { z } from 'zod';
import { canonicalTimeZone, isKnownTimeZone } from './time-zones';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Query of the deliveries report: a date range (days on the wall clock of `timezone`, UTC when
 * not given, both included), one connection or all.
 */
export const deliveryReportQuerySchema = z
  .object({
    from: z.string().regex(DAY, 'Write the first day as YYYY-MM-DD'),
    to: z.string().regex(DAY, 'Write the last day as YYYY-MM-DD'),
    connectionId: z.string().uuid().optional(),
    /** The zone whose days the report counts in: the reader's, so "today" is their today. */
    timezone: z
      .string()
      .max(64)
      .refine(isKnownTimeZone, 'Unknown time zone')
      .transform(canonicalTimeZone)
      .default('UTC'),
  })
  .refine((query) => query.from <= query.to, {
    message: 'The first day must not be after the last one',
    path: ['from'],
  })
  .refine((query) => Date.parse(query.to) - Date.parse(query.from) <= 366 * 86_400_000, {
    message: 'A report covers at most 366 days',
    path: ['to'],
  });
export type DeliveryReportQuery = z.infer<typeof deliveryReportQuerySchema>;

/** What became of the sends: delivered, failed, skipped by a condition, cancelled, still waiting. */
export const deliveryCountsSchema = z.object({
  sent: z.number(),
  failed: z.number(),
  skipped: z.number(),
  cancelled: z.number(),
  waiting: z.number(),
});
export type DeliveryCounts = z.infer<typeof deliveryCountsSchema>;

export const deliveryReportSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** Every day of the range, in order, zeros included. */
  days: z.array(deliveryCountsSchema.extend({ day: z.string() })),
  /** By the item's event (PayT's "approved", PagHiper's "overdue" …); '' for items without one. */
  events: z.array(deliveryCountsSchema.extend({ event: z.string() })),
  totals: deliveryCountsSchema,
});
export type DeliveryReportDto = z.infer<typeof deliveryReportSchema>;
