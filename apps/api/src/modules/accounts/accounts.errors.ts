import { DomainError } from '../../common/domain-error';

export class AccountInUseError extends DomainError {
  constructor(connectionNames: string[]) {
    super(
      409,
      'ACCOUNT_IN_USE',
      `This account is used by ${connectionNames.map((n) => `"${n}"`).join(', ')}; change those connections first`,
    );
  }
}

export class AccountNotNeededError extends DomainError {
  constructor(connectorName: string) {
    super(400, 'ACCOUNT_NOT_NEEDED', `${connectorName} needs no account`);
  }
}

/** The credentials did not pass their check, so nothing was saved (the user may save anyway). */
export class AccountCheckFailedError extends DomainError {
  constructor(reason: string) {
    super(422, 'ACCOUNT_CHECK_FAILED', `The account check failed, so nothing was saved: ${reason}`);
  }
}
