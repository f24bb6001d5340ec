import { Module } from '@nestjs/common';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { RunsModule } from '../runs/runs.module';
import { DeliveryStatusService } from './delivery-status.service';
import { HookRateLimiter } from './hook-rate-limiter';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';

@Module({
  imports: [RunsModule, ConnectorHostModule],
  controllers: [HooksController],
  providers: [HooksService, DeliveryStatusService, HookRateLimiter],
  exports: [HooksService],
})
export class HooksModule {}
