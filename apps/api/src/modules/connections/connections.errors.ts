import { DomainError } from '../../common/domain-error';

export class StepNotReadyError extends DomainError {
  constructor(message: string) {
    super(409, 'STEP_NOT_READY', message);
  }
}

export class NoSampleYetError extends DomainError {
  constructor() {
    super(
      409,
      'NO_SAMPLE_YET',
      'There is no test data yet: send a submission to the connection’s URL first, then try again',
    );
  }
}

/** Switching on is refused while set-up is unfinished: "On" must mean it will deliver. */
export class SetupIncompleteError extends DomainError {
  constructor(problems: readonly string[]) {
    super(409, 'SETUP_INCOMPLETE', `Finish setting up before switching on: ${problems.join('; ')}`);
  }
}

/** "Run once" on a connection that has no source yet: there is nothing to run. */
export class NoSourceYetError extends DomainError {
  constructor() {
    super(409, 'NO_SOURCE', 'Choose where the data comes from first');
  }
}

export class ConditionsOnSourceError extends DomainError {
  constructor() {
    super(
      400,
      'CONDITIONS_ON_SOURCE',
      'Conditions and delays belong to a receiver (conditions also to the whole connection), not to the source',
    );
  }
}

export class UnknownCancellingConnectionError extends DomainError {
  constructor() {
    super(
      400,
      'UNKNOWN_CANCELLING_CONNECTION',
      'A connection chosen to cancel waiting sends is not in this workspace (was it deleted?)',
    );
  }
}
