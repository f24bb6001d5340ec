import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Credentials, Role, SessionDto, WorkspaceMembershipDto } from '@fluxo/contracts';
import * as argon2 from 'argon2';
import { DataSource, Repository, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { WorkspaceEntity } from '../workspaces/entities/workspace.entity';
import { WorkspaceMemberEntity } from '../workspaces/entities/workspace-member.entity';
import type { AuthContext } from './auth-context';
import { EmailTakenError, InvalidCredentialsError, WeakPasswordError } from './auth.errors';
import { SessionEntity } from './entities/session.entity';
import { UserEntity } from './entities/user.entity';
import { passwordProblem } from './password-policy';
import { hashToken } from './token-hash';

export const SESSION_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export interface StartedSession {
  token: string;
  session: SessionDto;
}

@Injectable()
export class AuthService {
  // Verifying against a real hash when the e-mail is unknown keeps both answers equally slow.
  private readonly dummyHash = argon2.hash(randomBytes(16));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(SessionEntity) private readonly sessions: Repository<SessionEntity>,
  ) {}

  async signUp(credentials: Credentials): Promise<StartedSession> {
    const problem = await passwordProblem(credentials.password);
    if (problem) throw new WeakPasswordError(problem);
    const passwordHash = await argon2.hash(credentials.password);
    const created = await this.dataSource.transaction(async (manager) => {
      const user = await insertUserOrThrow(manager, credentials.email, passwordHash);
      return { user, workspaceId: await createOwnWorkspace(manager, user) };
    });
    return this.startSession(created.user.id, created.workspaceId);
  }

  async logIn(credentials: Credentials): Promise<StartedSession> {
    const user = await this.users.findOneBy({ email: credentials.email });
    const valid = await argon2.verify(
      user?.passwordHash ?? (await this.dummyHash),
      credentials.password,
    );
    if (!user || !valid) throw new InvalidCredentialsError();
    return this.startSessionFor(user.id);
  }

  /**
   * A new session for the person, in their first workspace (after log-in or a reset). Someone
   * removed from every workspace they had gets a new one of their own rather than a dead end.
   */
  async startSessionFor(userId: string): Promise<StartedSession> {
    const member = await this.dataSource.getRepository(WorkspaceMemberEntity).findOne({
      where: { userId },
      order: { createdAt: 'ASC' },
    });
    if (member) return this.startSession(userId, member.workspaceId);
    const user = await this.users.findOneByOrFail({ id: userId });
    const workspaceId = await this.dataSource.transaction((manager) =>
      createOwnWorkspace(manager, user),
    );
    return this.startSession(userId, workspaceId);
  }

  async logOut(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /**
   * Resolves a cookie token to the caller, or null when it is unknown or expired, or when the
   * person is no longer a member of the session's workspace.
   */
  async resolveSession(token: string): Promise<AuthContext | null> {
    const id = hashToken(token);
    const [row]: { user_id: string; workspace_id: string; role: Role }[] =
      await this.dataSource.query(
        `SELECT s.user_id, s.workspace_id, m.role
           FROM session s
           JOIN workspace_member m ON m.workspace_id = s.workspace_id AND m.user_id = s.user_id
          WHERE s.id = $1 AND s.expires_at > now()`,
        [id],
      );
    return row
      ? { userId: row.user_id, workspaceId: row.workspace_id, sessionId: id, role: row.role }
      : null;
  }

  /** The workspaces the person belongs to, for the header's switcher. */
  async workspacesOf(userId: string): Promise<WorkspaceMembershipDto[]> {
    return this.dataSource.query(
      `SELECT w.id, w.name, m.role
         FROM workspace_member m JOIN workspace w ON w.id = m.workspace_id
        WHERE m.user_id = $1
        ORDER BY m.created_at, w.name`,
      [userId],
    );
  }

  /** Moves this session to another workspace of the person's (404 for any other). */
  async switchWorkspace(auth: AuthContext, workspaceId: string): Promise<SessionDto> {
    const [, moved]: [unknown, number] = await this.dataSource.query(
      `UPDATE session SET workspace_id = $3
        WHERE id = $1 AND EXISTS (
          SELECT 1 FROM workspace_member WHERE workspace_id = $3 AND user_id = $2)`,
      [auth.sessionId, auth.userId, workspaceId],
    );
    if (moved === 0) throw new NotFoundError('The workspace');
    return this.describeSession({ ...auth, workspaceId });
  }

  /** Whether anyone has signed up on this instance yet. */
  async hasUsers(): Promise<boolean> {
    return (await this.users.count({ take: 1 })) > 0;
  }

  async describeSession(auth: Pick<AuthContext, 'userId' | 'workspaceId'>): Promise<SessionDto> {
    const [row]: { email: string; name: string; role: Role }[] = await this.dataSource.query(
      `SELECT u.email, w.name, m.role
         FROM workspace_member m
         JOIN "user" u ON u.id = m.user_id
         JOIN workspace w ON w.id = m.workspace_id
        WHERE m.user_id = $1 AND m.workspace_id = $2`,
      [auth.userId, auth.workspaceId],
    );
    if (!row) throw new NotFoundError('The workspace');
    return {
      user: { id: auth.userId, email: row.email },
      workspace: { id: auth.workspaceId, name: row.name, role: row.role },
    };
  }

  /** A new session for the person in a workspace they belong to. */
  async startSession(userId: string, workspaceId: string): Promise<StartedSession> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      id: hashToken(token),
      userId,
      workspaceId,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return { token, session: await this.describeSession({ userId, workspaceId }) };
  }
}

/** A person's own workspace, named after them, with them as its owner. */
async function createOwnWorkspace(
  manager: EntityManager,
  user: { id: string; email: string },
): Promise<string> {
  const workspace = await manager.save(
    manager.create(WorkspaceEntity, { name: `${user.email.split('@')[0]}'s workspace` }),
  );
  await manager.insert(WorkspaceMemberEntity, {
    workspaceId: workspace.id,
    userId: user.id,
    role: 'owner',
  });
  return workspace.id;
}

/** A new person with this e-mail (409 when it has an account already). */
export async function insertUserOrThrow(
  manager: EntityManager,
  email: string,
  passwordHash: string,
): Promise<{ id: string; email: string }> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(UserEntity)
    .values({ email, passwordHash })
    .orIgnore()
    .returning(['id', 'email'])
    .execute();
  const user = inserted.raw[0] as { id: string; email: string } | undefined;
  if (!user) throw new EmailTakenError();
  return user;
}
