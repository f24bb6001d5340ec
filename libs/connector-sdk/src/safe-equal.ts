import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string | Buffer): Buffer => createHash('sha256').update(value).digest();

/**
 * Constant-time equality of two secrets, signatures or tokens. Both sides are hashed first, so
 * the comparison always runs over equal lengths and says nothing about either value's length.
 */
export function safeEqual(a: string | Buffer, b: string | Buffer): boolean {
  return timingSafeEqual(digest(a), digest(b));
}
