import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { ConnectionsModule } from '../connections/connections.module';
import { HeldCallStoreModule } from '../hooks/held-call-store.module';
import { DeliveryLedger } from './delivery.ledger';
import { DeliverySender } from './delivery-sender.service';
import { DeliveryEntity } from './entities/delivery.entity';
import { RunEntity } from './entities/run.entity';
import { SourceItemEntity } from './entities/source-item.entity';
import { ReceiverInvoker } from './receiver-invoker.service';
import { ReceiverOutputs } from './receiver-outputs.service';
import { HappyPathCancellation } from './happy-path-cancellation.service';
import { ItemHydrator } from './item-hydrator.service';
import { LocalRunQueue } from './local-run.queue';
import { RUN_DISPATCH, type RunDispatch } from './run-dispatch.types';
import { RunExecutor } from './run-executor.service';
import { RunLedger } from './run.ledger';
import { RunSettlement } from './run-settlement.service';
import { RunWatchdog } from './run-watchdog.service';
import { RunsController } from './runs.controller';
import { SendQueueController } from './send-queue.controller';
import { SendQueueService } from './send-queue.service';
import { RunsService } from './runs.service';
import { SourcePoller } from './source-poller.service';
import { TestDataService } from './test-data.service';

/**
 * Runs execute in this process with no REDIS_URL, through BullMQ with one. BullMQ and its
 * Redis client are loaded only then: they are ~20 MB of an idle process that never uses them.
 */
async function runDispatchFor(config: AppConfig): Promise<RunDispatch> {
  if (!config.redisUrl) return new LocalRunQueue(config.runConcurrency);
  const { BullRunQueue } = await import('../queue/bull-run.queue');
  return new BullRunQueue(config.redisUrl, config.role !== 'api', config.runConcurrency);
}

@Module({
  imports: [
    TypeOrmModule.forFeature([RunEntity, SourceItemEntity, DeliveryEntity]),
    ConnectorHostModule,
    ConnectionsModule,
    HeldCallStoreModule,
  ],
  controllers: [RunsController, SendQueueController],
  providers: [
    SendQueueService,
    RunLedger,
    DeliveryLedger,
    ReceiverInvoker,
    DeliverySender,
    SourcePoller,
    RunSettlement,
    ItemHydrator,
    HappyPathCancellation,
    ReceiverOutputs,
    { provide: RUN_DISPATCH, inject: [APP_CONFIG], useFactory: runDispatchFor },
    RunExecutor,
    RunWatchdog,
    RunsService,
    TestDataService,
  ],
  exports: [RUN_DISPATCH, SourcePoller, RunLedger, DeliveryLedger],
})
export class RunsModule {}
