import { STATUS_CODES } from 'node:http';
import {
  BlockedHostError,
  causeChainOf,
  type DeliveryResult,
  networkFailureOf,
  phrase,
  PermanentDeliveryError,
  TooManyRedirectsError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import type { Response } from 'undici';

/** Enough to read an id or an error message; a large download is not kept in run history. */
export const MAX_RECORDED_BODY_BYTES = 10 * 1024;
const EXCERPT_CHARS = 200;
const RECORDED_HEADERS = ['content-type', 'location'];
// Redacting a two-letter password would blank out half of an ordinary answer.
const MIN_REDACTED_LENGTH = 4;

/** What the delivery keeps of the answer: what a user can read, never the credentials sent. */
export interface RecordedResponse {
  status: number;
  headers: Record<string, string>;
  /** Parsed JSON when the server said JSON, otherwise text; null when empty. */
  body: unknown;
  /** Set when the body was longer than 10 kB and only its start is kept. */
  bodyTruncated?: true;
}

/** Removes each secret, as sent and as a JSON or URL encoder would have echoed it. */
export function redactSecrets(value: string, secrets: string[]): string {
  const forms = secrets
    .filter((secret) => secret.length >= MIN_REDACTED_LENGTH)
    .flatMap((secret) => [secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)])
    // Longest first, so "Basic abc" is removed whole before "abc" alone.
    .sort((a, b) => b.length - a.length);
  return forms.reduce((result, secret) => result.split(secret).join('***'), value);
}

async function readCapped(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (size + value.byteLength > MAX_RECORDED_BODY_BYTES) {
      chunks.push(value.subarray(0, MAX_RECORDED_BODY_BYTES - size));
      truncated = true;
      // Stop downloading: the rest would only be thrown away.
      await reader.cancel();
      break;
    }
    chunks.push(value);
    size += value.byteLength;
  }
  // `stream: true` holds back a character cut in half at the 10 kB mark instead of mangling it.
  const text = new TextDecoder().decode(Buffer.concat(chunks), { stream: truncated });
  return { text, truncated };
}

export async function recordResponse(
  response: Response,
  secrets: string[],
): Promise<RecordedResponse> {
  const headers: Record<string, string> = {};
  for (const name of RECORDED_HEADERS) {
    const value = response.headers.get(name);
    if (value !== null) headers[name] = redactSecrets(value, secrets);
  }
  const { text, truncated } = await readCapped(response);
  const safe = redactSecrets(text, secrets);
  let body: unknown = safe === '' ? null : safe;
  if (!truncated && safe !== '' && /\bjson\b/i.test(headers['content-type'] ?? '')) {
    try {
      body = JSON.parse(safe);
    } catch {
      // A server that says JSON but sends something else: keep the text as it came.
    }
  }
  return { status: response.status, headers, body, ...(truncated ? { bodyTruncated: true } : {}) };
}

/** Seconds to wait from a Retry-After header (seconds or an HTTP date); null when absent. */
export function retryAfterSeconds(value: string | null, now = Date.now()): number | null {
  if (!value) return null;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now) / 1000));
}

const statusLine = (status: number) => `${status} ${STATUS_CODES[status] ?? ''}`.trim();

