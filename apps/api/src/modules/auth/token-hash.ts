import { createHash } from 'node:crypto';

/**
 * How a bearer secret (a session cookie, an API key, a reset link's token) is stored: only its
 * sha256, so a database dump opens nothing. The secrets are 32 random bytes: no salt is needed.
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
