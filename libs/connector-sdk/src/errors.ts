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
  if (error instanceof PermanentDeliveryError) return false;
  return true;
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