/** The start of the answer's body, flattened to one line; '' when it had none. */
function excerpt(recorded: RecordedResponse): string {
  const { body } = recorded;
  if (body === null || body === undefined) return '';
  const flat = (typeof body === 'string' ? body : JSON.stringify(body)).replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

const TRANSIENT_STATUSES = new Set([408, 425, 429]);

const ANSWERS = {
  tryLater: '{host} answered {status}; Fluxo will try again later.',
  tryLaterAfterWait:
    '{host} answered {status} and asked to wait {seconds} seconds before trying again; Fluxo will try again later.',
  redirect: '{host} answered {status}, a redirect Fluxo cannot follow: check the URL.',
  refused: '{host} refused the request with {status}.',
  refusedCheckAuth: '{host} refused the request with {status}. Check the authentication fields.',
} as const;

/** Added when the server's answer had a body, so the user sees what it said. */
const WITH_EXCERPT = ' It answered: {excerpt}';

const CALL_FAILURES = {
  tooManyRedirects: '{host} redirected too many times: check the URL',
  stoppedWaiting: 'Fluxo stopped waiting for {host} before it answered',
  noAnswer: '{host} did not answer within {seconds} seconds',
  badPort: 'Fluxo does not send web requests to port {port}',
  unknownServer: 'Could not find the server "{host}": check the URL',
  notSecure: 'Could not reach {host} securely: {reason}',
  unreachable: 'Could not reach {host}: {reason}',
} as const;

/** Every sentence a failed call is described with, as phrases the editor words. */
export const HTTP_RESPONSE_PHRASES = [
  ...Object.values(ANSWERS).flatMap((answer) => [answer, answer + WITH_EXCERPT]),
  ...Object.values(CALL_FAILURES),
];

function answered(
  template: string,
  recorded: RecordedResponse,
  params: Record<string, string | number>,
): string {
  const said = excerpt(recorded);
  return said
    ? phrase(template + WITH_EXCERPT, { ...params, excerpt: said })
    : phrase(template, params);
}

/**
 * 2xx is success. 408, 425, 429 and 5xx are the server's passing trouble: try again later
 * (after Retry-After when it gave one). Any other 4xx is about the request itself and a
 * redirect still standing after those Fluxo follows cannot be completed: retrying won't help.
 */
export function classifyResponse(
  recorded: RecordedResponse,
  host: string,
  waitSeconds: number | null,
): DeliveryResult {
  const { status } = recorded;
  if (status >= 200 && status < 300) return { response: { ...recorded } };
  const response = {
    ...recorded,
    ...(waitSeconds !== null ? { retryAfterSeconds: waitSeconds } : {}),
  };
  const params = { host, status: statusLine(status) };
  if (status >= 500 || TRANSIENT_STATUSES.has(status)) {
    const message =
      waitSeconds !== null
        ? answered(ANSWERS.tryLaterAfterWait, recorded, { ...params, seconds: waitSeconds })
        : answered(ANSWERS.tryLater, recorded, params);
    throw new TransientDeliveryError(message, response);
  }
  if (status >= 300 && status < 400) {
    throw new PermanentDeliveryError(phrase(ANSWERS.redirect, params), response);
  }
  const refusal = status === 401 || status === 403 ? ANSWERS.refusedCheckAuth : ANSWERS.refused;
  throw new PermanentDeliveryError(answered(refusal, recorded, params), response);
}

export interface CallDescription {
  url: URL;
  timeoutMs: number;
  /** The host's own signal: when it fired, Fluxo gave up, not the per-step timeout. */
  hostSignal?: AbortSignal;
}

/** Sorts a failure to get an answer at all; the guard's refusal is passed on untouched. */
export function classifyCallError(
  error: unknown,
  call: CallDescription,
): PermanentDeliveryError | TransientDeliveryError {
  const chain = causeChainOf(error);
  const blocked = chain.find((entry) => entry instanceof BlockedHostError);
  if (blocked) return blocked as BlockedHostError;
  const known = chain.find(
    (entry) => entry instanceof PermanentDeliveryError || entry instanceof TransientDeliveryError,
  );
  if (known) return known as PermanentDeliveryError;

  const { host, hostname, port } = call.url;
  if (chain.some((entry) => entry instanceof TooManyRedirectsError)) {
    return new PermanentDeliveryError(phrase(CALL_FAILURES.tooManyRedirects, { host }));
  }
  const failure = networkFailureOf(error);
  if (failure?.kind === 'timeout' && failure.code === null) {
    return call.hostSignal?.aborted
      ? new TransientDeliveryError(phrase(CALL_FAILURES.stoppedWaiting, { host }))
      : new TransientDeliveryError(
          phrase(CALL_FAILURES.noAnswer, { host, seconds: call.timeoutMs / 1000 }),
        );
  }
  const messages = chain.map((entry) => String((entry as { message?: unknown }).message ?? ''));
  if (messages.includes('bad port')) {
    // fetch refuses ports of other protocols (SMTP 25 and the like), as browsers do.
    return new PermanentDeliveryError(phrase(CALL_FAILURES.badPort, { port }));
  }
  if (failure?.kind === 'dns') {
    return new TransientDeliveryError(phrase(CALL_FAILURES.unknownServer, { host: hostname }));
  }
  if (failure?.kind === 'tls') {
    const reason = failure.reason;
    return new TransientDeliveryError(phrase(CALL_FAILURES.notSecure, { host, reason }));
  }
  const reason = failure?.reason ?? (messages.at(-1) || 'unknown error');
  return new TransientDeliveryError(phrase(CALL_FAILURES.unreachable, { host, reason }));
}
