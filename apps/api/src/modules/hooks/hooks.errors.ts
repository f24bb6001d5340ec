import { DomainError } from '../../common/domain-error';

export class UnknownHookError extends DomainError {
  constructor() {
    super(
      404,
      'UNKNOWN_HOOK',
      'No connection listens on this URL; copy the URL again from the editor',
    );
  }
}

export class ConnectionSwitchedOffError extends DomainError {
  constructor() {
    super(
      409,
      'CONNECTION_OFF',
      'This connection is switched off; switch it on in Fluxo to accept data',
    );
  }
}

export class NotAPushSourceError extends DomainError {
  constructor() {
    super(
      409,
      'NOT_A_PUSH_SOURCE',
      'This connection does not take data by URL; choose a Web form source first',
    );
  }
}

export class HookBodyError extends DomainError {}

/** A signed source whose account (and so its secret) is not chosen yet refuses every call. */
export class UnverifiedSourceError extends DomainError {
  constructor(system: string) {
    super(
      401,
      'SOURCE_UNVERIFIED',
      `This connection cannot check that calls come from ${system} yet: choose the ${system} account with its secret in Fluxo`,
    );
  }
}
