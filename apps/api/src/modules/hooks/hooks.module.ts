import { Module } from '@nestjs/common';
import { ConnectionsModule } from '../connections/connections.module';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { RunsModule } from '../runs/runs.module';
import { DeliveryStatusService } from './delivery-status.service';
import { HeldCallStoreModule } from './held-call-store.module';
import { HookRateLimiter } from './hook-rate-limiter';
import { HeldCallsController } from './held-calls.controller';
import { HeldCallsService } from './held-calls.service';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';

@Module({
  imports: [RunsModule, ConnectorHostModule, ConnectionsModule, HeldCallStoreModule],
  controllers: [HooksController, HeldCallsController],
  providers: [HooksService, HeldCallsService, DeliveryStatusService, HookRateLimiter],
  exports: [HooksService],
})
export class HooksModule {}
