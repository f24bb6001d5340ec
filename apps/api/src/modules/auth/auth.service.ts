import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { Credentials, SessionDto } from '@fluxo/contracts';
import * as argon2 from 'argon2';
import { DataSource, MoreThan, Repository } from 'typeorm';
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
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(UserEntity)
        .values({ email: credentials.email, passwordHash })
        .orIgnore()
        .returning('*')
        .execute();
      const user = inserted.raw[0] as { id: string; email: string } | undefined;
      if (!user) throw new EmailTakenError();
      const workspace = await manager.save(
        manager.create(WorkspaceEntity, { name: `${credentials.email.split('@')[0]}'s workspace` }),
      );
      await manager.insert(WorkspaceMemberEntity, {
        workspaceId: workspace.id,
        userId: user.id,
        role: 'owner',
      });
      return { user, workspace };
    });
    return this.startSession(created.user.id, created.user.email, created.workspace);
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

  /** A new session for the person, in their first workspace (after log-in or a reset). */
  async startSessionFor(userId: string): Promise<StartedSession> {
    const user = await this.users.findOneByOrFail({ id: userId });
    const member = await this.dataSource.getRepository(WorkspaceMemberEntity).findOneOrFail({
      where: { userId: user.id },
      order: { createdAt: 'ASC' },
    });
    const workspace = await this.dataSource
      .getRepository(WorkspaceEntity)
      .findOneByOrFail({ id: member.workspaceId });
    return this.startSession(user.id, user.email, workspace);
  }

  async logOut(sessionId: string): Promise<void> {
    await this.sessions.delete({ id: sessionId });
  }

  /** Resolves a cookie token to the caller, or null when it is unknown or expired. */
  async resolveSession(token: string): Promise<AuthContext | null> {
    const id = hashToken(token);
    const session = await this.sessions.findOneBy({ id, expiresAt: MoreThan(new Date()) });
    return session
      ? { userId: session.userId, workspaceId: session.workspaceId, sessionId: id }
      : null;
  }

  /** Whether anyone has signed up on this instance yet. */
  async hasUsers(): Promise<boolean> {
    return (await this.users.count({ take: 1 })) > 0;
  }

  async describeSession(auth: AuthContext): Promise<SessionDto> {
    const user = await this.users.findOneByOrFail({ id: auth.userId });
    const workspace = await this.dataSource
      .getRepository(WorkspaceEntity)
      .findOneByOrFail({ id: auth.workspaceId });
    return {
      user: { id: user.id, email: user.email },
      workspace: { id: workspace.id, name: workspace.name },
    };
  }

  private async startSession(
    userId: string,
    email: string,
    workspace: { id: string; name: string },
  ): Promise<StartedSession> {
    const token = randomBytes(32).toString('base64url');
    await this.sessions.insert({
      id: hashToken(token),
      userId,
      workspaceId: workspace.id,
      expiresAt: new Date(Date.now() + SESSION_TTL_MS),
    });
    return {
      token,
      session: {
        user: { id: userId, email },
        workspace: { id: workspace.id, name: workspace.name },
      },
    };
  }
}
