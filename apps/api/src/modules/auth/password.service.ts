import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PasswordChangeDto, PasswordForgotDto, PasswordResetDto } from '@fluxo/contracts';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import type { AuthContext } from './auth-context';
import {
  InvalidResetLinkError,
  WeakPasswordError,
  WrongCurrentPasswordError,
  type ResetLinkState,
} from './auth.errors';
import { AuthService, type StartedSession } from './auth.service';
import { passwordProblem } from './password-policy';
import { resetLinkOf, resetMailIn, storeResetToken } from './password-reset-links';
import { hashToken } from './token-hash';

/** Changing a password, and the "forgot password?" link that sets a new one. */
@Injectable()
export class PasswordService {
  private readonly logger = new Logger(PasswordService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly mail: ConnectorContextFactory,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The current password proves it is the person; every other session of theirs ends. */
  async change(auth: AuthContext, dto: PasswordChangeDto): Promise<void> {
    const [user]: { password_hash: string }[] = await this.dataSource.query(
      `SELECT password_hash FROM "user" WHERE id = $1`,
      [auth.userId],
    );
    if (!user || !(await argon2.verify(user.password_hash, dto.currentPassword))) {
      throw new WrongCurrentPasswordError();
    }
    const hash = await this.acceptableHashOrThrow(dto.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE "user" SET password_hash = $2 WHERE id = $1`, [
        auth.userId,
        hash,
      ]);
      await manager.query(`DELETE FROM session WHERE user_id = $1 AND id <> $2`, [
        auth.userId,
        auth.sessionId,
      ]);
    });
  }

  /**
   * Sends the link when the address has an account and the instance has mail; otherwise does
   * nothing. Either way the caller answers the same, at once: the e-mail goes out after the
   * answer, so neither the words nor the time tell whether the address has an account.
   */
  async requestReset(dto: PasswordForgotDto, requestBaseUrl: string): Promise<void> {
    if (!this.config.smtpUrl) return;
    const [user]: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM "user" WHERE email = $1`,
      [dto.email],
    );
    if (!user) return;
    const token = await storeResetToken(this.dataSource, user.id);
    const link = resetLinkOf(this.config.publicUrl ?? requestBaseUrl, token);
    void this.mail
      .sendInstanceMail({ to: dto.email, ...resetMailIn(dto.locale, link) }, {})
      .catch((error: unknown) =>
        this.logger.warn(
          `The password reset e-mail could not be sent: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
  }

  /**
   * Sets the new password with a link's token, once: the link is spent, every session of the
   * person ends, and this browser gets a fresh one.
   */
  async reset(dto: PasswordResetDto): Promise<StartedSession> {
    const hash = await this.acceptableHashOrThrow(dto.password);
    const userId = await this.dataSource.transaction(async (manager) => {
      // An UPDATE … RETURNING answers [rows, count].
      const [[row]]: [{ user_id: string }[], number] = await manager.query(
        `UPDATE password_reset SET used_at = now()
          WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()
          RETURNING user_id`,
        [hashToken(dto.token)],
      );
      if (!row) {
        const state = await resetLinkStateOf(manager, dto.token);
        throw new InvalidResetLinkError(state === 'valid' ? 'unknown' : state);
      }
      await manager.query(`UPDATE "user" SET password_hash = $2 WHERE id = $1`, [
        row.user_id,
        hash,
      ]);
      await manager.query(`DELETE FROM session WHERE user_id = $1`, [row.user_id]);
      // The person's other links would reset it again: they end with this one.
      await manager.query(
        `UPDATE password_reset SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`,
        [row.user_id],
      );
      return row.user_id;
    });
    return this.auth.startSessionFor(userId);
  }

  /** Whether a link still works, or why not, for its page to say before a password is typed. */
  inspect(token: string): Promise<ResetLinkState> {
    return resetLinkStateOf(this.dataSource.manager, token);
  }

  private async acceptableHashOrThrow(password: string): Promise<string> {
    const problem = await passwordProblem(password);
    if (problem) throw new WeakPasswordError(problem);
    return argon2.hash(password);
  }
}

async function resetLinkStateOf(
  db: { query(sql: string, parameters: unknown[]): Promise<unknown> },
  token: string,
): Promise<ResetLinkState> {
  const [row] = (await db.query(
    `SELECT used_at IS NOT NULL AS used, expires_at <= now() AS expired
       FROM password_reset WHERE token_hash = $1`,
    [hashToken(token)],
  )) as { used: boolean; expired: boolean }[];
  if (!row) return 'unknown';
  if (row.used) return 'used';
  return row.expired ? 'expired' : 'valid';
}
