import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  trustHeldKeySchema,
  type HeldCallKeyDto,
  type HeldCallsOutcomeDto,
  type TrustHeldKeyDto,
} from '@fluxo/contracts';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { AuditService } from '../audit/audit.service';
import { HeldCallKeyService } from './held-call-key.service';
import { HeldCallsService } from './held-calls.service';

/** The calls a connection held while it could not take them: process them, or start from new. */
@ApiTags('connections')
@Controller('api/connections/:id/held-calls')
export class HeldCallsController {
  constructor(
    private readonly heldCalls: HeldCallsService,
    private readonly keys: HeldCallKeyService,
    private readonly audit: AuditService,
  ) {}

  /** The key the newest held call brings, masked (PayT's integration key); null when none. */
  @Get('key')
  async key(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
  ): Promise<{ key: HeldCallKeyDto | null }> {
    return { key: await this.keys.candidate(auth.workspaceId, id) };
  }

  /**
   * Saves the key of that held call to the source's account (a new one when none is chosen;
   * replacing the key of a chosen one is an owner's).
   */
  @Post('trust-key')
  @HttpCode(200)
  async trustKey(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(trustHeldKeySchema)) dto: TrustHeldKeyDto,
  ): Promise<{ accountId: string }> {
    const trusted = await this.keys.trust(auth, id, dto.eventId);
    await this.audit.record(
      auth,
      trusted.replaced ? 'account.updated' : 'account.created',
      trusted.accountName,
      { system: trusted.system },
    );
    return { accountId: trusted.accountId };
  }

  @Post('process')
  @HttpCode(200)
  process(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<HeldCallsOutcomeDto> {
    return this.heldCalls.process(auth.workspaceId, id);
  }

  @Post('discard')
  @HttpCode(200)
  async discard(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
  ): Promise<{ discarded: number }> {
    return { discarded: await this.heldCalls.discard(auth.workspaceId, id) };
  }
}
