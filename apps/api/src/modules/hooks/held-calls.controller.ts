import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HeldCallsOutcomeDto } from '@fluxo/contracts';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { HeldCallsService } from './held-calls.service';

/** The calls a connection held while it could not take them: process them, or start from new. */
@ApiTags('connections')
@Controller('api/connections/:id/held-calls')
export class HeldCallsController {
  constructor(private readonly heldCalls: HeldCallsService) {}

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
