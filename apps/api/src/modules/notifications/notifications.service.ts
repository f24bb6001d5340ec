import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

export interface ConnectionSwitchedOffNotice {
  connectionId: string;
  workspaceId: string;
  connectionName: string;
  reason: string;
}

interface Owner {
  email: string;
  workspace_name: string;
}

// The caller (run settlement) waits for the notice: a dead SMTP server must not hold a run
// for nodemailer's default minutes.
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/** E-mails workspace owners through the instance SMTP (FLUXO_SMTP_URL). Never throws. */
@Injectable()
export class NotificationService implements OnApplicationShutdown {
  private readonly logger = new Logger(NotificationService.name);
  private transport: Transporter | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Tells every owner of the workspace that the connection was switched off, and why. */
  async connectionSwitchedOff(notice: ConnectionSwitchedOffNotice): Promise<void> {
    try {
      await this.sendConnectionSwitchedOff(notice);
    } catch (error) {
      // A notice that cannot be sent must not fail the run that triggered it.
      this.logger.error(
        `could not tell the owners that connection ${notice.connectionId} was switched off: ${errorMessage(error)}`,
      );
    }
  }

  private async sendConnectionSwitchedOff(notice: ConnectionSwitchedOffNotice): Promise<void> {
    if (!this.config.smtpUrl) {
      this.logger.warn(
        `connection ${notice.connectionId} was switched off; no owner was e-mailed because FLUXO_SMTP_URL is not set`,
      );
      return;
    }
    const owners: Owner[] = await this.dataSource.query(
      `SELECT u.email, w.name AS workspace_name
         FROM workspace_member m
         JOIN "user" u ON u.id = m.user_id
         JOIN workspace w ON w.id = m.workspace_id
        WHERE m.workspace_id = $1 AND m.role = 'owner'
        ORDER BY u.email`,
      [notice.workspaceId],
    );
    const name = oneLine(notice.connectionName);
    // One message per owner: a mailbox that refuses mail must not keep the others from theirs.
    let sent = 0;
    for (const owner of owners) {
      try {
        await (
          await this.transportFor(this.config.smtpUrl)
        ).sendMail({
          from: this.config.smtpFrom,
          to: owner.email,
          subject: `Fluxo switched off "${name}"`,
          text: switchedOffText(notice, name, owner.workspace_name, this.config.publicUrl),
        });
        sent += 1;
      } catch (error) {
        this.logger.error(
          `could not e-mail an owner of workspace ${notice.workspaceId} about connection ${notice.connectionId}: ${errorMessage(error)}`,
        );
      }
    }
    this.logger.log(
      `told ${sent} of ${owners.length} owner(s) that connection ${notice.connectionId} was switched off`,
    );
  }

  /** nodemailer loads with the first notice: most instances never send one. */
  private async transportFor(url: string): Promise<Transporter> {
    const { createTransport } = await import('nodemailer');
    this.transport ??= createTransport({ url, ...SMTP_TIMEOUTS });
    return this.transport;
  }
}

function switchedOffText(
  notice: ConnectionSwitchedOffNotice,
  name: string,
  workspaceName: string,
  publicUrl: string | null,
): string {
  const link = publicUrl ? `${publicUrl}/connections/${notice.connectionId}/runs` : null;
  return [
    'Hello,',
    '',
    `Fluxo switched off the connection "${name}" in the workspace "${oneLine(workspaceName)}".`,
    '',
    `Why: ${notice.reason}`,
    '',
    "What to do: open the connection's run history, fix what made the runs fail (for example an",
    'expired password or a changed spreadsheet), then switch the connection on again. Until then',
    'it does not run.',
    ...(link ? ['', `Run history: ${link}`] : []),
    '',
    '— Fluxo',
  ].join('\n');
}

/** User-typed names go into a header: keep them on one line. */
function oneLine(value: string): string {
  return value.replace(/[\r\n\t]+/g, ' ').trim();
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
