import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HeldCallsOutcomeDto } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { HooksService } from './hooks.service';

/** The user's decision on a connection's held calls, checked against their workspace. */
@Injectable()
export class HeldCallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly hooks: HooksService,
  ) {}

  /** Processes them now; refused while the connection would hold them again. */
  async process(workspaceId: string, connectionId: string): Promise<HeldCallsOutcomeDto> {
    const token = await this.hookTokenOrThrow(workspaceId, connectionId);
    const target = await this.hooks.findTarget(token);
    const holdReason = target && this.hooks.holdReasonOf(target);
    if (holdReason) {
      throw new DomainError(
        409,
        'STILL_HOLDING',
        `${holdReason.replace(/^Held: /, 'The waiting calls cannot be processed yet: ')}`,
      );
    }
    return this.hooks.processHeld(connectionId);
  }

  async discard(workspaceId: string, connectionId: string): Promise<number> {
    await this.hookTokenOrThrow(workspaceId, connectionId);
    return this.hooks.discardHeld(connectionId);
  }

  private async hookTokenOrThrow(workspaceId: string, connectionId: string): Promise<string> {
    const [row]: { hook_token: string }[] = isUuid(connectionId)
      ? await this.dataSource.query(
          `SELECT hook_token FROM connection WHERE id = $1 AND workspace_id = $2`,
          [connectionId, workspaceId],
        )
      : [];
    if (!row) throw new NotFoundError('The connection');
    return row.hook_token;
  }
}
