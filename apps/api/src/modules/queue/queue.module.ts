import { BullModule } from '@nestjs/bullmq';
import { Global, Module, type DynamicModule, type Provider } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { RunsModule } from '../runs/runs.module';
import { BullRunDispatch } from './bull-run-dispatch';
import { RedisPolicyCheck } from './redis-policy.check';
import { DELIVERIES_QUEUE, RUN_DISPATCH, RUNS_QUEUE } from './run-dispatch';
import { DeliveriesProcessor, RunsProcessor } from './runs.processor';

/**
 * Queue mode (REDIS_URL set): runs and due deliveries travel through BullMQ. Processes with
 * role `api` only dispatch; `worker` and `all` also execute.
 */
@Global()
@Module({})
export class QueueModule {
  static register(config: AppConfig & { redisUrl: string }): DynamicModule {
    const url = new URL(config.redisUrl);
    const workers: Provider[] = config.role === 'api' ? [] : [RunsProcessor, DeliveriesProcessor];
    return {
      module: QueueModule,
      imports: [
        BullModule.forRoot({
          connection: {
            host: url.hostname,
            port: Number(url.port || 6379),
            username: url.username || undefined,
            password: url.password ? decodeURIComponent(url.password) : undefined,
            db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
            tls: url.protocol === 'rediss:' ? {} : undefined,
            maxRetriesPerRequest: null,
          },
        }),
        BullModule.registerQueue({ name: RUNS_QUEUE }, { name: DELIVERIES_QUEUE }),
        RunsModule,
      ],
      providers: [
        { provide: RUN_DISPATCH, useClass: BullRunDispatch },
        RedisPolicyCheck,
        ...workers,
      ],
      exports: [RUN_DISPATCH],
    };
  }
}
