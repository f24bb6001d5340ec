import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ConnectionsModule } from '../connections/connections.module';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { RunsModule } from '../runs/runs.module';
import { DeliveryStatusService } from './delivery-status.service';
import { HeldCallStoreModule } from './held-call-store.module';
import { HookRateLimiter } from './hook-rate-limiter';
import { HeldCallsController } from './held-calls.controller';
import { HeldCallKeyService } from './held-call-key.service';
import { HeldCallsService } from './held-calls.service';
import { HooksController } from './hooks.controller';
import { HooksService } from './hooks.service';

@Module({
  imports: [
    RunsModule,
    ConnectorHostModule,
    ConnectionsModule,
    AccountsModule,
    HeldCallStoreModule,
  ],
  controllers: [HooksController, HeldCallsController],
  providers: [
    HooksService,
    HeldCallsService,
    HeldCallKeyService,
    DeliveryStatusService,
    HookRateLimiter,
  ],
  exports: [HooksService],
})
export class HooksModule {}
