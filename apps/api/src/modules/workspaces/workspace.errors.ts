import type { InvitationState } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';

export class LastOwnerError extends DomainError {
  constructor() {
    super(
      409,
      'LAST_OWNER',
      'A workspace needs an owner: make someone else an owner first, then leave or change this role',
    );
  }
}

export class AlreadyMemberError extends DomainError {
  constructor(email: string) {
    super(409, 'ALREADY_MEMBER', `${email} is already a member of this workspace`);
  }
}

const INVITATION_PROBLEMS: Record<Exclude<InvitationState, 'pending'>, [string, string]> = {
  accepted: [
    'INVITATION_USED',
    'This invitation was already accepted: ask the owner for a new one',
  ],
  expired: [
    'INVITATION_EXPIRED',
    'This invitation has expired (they last 7 days): ask the owner for a new one',
  ],
  revoked: [
    'INVITATION_REVOKED',
    'This invitation was withdrawn by the workspace’s owner: ask them for a new one',
  ],
};

/** An invitation that cannot be accepted any more, saying why. */
export class InvitationUnusableError extends DomainError {
  constructor(state: Exclude<InvitationState, 'pending'>) {
    const [code, message] = INVITATION_PROBLEMS[state];
    super(410, code, message);
  }
}

export class InvitationNeedsLogInError extends DomainError {
  constructor(email: string) {
    super(
      409,
      'INVITATION_NEEDS_LOG_IN',
      `${email} already has a Fluxo account: log in with it, then open the invitation again`,
    );
  }
}

export class WorkspaceNameMismatchError extends DomainError {
  constructor() {
    super(400, 'VALIDATION_FAILED', 'Type the workspace’s name exactly to delete it', [
      { field: 'name', message: 'Type the workspace’s name exactly to delete it' },
    ]);
  }
}
