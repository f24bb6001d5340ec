import { timingSafeEqual } from 'node:crypto';

/** Compares a credential the client sent with the stored one without leaking timing. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
