import { createHmac } from 'node:crypto';
import { safeEqual } from '@fluxo/connector-sdk';

/**
 * A consent's `state` alone would let whoever holds the consent link finish it: opened in
 * someone else's browser, their vendor account would land in the starter's workspace. So the
 * browser that starts a consent gets a cookie the callback must bring back. Its value is a MAC
 * of the state, so nothing more is stored; the state row keeps it single-use and short-lived.
 */
export const BINDING_COOKIE_PATH = '/api/oauth/callback';

/** One cookie per consent, so two started side by side in one browser both finish. */
export function bindingCookieName(state: string): string {
  return `fluxo_oauth_${state.slice(0, 16)}`;
}

export function bindingFor(state: string, key: Buffer): string {
  return createHmac('sha256', key).update(`oauth-browser:${state}`).digest('base64url');
}

/** Whether the browser calling back is the one that started the consent named by `state`. */
export function isStartedInThisBrowser(
  state: string,
  cookies: Record<string, string | undefined>,
  key: Buffer,
): boolean {
  const given = cookies[bindingCookieName(state)];
  if (!state || !given) return false;
  return safeEqual(given, bindingFor(state, key));
}
