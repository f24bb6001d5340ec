/** The words Fluxo shows for a bill's state; frozen, users filter and map on them. */
export type BillStatusWord =
  'created' | 'paid' | 'preauthorised' | 'rejected' | 'refunded' | 'unknown';

/**
 * Portmone's status values (CREATED, PAYED, REJECTED, PREAUTH, RETURN in the official plugin)
 * and the spellings integrators' code also uses, mapped onto our words.
 */
const STATUS_WORDS: Record<string, BillStatusWord> = {
  CREATED: 'created',
  NEW: 'created',
  PAYED: 'paid',
  PAID: 'paid',
  SUCCESS: 'paid',
  PREAUTH: 'preauthorised',
  REJECTED: 'rejected',
  REJECT: 'rejected',
  DECLINED: 'rejected',
  RETURN: 'refunded',
  RETURNED: 'refunded',
  REFUND: 'refunded',
  REFUNDED: 'refunded',
};

export function billStatusWord(status: string): BillStatusWord {
  return STATUS_WORDS[status.trim().toUpperCase()] ?? 'unknown';
}
