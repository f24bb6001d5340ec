import { z } from 'zod';

/** Most connections whose items may cancel one receiver's waiting sends. */
export const MAX_CANCELLING_CONNECTIONS = 20;
/** Longest key a waiting send keeps: keys are compared, not read, so a bound costs nothing. */
export const MAX_CANCEL_KEY_LENGTH = 500;

/**
 * Happy-path cancellation: while a receiver's send waits for its delay, a later item with the
 * same key from one of `connectionIds` cancels it (a PagHiper "paid" cancels the reminder of
 * the same boleto; an approved PayT sale cancels the abandoned-cart e-mail to that customer).
 */
export const cancelWhenSchema = z.object({
  /**
   * A template read from the waiting item when it starts to wait and from each later item,
   * e.g. `{{ customer.email }}`; equal keys (ignoring case and surrounding spaces) cancel.
   */
  key: z
    .string()
    .trim()
    .min(1, 'Write the key, e.g. {{ customer.email }}')
    .max(MAX_CANCEL_KEY_LENGTH)
    .refine(
      (key) => key.includes('{{'),
      // Text without a variable is the same for every item: it would cancel every waiting send.
      'The key must use a variable, e.g. {{ customer.email }}',
    ),
  /** The connections whose items cancel; the receiver's own connection only when listed. */
  connectionIds: z
    .array(z.string().uuid())
    .min(1, 'Choose at least one connection whose items cancel')
    .max(MAX_CANCELLING_CONNECTIONS),
  /** Only a later item whose variable holds one of the values cancels, e.g. status "paid". */
  onlyIf: z
    .object({
      variable: z.string().trim().min(1, 'Choose the variable that holds the status').max(300),
      values: z.array(z.string().trim().min(1).max(200)).min(1, 'List at least one value').max(50),
    })
    .optional(),
});
export type CancelWhen = z.infer<typeof cancelWhenSchema>;

/**
 * The form a rendered key is compared in: e-mail addresses and codes are typed in any case,
 * and a key that renders empty (the item lacks the variable) matches nothing.
 */
export function normalizedCancelKey(rendered: string): string | null {
  const key = rendered.trim().replace(/\s+/g, ' ').toLowerCase().slice(0, MAX_CANCEL_KEY_LENGTH);
  return key === '' ? null : key;
}
