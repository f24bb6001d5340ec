import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { RunsModule } from '../runs/runs.module';
import { DeliveryStatusService } from './delivery-status.service';
import { HookRateLimiter } from './hook-rate-limiter';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';

@Module({
  imports: [RunsModule, AccountsModule],
  controllers: [HooksController],
  providers: [HooksService, DeliveryStatusService, HookRateLimiter],
  exports: [HooksService],
})
export class HooksModule {}
