import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  CreatedInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  Role,
} from '@fluxo/contracts';
import * as argon2 from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { isUuid } from '../accounts/accounts.service';
import type { AuthContext } from '../auth/auth-context';
import { WeakPasswordError } from '../auth/auth.errors';
import { AuthService, insertUserOrThrow, type StartedSession } from '../auth/auth.service';
import { passwordProblem } from '../auth/password-policy';
import { hashToken } from '../auth/token-hash';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import {
  INVITATION_TTL_MS,
  invitationLinkOf,
  invitationMailIn,
  invitationStateOf,
  newInvitationToken,
  type InvitationRow,
} from './invitation-links';
import {
  AlreadyMemberError,
  InvitationNeedsLogInError,
  InvitationUnusableError,
} from './workspace.errors';

const SELECT_INVITATIONS = `
  SELECT i.id, i.email, i.role, i.accepted_at, i.revoked_at, i.expires_at, i.created_at,
         inviter.email AS invited_by_email, acceptor.email AS accepted_by_email
    FROM invitation i
    LEFT JOIN "user" inviter ON inviter.id = i.invited_by
    LEFT JOIN "user" acceptor ON acceptor.id = i.accepted_by`;

const toDto = (row: InvitationRow): InvitationDto => ({
  id: row.id,
  email: row.email,
  role: row.role,
  state: invitationStateOf(row),
  invitedBy: row.invited_by_email,
  acceptedBy: row.accepted_by_email,
  createdAt: row.created_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
});

