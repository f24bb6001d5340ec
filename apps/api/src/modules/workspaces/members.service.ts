import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MemberDto, Role } from '@fluxo/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import type { AuthContext } from '../auth/auth-context';
import { RoleRefusedError } from '../auth/auth.errors';
import { LastOwnerError, WorkspaceNameMismatchError } from './workspace.errors';

interface MemberRow {
  user_id: string;
  email: string;
  role: Role;
  created_at: Date;
}

/** Who is in a workspace and with which role; a workspace always keeps an owner. */
@Injectable()
export class MembersService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(workspaceId: string): Promise<MemberDto[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT m.user_id, u.email, m.role, m.created_at
         FROM workspace_member m JOIN "user" u ON u.id = m.user_id
        WHERE m.workspace_id = $1
        ORDER BY m.created_at, u.email`,
      [workspaceId],
    );
    return rows.map((row) => ({
      userId: row.user_id,
      email: row.email,
      role: row.role,
      joinedAt: row.created_at.toISOString(),
    }));
  }

  async changeRole(auth: AuthContext, userId: string, role: Role): Promise<MemberDto> {
    await this.inWorkspaceLock(auth.workspaceId, async (manager) => {
      const current = await this.roleOfOrThrow(manager, auth.workspaceId, userId);
      if (current === 'owner' && role !== 'owner') {
        await this.assertAnotherOwner(manager, { workspaceId: auth.workspaceId, userId });
      }
      await manager.query(
        `UPDATE workspace_member SET role = $3 WHERE workspace_id = $1 AND user_id = $2`,
        [auth.workspaceId, userId, role],
      );
    });
    const members = await this.list(auth.workspaceId);
    return members.find((member) => member.userId === userId) as MemberDto;
  }

  /**
   * Takes the person out of the workspace: an owner removes anyone, anyone removes themselves
   * (leaving). Their sessions there end and their API keys there are revoked, so rejoining later
   * does not bring an old key back to life.
   */
  async remove(auth: AuthContext, userId: string): Promise<{ email: string }> {
    if (userId !== auth.userId && auth.role !== 'owner') {
      throw new RoleRefusedError(auth.role, 'owner');
    }
    return this.inWorkspaceLock(auth.workspaceId, async (manager) => {
      const current = await this.roleOfOrThrow(manager, auth.workspaceId, userId);
      if (current === 'owner') {
        await this.assertAnotherOwner(manager, { workspaceId: auth.workspaceId, userId });
      }
      const parameters = [auth.workspaceId, userId];
      await manager.query(
        `DELETE FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`,
        parameters,
      );
      await manager.query(
        `UPDATE api_key SET revoked_at = now()
          WHERE workspace_id = $1 AND user_id = $2 AND revoked_at IS NULL`,
        parameters,
      );
      await manager.query(
        `DELETE FROM session WHERE workspace_id = $1 AND user_id = $2`,
        parameters,
      );
      const [person]: { email: string }[] = await manager.query(
        `SELECT email FROM "user" WHERE id = $1`,
        [userId],
      );
      return person;
    });
  }

  /**
   * Deletes the workspace and everything in it (connections, history, accounts, keys, members'
   * sessions there), once its name has been typed again.
   */
  async deleteWorkspace(auth: AuthContext, typedName: string): Promise<void> {
    await this.inWorkspaceLock(auth.workspaceId, async (manager) => {
      const [workspace]: { name: string }[] = await manager.query(
        `SELECT name FROM workspace WHERE id = $1`,
        [auth.workspaceId],
      );
      if (!workspace) throw new NotFoundError('The workspace');
      if (workspace.name !== typedName.trim()) throw new WorkspaceNameMismatchError();
      await manager.query(`DELETE FROM workspace WHERE id = $1`, [auth.workspaceId]);
    });
  }

  /** Role changes and removals of one workspace take turns, so two cannot remove its last owner. */
  private inWorkspaceLock<T>(
    workspaceId: string,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM workspace WHERE id = $1 FOR UPDATE`, [workspaceId]);
      return work(manager);
    });
  }

  private async roleOfOrThrow(
    manager: EntityManager,
    workspaceId: string,
    userId: string,
  ): Promise<Role> {
    if (!isUuid(userId)) throw new NotFoundError('The member');
    const [row]: { role: Role }[] = await manager.query(
      `SELECT role FROM workspace_member WHERE workspace_id = $1 AND user_id = $2`,
      [workspaceId, userId],
    );
    if (!row) throw new NotFoundError('The member');
    return row.role;
  }

  /** Refuses to take away the owner role of `userId` when nobody else holds it. */
  private async assertAnotherOwner(
    manager: EntityManager,
    target: Pick<AuthContext, 'workspaceId' | 'userId'>,
  ): Promise<void> {
    const [{ others }]: { others: number }[] = await manager.query(
      `SELECT count(*)::int AS others FROM workspace_member
        WHERE workspace_id = $1 AND role = 'owner' AND user_id <> $2`,
      [target.workspaceId, target.userId],
    );
    if (others === 0) throw new LastOwnerError();
  }
}
