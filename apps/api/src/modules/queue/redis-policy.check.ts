import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/** BullMQ loses jobs when Redis evicts keys; say so at start instead of failing silently later. */
@Injectable()
export class RedisPolicyCheck implements OnApplicationBootstrap {
  private readonly logger = new Logger(RedisPolicyCheck.name);

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const client = new IORedis(this.config.redisUrl as string, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
    });
    try {
      await client.connect();
      const [, policy] = (await client.config('GET', 'maxmemory-policy')) as [string, string];
      if (policy !== 'noeviction') {
        this.logger.warn(
          `Redis maxmemory-policy is "${policy}"; set it to "noeviction" or queued jobs may be evicted ` +
            '(Postgres still has every run, so they are queued again, but later)',
        );
      }
    } catch (error) {
      this.logger.warn(`could not read Redis maxmemory-policy: ${String(error)}`);
    } finally {
      client.disconnect();
    }
  }
}
