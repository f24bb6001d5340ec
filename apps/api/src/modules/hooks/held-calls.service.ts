import { Injectable } from '@nestjs/common';
import type { HeldCallsOutcomeDto } from '@fluxo/contracts';
import { DomainError } from '../../common/domain-error';
import { ConnectionsService } from '../connections/connections.service';
import { HooksService } from './hooks.service';

/** The user's decision on a connection's held calls, checked against their workspace. */
@Injectable()
export class HeldCallsService {
  constructor(
    private readonly connections: ConnectionsService,
    private readonly hooks: HooksService,
  ) {}

  /** Processes them now; refused while the connection would hold them again. */
  async process(workspaceId: string, connectionId: string): Promise<HeldCallsOutcomeDto> {
    const { hookToken } = await this.connections.findOrThrow(workspaceId, connectionId);
    const target = await this.hooks.findTarget(hookToken);
    if (!target) return { accepted: 0, rejected: 0 };
    const holdReason = this.hooks.holdReasonOf(target);
    if (holdReason) {
      throw new DomainError(
        409,
        'STILL_HOLDING',
        `${holdReason.replace(/^Held: /, 'The waiting calls cannot be processed yet: ')}`,
      );
    }
    return this.hooks.processHeld(target);
  }

  async discard(workspaceId: string, connectionId: string): Promise<number> {
    const connection = await this.connections.findOrThrow(workspaceId, connectionId);
    return this.hooks.discardHeld(connection.id);
  }
}
