import type { Role } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super(401, 'INVALID_CREDENTIALS', 'The e-mail or password is not right');
  }
}

export class EmailTakenError extends DomainError {
  constructor() {
    super(409, 'EMAIL_TAKEN', 'An account with this e-mail already exists; log in instead');
  }
}

export class UnauthenticatedError extends DomainError {
  constructor() {
    super(401, 'UNAUTHENTICATED', 'Log in to continue');
  }
}

export class TooManyAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'TOO_MANY_ATTEMPTS', `Too many attempts; try again in ${retryAfterSeconds} seconds`);
    this.headers = { 'retry-after': String(retryAfterSeconds) };
  }
}

export class WeakPasswordError extends DomainError {
  constructor(problem: string) {
    super(400, 'VALIDATION_FAILED', problem, [{ field: 'password', message: problem }]);
  }
}

/** Why a reset link no longer works: the page says which and offers a new one. */
export type ResetLinkState = 'valid' | 'expired' | 'used' | 'unknown';

const RESET_LINK_PROBLEMS: Record<Exclude<ResetLinkState, 'valid'>, [string, string]> = {
  expired: [
    'RESET_LINK_EXPIRED',
    'This link has expired (links last an hour): ask for a new one on the log-in page',
  ],
  used: [
    'RESET_LINK_USED',
    'This link was already used, or a newer one was: ask for a new one on the log-in page',
  ],
  unknown: [
    'RESET_LINK_INVALID',
    'This link is not known here: ask for a new one on the log-in page',
  ],
};

export class InvalidResetLinkError extends DomainError {
  constructor(state: Exclude<ResetLinkState, 'valid'>) {
    const [code, message] = RESET_LINK_PROBLEMS[state];
    super(400, code, message);
  }
}

export class WrongCurrentPasswordError extends DomainError {
  constructor() {
    super(400, 'VALIDATION_FAILED', 'The current password is not right', [
      { field: 'currentPassword', message: 'The current password is not right' },
    ]);
  }
}

/** The caller's role in this workspace does not allow the call. */
export class RoleRefusedError extends DomainError {
  constructor(role: Role, minimum: Role) {
    super(
      403,
      'ROLE_REFUSED',
      minimum === 'owner'
        ? `Only an owner of this workspace can do this; you are its ${role}`
        : `A viewer can read this workspace but not change it; ask an owner to make you an editor`,
    );
  }
}
