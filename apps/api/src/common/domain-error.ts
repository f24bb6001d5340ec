import type { FieldError } from '@fluxo/contracts';

/**
 * An error a user can act on. The HTTP status lives here so every module states its own
 * failures once and one filter answers them in the same JSON shape.
 */
export class DomainError extends Error {
  /** Sent with the error answer, e.g. Retry-After. */
  headers: Record<string, string> = {};

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: string) {
    super(404, 'NOT_FOUND', `${what} was not found`);
  }
}

export class ValidationFailedError extends DomainError {
  constructor(message: string, details: FieldError[] = []) {
    super(400, 'VALIDATION_FAILED', message, details);
  }
}