/** Owners invite colleagues by a single-use link that lasts 7 days. */
@Injectable()
export class InvitationsService {
  private readonly logger = new Logger(InvitationsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly mail: ConnectorContextFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async list(workspaceId: string): Promise<InvitationDto[]> {
    const rows: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATIONS} WHERE i.workspace_id = $1 ORDER BY i.created_at DESC LIMIT 200`,
      [workspaceId],
    );
    return rows.map(toDto);
  }

  /**
   * A new link for the address (an earlier pending one for it is withdrawn, so one link works);
   * e-mailed when the instance has mail, and in the answer for the owner to copy either way.
   */
  async create(
    auth: AuthContext,
    dto: Required<CreateInvitationDto>,
    requestBaseUrl: string,
  ): Promise<CreatedInvitationDto> {
    const token = newInvitationToken();
    const id = await this.dataSource.transaction(async (manager) => {
      const [member]: unknown[] = await manager.query(
        `SELECT 1 FROM workspace_member m JOIN "user" u ON u.id = m.user_id
          WHERE m.workspace_id = $1 AND u.email = $2`,
        [auth.workspaceId, dto.email],
      );
      if (member) throw new AlreadyMemberError(dto.email);
      await manager.query(
        `UPDATE invitation SET revoked_at = now()
          WHERE workspace_id = $1 AND email = $2
            AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > now()`,
        [auth.workspaceId, dto.email],
      );
      const [row]: { id: string }[] = await manager.query(
        `INSERT INTO invitation (workspace_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          auth.workspaceId,
          dto.email,
          dto.role,
          hashToken(token),
          auth.userId,
          new Date(Date.now() + INVITATION_TTL_MS),
        ],
      );
      return row.id;
    });
    const invitation = await this.findOrThrow(auth.workspaceId, id);
    const link = invitationLinkOf(this.config.publicUrl ?? requestBaseUrl, token);
    return { invitation, link, mailed: await this.mailed(auth, dto, invitation, link) };
  }

  async revoke(workspaceId: string, id: string): Promise<InvitationDto> {
    if (!isUuid(id)) throw new NotFoundError('The invitation');
    await this.dataSource.query(
      `UPDATE invitation SET revoked_at = COALESCE(revoked_at, now())
        WHERE id = $1 AND workspace_id = $2 AND accepted_at IS NULL`,
      [id, workspaceId],
    );
    return this.findOrThrow(workspaceId, id);
  }

  /** What the link's page shows: whose workspace, which role, and whether it still works. */
  async inspect(token: string): Promise<InvitationPreviewDto> {
    const [row]: (InvitationRow & { workspace_name: string; has_account: boolean })[] =
      await this.dataSource.query(
        `SELECT i.email, i.role, i.accepted_at, i.revoked_at, i.expires_at,
                inviter.email AS invited_by_email, w.name AS workspace_name,
                EXISTS (SELECT 1 FROM "user" u WHERE u.email = i.email) AS has_account
           FROM invitation i
           JOIN workspace w ON w.id = i.workspace_id
           LEFT JOIN "user" inviter ON inviter.id = i.invited_by
          WHERE i.token_hash = $1`,
        [hashToken(token)],
      );
    if (!row) throw new NotFoundError('The invitation');
    return {
      state: invitationStateOf(row),
      workspaceName: row.workspace_name,
      email: row.email,
      role: row.role,
      invitedBy: row.invited_by_email,
      hasAccount: row.has_account,
    };
  }

  /**
   * Spends the link: a logged-in person joins as themselves; someone new gets an account with
   * the invited address and the password they chose. Either way this browser then works in the
   * workspace. The link's claim and the membership commit together, so a link works once.
   */
  async accept(
    dto: AcceptInvitationDto,
    caller: Pick<AuthContext, 'userId' | 'sessionId'> | null,
  ): Promise<StartedSession | { session: null; workspaceId: string }> {
    const passwordHash = caller ? null : await this.newPasswordHashOrThrow(dto.password);
    const joined = await this.dataSource.transaction(async (manager) => {
      const [[claimed]]: [
        { id: string; workspace_id: string; email: string; role: Role }[],
        number,
      ] = await manager.query(
        `UPDATE invitation SET accepted_at = now()
          WHERE token_hash = $1 AND accepted_at IS NULL AND revoked_at IS NULL
            AND expires_at > now()
          RETURNING id, workspace_id, email, role`,
        [hashToken(dto.token)],
      );
      if (!claimed) throw await unusableOrUnknown(manager, dto.token);
      let userId = caller?.userId;
      if (!userId) {
        const [existing]: unknown[] = await manager.query(`SELECT 1 FROM "user" WHERE email = $1`, [
          claimed.email,
        ]);
        if (existing) throw new InvitationNeedsLogInError(claimed.email);
        userId = (await insertUserOrThrow(manager, claimed.email, passwordHash as string)).id;
      }
      // Someone already in the workspace keeps the role they have.
      await manager.query(
        `INSERT INTO workspace_member (workspace_id, user_id, role) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`,
        [claimed.workspace_id, userId, claimed.role],
      );
      await manager.query(`UPDATE invitation SET accepted_by = $2 WHERE id = $1`, [
        claimed.id,
        userId,
      ]);
      return { userId, workspaceId: claimed.workspace_id };
    });
    if (!caller) return this.auth.startSession(joined.userId, joined.workspaceId);
    return { session: null, workspaceId: joined.workspaceId };
  }

  private async newPasswordHashOrThrow(password: string | undefined): Promise<string> {
    const problem =
      password === undefined
        ? 'Choose a password for your account'
        : await passwordProblem(password);
    if (problem) throw new WeakPasswordError(problem);
    return argon2.hash(password as string);
  }

  private async findOrThrow(workspaceId: string, id: string): Promise<InvitationDto> {
    const [row]: InvitationRow[] = await this.dataSource.query(
      `${SELECT_INVITATIONS} WHERE i.id = $1 AND i.workspace_id = $2`,
      [id, workspaceId],
    );
    if (!row) throw new NotFoundError('The invitation');
    return toDto(row);
  }

  /** Whether the invitation e-mail went out (a mail failure leaves the link to copy). */
  private async mailed(
    auth: AuthContext,
    dto: Required<CreateInvitationDto>,
    invitation: InvitationDto,
    link: string,
  ): Promise<boolean> {
    if (!this.config.smtpUrl) return false;
    const workspace = await this.auth.describeSession(auth);
    try {
      await this.mail.sendInstanceMail(
        {
          to: dto.email,
          ...invitationMailIn(dto.locale, {
            workspaceName: workspace.workspace.name,
            inviter: invitation.invitedBy ?? workspace.user.email,
            role: dto.role,
            link,
          }),
        },
        {},
      );
      return true;
    } catch (error) {
      this.logger.warn(
        `The invitation e-mail could not be sent: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  }
}

/** Why a link could not be claimed: used, withdrawn, expired, or never issued. */
async function unusableOrUnknown(manager: EntityManager, token: string): Promise<Error> {
  const [row]: InvitationRow[] = await manager.query(
    `SELECT accepted_at, revoked_at, expires_at FROM invitation WHERE token_hash = $1`,
    [hashToken(token)],
  );
  const state = row ? invitationStateOf(row) : 'pending';
  return state === 'pending'
    ? new NotFoundError('The invitation')
    : new InvitationUnusableError(state);
}
