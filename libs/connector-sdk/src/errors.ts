/**
 * Thrown by a receiver when sending again cannot help (validation, a 4xx/5xx-permanent answer):
 * the delivery fails at once with this message.
 */
export class PermanentDeliveryError extends Error {
  readonly retryable = false;
  constructor(
    message: string,
    readonly response: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'PermanentDeliveryError';
  }
}

/**
 * Thrown by a receiver when a later attempt may succeed (timeouts, 5xx, connection refused,
 * SMTP 4xx): the delivery is retried with backoff.
 */
export class TransientDeliveryError extends Error {
  readonly retryable = true;
  constructor(
    message: string,
    readonly response: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'TransientDeliveryError';
  }
}

/** Unknown errors are treated as transient: losing an item is worse than one more attempt. */
export function isRetryableError(error: unknown): boolean {
  return permanentCauseOf(error) === null;
}

/**
 * The permanent error an error is or wraps (fetch libraries wrap what a socket lookup threw,
 * such as the SSRF guard's refusal, as the `cause` of their own), or null.
 */
export function permanentCauseOf(error: unknown): PermanentDeliveryError | null {
  const permanent = causeChainOf(error).find((entry) => entry instanceof PermanentDeliveryError);
  return (permanent as PermanentDeliveryError | undefined) ?? null;
}

const MAX_CAUSES = 5;

/**
 * The error and its causes, outermost first: Node, undici, nodemailer and vendor SDKs wrap the
 * socket's error in one or more `cause`s. Bounded, so a cyclic chain cannot hang a reader.
 */
export function causeChainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < MAX_CAUSES;) {
    chain.push(current);
    current = (current as { cause?: unknown }).cause;
  }
  return chain;
}

/** The host refused to connect to an address inside its own network (SSRF guard). */
export class BlockedHostError extends PermanentDeliveryError {
  constructor(readonly host: string) {
    super(
      `Fluxo does not connect to ${host}: it is a private or local address. ` +
        'An administrator can allow it with FLUXO_ALLOWED_HOSTS.',
    );
    this.name = 'BlockedHostError';
  }
}

/**
 * An inbound call the source refuses (bad or missing signature, wrong key, stale timestamp).
 * The host keeps the call in the inbound log with this message and answers `statusCode`.
 */
export class InboundRejectedError extends Error {
  constructor(
    readonly statusCode: 400 | 401 | 403 | 415 | 422,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'InboundRejectedError';
  }
}

/** A 401 for a call whose signature or key does not match the account's secret. */
export class SignatureRejectedError extends InboundRejectedError {
  constructor(message: string) {
    super(401, 'SIGNATURE_REJECTED', message);
    this.name = 'SignatureRejectedError';
  }
}
