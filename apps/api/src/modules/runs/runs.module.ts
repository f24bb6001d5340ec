import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { ConnectionsModule } from '../connections/connections.module';
import { DeliveryLedger } from './delivery-ledger';
import { DeliverySender } from './delivery-sender';
import { DeliveryEntity } from './entities/delivery.entity';
import { RunEntity } from './entities/run.entity';
import { SourceItemEntity } from './entities/source-item.entity';
import { ReceiverInvoker } from './receiver-invoker';
import { ItemHydrator } from './item-hydrator';
import { RunExecutor } from './run-executor';
import { RunLedger } from './run-ledger';
import { RunSettlement } from './run-settlement';
import { RunsController } from './runs.controller';
import { RunsService } from './runs.service';
import { SourcePoller } from './source-poller';
import { TestDataService } from './test-data.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RunEntity, SourceItemEntity, DeliveryEntity]),
    AccountsModule,
    ConnectionsModule,
  ],
  controllers: [RunsController],
  providers: [
    RunLedger,
    DeliveryLedger,
    ReceiverInvoker,
    DeliverySender,
    SourcePoller,
    RunSettlement,
    ItemHydrator,
    RunExecutor,
    RunsService,
    TestDataService,
  ],
  exports: [RunExecutor, SourcePoller, RunLedger, DeliveryLedger],
})
export class RunsModule {}
