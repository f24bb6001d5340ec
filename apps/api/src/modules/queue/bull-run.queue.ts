import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { Queue, Worker, type ConnectionOptions } from 'bullmq';
import IORedis from 'ioredis';
import type { HeldRun, RunConsumer, RunDispatch } from '../runs/run-dispatch.types';

export const RUNS_QUEUE = 'fluxo-runs';
export const DELIVERIES_QUEUE = 'fluxo-deliveries';

interface RunJob {
  runId: string;
  held?: HeldRun;
}

// Jobs carry ids (and a hook call's claim, see HeldRun): Postgres holds the truth, so a lost or
// repeated job costs nothing but a lookup. Finished jobs are removed so the same run can be
// queued again after a crash.
const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 1 } as const;

/**
 * Queue mode (REDIS_URL set): runs and due deliveries travel through BullMQ. Processes with
 * role `api` only dispatch; `worker` and `all` also consume.
 */
export class BullRunQueue implements RunDispatch, OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(BullRunQueue.name);
  private readonly connection: ConnectionOptions;
  private readonly runs: Queue;
  private readonly deliveries: Queue;
  private readonly workers: Worker[] = [];

  constructor(
    private readonly redisUrl: string,
    private readonly consumes: boolean,
    private readonly concurrency: number,
  ) {
    this.connection = connectionOptionsOf(redisUrl);
    this.runs = this.reportingErrors(new Queue(RUNS_QUEUE, { connection: this.connection }));
    this.deliveries = this.reportingErrors(
      new Queue(DELIVERIES_QUEUE, { connection: this.connection }),
    );
  }

  /** Any process consuming the queue may take a run or a due delivery. */
  readonly executesHere = false;

  /**
   * `held` travels in the job: the worker that takes it holds the claim while its lease lasts.
   * The lease's age is read against the worker's clock, so the API's and the workers' clocks
   * must agree to well within the executor's margin (5 s; NTP keeps them within milliseconds).
   */
  async dispatchRun(runId: string, redispatch: boolean, held?: HeldRun): Promise<void> {
    // The job id makes a second dispatch of a waiting run a no-op; a watchdog re-dispatch gets
    // its own id, because the job of a dead worker may still sit "active" until BullMQ notices
    // it stalled. Two jobs for one run are harmless: only one process can claim the run, and
    // the watchdog re-dispatches only runs whose lease ended, without a claim.
    const jobId = redispatch ? `${runId}-${Date.now()}` : runId;
    const data: RunJob = { runId, held };
    await this.runs
      .add('run', data, { ...JOB_OPTIONS, jobId })
      .catch((error: unknown) =>
        this.logger.warn(`could not queue run ${runId}: ${String(error)}`),
      );
  }

  async dispatchDelivery(deliveryId: string, runId: string, attempt: number): Promise<void> {
    await this.deliveries
      .add('delivery', { deliveryId, runId }, { ...JOB_OPTIONS, jobId: `${deliveryId}-${attempt}` })
      .catch((error: unknown) =>
        this.logger.warn(`could not queue delivery ${deliveryId}: ${String(error)}`),
      );
  }

  /** Dispatched work waits in Redis, not here. */
  backlog(): number {
    return 0;
  }

  consume(consumer: RunConsumer): void {
    if (!this.consumes || this.workers.length) return;
    const options = { connection: this.connection, concurrency: this.concurrency };
    this.workers.push(
      this.reportingErrors(
        new Worker<RunJob>(
          RUNS_QUEUE,
          (job) => consumer.execute(job.data.runId, job.data.held),
          options,
        ),
      ),
      this.reportingErrors(
        new Worker<{ deliveryId: string; runId: string }>(
          DELIVERIES_QUEUE,
          (job) => consumer.retryDelivery(job.data.deliveryId, job.data.runId),
          options,
        ),
      ),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.warnUnlessNoEviction();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    await Promise.all([this.runs.close(), this.deliveries.close()]);
  }

  /** Redis going away is reported, not thrown: the watchdog dispatches again from Postgres. */
  private reportingErrors<T extends Queue | Worker>(emitter: T): T {
    (emitter as Worker).on('error', (error: Error) =>
      this.logger.warn(`${emitter.name}: ${error.message}`),
    );
    return emitter;
  }

  /** BullMQ loses jobs when Redis evicts keys; say so at start instead of failing silently later. */
  private async warnUnlessNoEviction(): Promise<void> {
    const client = new IORedis(this.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
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

function connectionOptionsOf(redisUrl: string): ConnectionOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username || undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: null,
  };
}
