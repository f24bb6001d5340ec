import { z } from 'zod';
import { isKnownTimeZone } from './time-zones';

/**
 * When a receiver sends an item: at once (no delay), a while after the item arrived, or at a
 * date and time read from the item (e.g. "2 days before {{ due_date }}, at 09:00" in the
 * connection's time zone).
 */
export const DELAY_UNITS = ['minutes', 'hours', 'days'] as const;
export const delayUnitSchema = z.enum(DELAY_UNITS);
export type DelayUnit = z.infer<typeof delayUnitSchema>;

/** The longest wait a delay may ask for, before or after. */
export const MAX_DELAY_DAYS = 365;
const MINUTES_PER: Record<DelayUnit, number> = { minutes: 1, hours: 60, days: 24 * 60 };

export const delayAmountSchema = z.object({
  amount: z.number().int(),
  unit: delayUnitSchema,
});
export type DelayAmount = z.infer<typeof delayAmountSchema>;

/**
 * Where "days", dates without a zone and times of day are read (the editor saves the user's
 * own); without one, UTC. Refused on save when unknown: a wait in minutes or hours never reads
 * its zone and is planned without it, so nothing later would say the zone is wrong.
 */
const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isKnownTimeZone, 'Unknown time zone')
  .optional();

export const delaySchema = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('after'), wait: delayAmountSchema, timeZone: timeZoneSchema }),
    z.object({
      type: z.literal('at'),
      /** A variable holding a date, e.g. `due_date`. */
      variable: z.string().trim().min(1, 'Choose the variable that holds the date').max(300),
      /** Negative: before the date. */
      offset: delayAmountSchema.optional(),
      /** "09:00": at that time of day in the connection's time zone. */
      timeOfDay: z
        .string()
        .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Write the time as HH:MM, e.g. 09:00')
        .optional(),
      timeZone: timeZoneSchema,
    }),
  ])
  .superRefine((delay, ctx) => {
    const amount = delay.type === 'after' ? delay.wait : delay.offset;
    if (!amount) return;
    if (delay.type === 'after' && amount.amount < 1) {
      ctx.addIssue({ code: 'custom', message: 'Wait at least 1 minute', path: ['wait', 'amount'] });
    }
    if (Math.abs(minutesOf(amount)) > MAX_DELAY_DAYS * MINUTES_PER.days) {
      ctx.addIssue({
        code: 'custom',
        message: `A delay can be at most ${MAX_DELAY_DAYS} days`,
        path: [delay.type === 'after' ? 'wait' : 'offset', 'amount'],
      });
    }
  });
export type Delay = z.infer<typeof delaySchema>;

export function minutesOf({ amount, unit }: DelayAmount): number {
  return amount * MINUTES_PER[unit];
}
