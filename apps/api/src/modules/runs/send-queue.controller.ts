import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { SendQueueDto } from '@fluxo/contracts';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { SendQueueService } from './send-queue.service';

@ApiTags('send queue')
@Controller('api/send-queue')
export class SendQueueController {
  constructor(private readonly sendQueue: SendQueueService) {}

  @Get()
  @ApiQuery({ name: 'connectionId', required: false })
  @ApiQuery({ name: 'search', required: false })
  list(
    @CurrentAuth() auth: AuthContext,
    @Query('connectionId') connectionId?: string,
    @Query('search') search?: string,
  ): Promise<SendQueueDto> {
    return this.sendQueue.list(auth.workspaceId, { connectionId, search });
  }

  @Post(':deliveryId/send-now')
  @HttpCode(204)
  sendNow(@CurrentAuth() auth: AuthContext, @Param('deliveryId') id: string): Promise<void> {
    return this.sendQueue.sendNow(auth.workspaceId, id);
  }

  /** Undo of a cancel made in the queue. */
  @Post(':deliveryId/restore')
  @HttpCode(204)
  restore(@CurrentAuth() auth: AuthContext, @Param('deliveryId') id: string): Promise<void> {
    return this.sendQueue.restore(auth.workspaceId, id);
  }

  @Post(':deliveryId/cancel')
  @HttpCode(204)
  cancel(@CurrentAuth() auth: AuthContext, @Param('deliveryId') id: string): Promise<void> {
    return this.sendQueue.cancel(auth.workspaceId, id);
  }
}
