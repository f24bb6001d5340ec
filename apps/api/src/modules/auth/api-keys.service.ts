import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ApiKeyDto,
  ApiKeyScope,
  CreatedApiKeyDto,
  Role,
  WorkspaceApiKeyDto,
} from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { API_KEY_SESSION_PREFIX, type AuthContext } from './auth-context';
import { hashToken } from './token-hash';

/** Keys say what they are ("flx_…"), so a leaked one is easy to find in a repository scan. */
const KEY_PREFIX = 'flx_';
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 6;
/** Writing the last use on every call would make each read a write: once a minute is enough. */
const LAST_USE_EVERY = '1 minute';

interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  scope: ApiKeyScope;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
  created_at: Date;
}

const toDto = (row: ApiKeyRow): ApiKeyDto => ({
  id: row.id,
  name: row.name,
  prefix: row.prefix,
  scope: row.scope,
  expiresAt: row.expires_at?.toISOString() ?? null,
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
  createdAt: row.created_at.toISOString(),
});

/** A person's API keys in a workspace: made in the profile, shown once, kept as hashes. */
@Injectable()
export class ApiKeysService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(auth: AuthContext): Promise<ApiKeyDto[]> {
    const rows: ApiKeyRow[] = await this.dataSource.query(
      `SELECT id, name, prefix, scope, expires_at, last_used_at, revoked_at, created_at
         FROM api_key WHERE user_id = $1 AND workspace_id = $2
        ORDER BY created_at DESC`,
      [auth.userId, auth.workspaceId],
    );
    return rows.map(toDto);
  }

  async create(
    auth: AuthContext,
    dto: { name: string; scope: ApiKeyScope; expiresOn: string | null },
  ): Promise<CreatedApiKeyDto> {
    const token = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
    const [row]: ApiKeyRow[] = await this.dataSource.query(
      `INSERT INTO api_key (user_id, workspace_id, name, prefix, key_hash, scope, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       RETURNING id, name, prefix, scope, expires_at, last_used_at, revoked_at, created_at`,
      [
        auth.userId,
        auth.workspaceId,
        dto.name,
        token.slice(0, SHOWN_PREFIX_LENGTH),
        hashToken(token),
        dto.scope,
        // The key works through the whole of its last day, in UTC.
        dto.expiresOn ? `${dto.expiresOn}T23:59:59.999Z` : null,
      ],
    );
    return { key: toDto(row), token };
  }

  /** Every member's keys, for the workspace's owners. */
  async listWorkspace(workspaceId: string): Promise<WorkspaceApiKeyDto[]> {
    const rows: (ApiKeyRow & { owner_email: string })[] = await this.dataSource.query(
      `SELECT k.id, k.name, k.prefix, k.scope, k.expires_at, k.last_used_at, k.revoked_at,
              k.created_at, u.email AS owner_email
         FROM api_key k JOIN "user" u ON u.id = k.user_id
        WHERE k.workspace_id = $1
        ORDER BY k.created_at DESC`,
      [workspaceId],
    );
    return rows.map((row) => ({ ...toDto(row), ownerEmail: row.owner_email }));
  }

  /** Revokes one of the person's keys, or (with `userId: null`, an owner's call) anyone's. */
  async revoke(by: { workspaceId: string; userId: string | null }, id: string): Promise<ApiKeyDto> {
    if (!isUuid(id)) throw new NotFoundError('The API key');
    const [rows]: [ApiKeyRow[], number] = await this.dataSource.query(
      `UPDATE api_key SET revoked_at = COALESCE(revoked_at, now())
        WHERE id = $1::uuid AND workspace_id = $2 AND ($3::uuid IS NULL OR user_id = $3)
        RETURNING id, name, prefix, scope, expires_at, last_used_at, revoked_at, created_at`,
      [id, by.workspaceId, by.userId],
    );
    if (!rows[0]) throw new NotFoundError('The API key');
    return toDto(rows[0]);
  }

  /** The caller a live key stands for, or null; records its use (at most once a minute). */
  async resolve(token: string): Promise<(AuthContext & { apiKeyScope: ApiKeyScope }) | null> {
    if (!token.startsWith(KEY_PREFIX)) return null;
    const [key]: {
      id: string;
      user_id: string;
      workspace_id: string;
      scope: ApiKeyScope;
      role: Role;
      stale: boolean;
    }[] = await this.dataSource.query(
      // A key works only while its owner is still a member, with the role they have now.
      `SELECT k.id, k.user_id, k.workspace_id, k.scope, m.role,
              (k.last_used_at IS NULL OR k.last_used_at < now() - interval '${LAST_USE_EVERY}') AS stale
         FROM api_key k
         JOIN workspace_member m ON m.workspace_id = k.workspace_id AND m.user_id = k.user_id
        WHERE k.key_hash = $1 AND k.revoked_at IS NULL
          AND (k.expires_at IS NULL OR k.expires_at > now())`,
      [hashToken(token)],
    );
    if (!key) return null;
    // Only a stale mark is written: a script's reads do not each become a write.
    if (key.stale) {
      await this.dataSource.query(`UPDATE api_key SET last_used_at = now() WHERE id = $1`, [
        key.id,
      ]);
    }
    return {
      userId: key.user_id,
      workspaceId: key.workspace_id,
      sessionId: `${API_KEY_SESSION_PREFIX}${key.id}`,
      role: key.role,
      apiKeyScope: key.scope,
    };
  }
}
