import { isIP, type LookupFunction } from 'node:net';
import type * as Undici from 'undici';
import type { Agent, Headers, RequestInit, Response } from 'undici';
import type { OutboundNetwork } from './connector';
import { permanentCauseOf } from './errors';

/**
 * A socket lookup that asks the host's guard, so the address checked is the address the
 * socket connects to (a second DNS answer cannot swap in an internal address).
 */
export function guardedLookup(network: OutboundNetwork): LookupFunction {
  return (hostname, options, callback) => {
    network.resolveAllowedAddress(hostname).then(
      (address) => {
        const family = isIP(address) || 4;
        if (options.all) {
          (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(
            null,
            [{ address, family }],
          );
        } else callback(null, address, family);
      },
      (error: NodeJS.ErrnoException) => callback(error, '', 0),
    );
  };
}

let undiciModule: typeof Undici | undefined;

/**
 * undici is loaded on the first outbound call, not at start: loaded at start it held about
 * 5 MB of an idle server (152 → 148 MB resident, measured after sign-up on PostgreSQL), and a
 * process that only sends e-mail never needs it.
 */
function undici(): typeof Undici {
  undiciModule ??= require('undici') as typeof Undici;
  return undiciModule;
}

const agents = new WeakMap<OutboundNetwork, Agent>();

/**
 * Calls one process makes to one vendor host at a time; the rest wait for a free connection.
 * A process runs up to FLUXO_RUN_CONCURRENCY deliveries at once, and a vendor answers a burst
 * past its concurrency limit with 429s (Twilio's is 100 per account), so a burst of runs must
 * not become a burst of calls.
 */
export const CONNECTIONS_PER_HOST = 16;

/** One keep-alive agent per guard, so connectors reuse connections across calls. */
export function guardedDispatcher(network: OutboundNetwork): Agent {
  let agent = agents.get(network);
  if (!agent) {
    agent = new (undici().Agent)({
      connect: { lookup: guardedLookup(network) },
      keepAliveTimeout: 10_000,
      connections: CONNECTIONS_PER_HOST,
    });
    agents.set(network, agent);
  }
  return agent;
}

export interface GuardedRequestInit extends Omit<RequestInit, 'dispatcher' | 'redirect'> {
  /** Gives up after this long (default 30 s); combined with `signal` when both are given. */
  timeoutMs?: number;
  /** Redirects followed, each checked again (default 5; 0 returns the 3xx itself). */
  maxRedirects?: number;
}

/**
 * The only headers that follow a redirect to another origin. Vendors put credentials in headers
 * of every name (X-Api-Key, X-Auth-Token, custom signatures), so the list says what may go, not
 * what must not.
 */
const CROSS_ORIGIN_SAFE_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'user-agent',
]);

export class TooManyRedirectsError extends Error {
  constructor(readonly url: string) {
    super(`${url} redirected too many times`);
    this.name = 'TooManyRedirectsError';
  }
}

/**
 * fetch through the SSRF guard: every connection (including each redirect's) goes through
 * the guard's lookup and IP literals are checked before connecting. A redirect to another origin
 * carries only the safe headers, and never a body: a 307/308 that would re-send one to another
 * origin is returned as it is, not followed.
 */
export async function guardedFetch(
  network: OutboundNetwork,
  url: string | URL,
  init: GuardedRequestInit = {},
): Promise<Response> {
  const { timeoutMs = 30_000, maxRedirects = 5, signal, ...rest } = init;
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal as AbortSignal, timeout]) : timeout;
  let current = new URL(url);
  const origin = current.origin;
  let headers = new (undici().Headers)(rest.headers);
  let method = rest.method ?? 'GET';
  let body = rest.body;
  for (let hop = 0; ; hop++) {
    const literal = current.hostname.replace(/^\[(.*)\]$/, '$1');
    // A socket to an IP literal never calls the lookup, so the guard is asked here.
    if (isIP(literal)) await network.resolveAllowedAddress(literal);
    const response = await undici()
      .fetch(current, {
        ...rest,
        method,
        body,
        headers,
        redirect: 'manual',
        signal: combined,
        dispatcher: guardedDispatcher(network),
      })
      .catch((error: unknown) => {
        // A refusal in the socket lookup reaches here as the cause of undici's "fetch failed";
        // surfaced as itself, every caller sees a permanent error, not a network blip to retry.
        throw permanentCauseOf(error) ?? error;
      });
    const location = response.headers.get('location');
    if (response.status < 300 || response.status >= 400 || !location || maxRedirects === 0) {
      return response;
    }
    if (hop >= maxRedirects) throw new TooManyRedirectsError(String(url));
    const next = new URL(location, current);
    // 303 (and historically 301/302 after POST) turn into a body-less GET, as browsers do.
    const becomesGet =
      response.status === 303 ||
      ((response.status === 301 || response.status === 302) && method === 'POST');
    const crossOrigin = next.origin !== origin;
    if (crossOrigin && body != null && !becomesGet) return response;
    await response.body?.cancel();
    current = next;
    if (becomesGet) {
      method = 'GET';
      body = undefined;
      headers.delete('content-type');
      headers.delete('content-length');
    }
    if (crossOrigin) headers = safeHeaders(headers);
  }
}

function safeHeaders(headers: Headers): Headers {
  const kept = new (undici().Headers)();
  headers.forEach((value, name) => {
    if (CROSS_ORIGIN_SAFE_HEADERS.has(name)) kept.set(name, value);
  });
  return kept;
}
