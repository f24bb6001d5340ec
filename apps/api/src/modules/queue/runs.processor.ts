import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { RunExecutor } from '../runs/run-executor';
import { DELIVERIES_QUEUE, RUNS_QUEUE } from './run-dispatch';

export const WORKER_CONCURRENCY = 4;

/** Worker side of queue mode: executes runs taken from Redis. */
@Processor(RUNS_QUEUE, { concurrency: WORKER_CONCURRENCY })
export class RunsProcessor extends WorkerHost {
  constructor(private readonly executor: RunExecutor) {
    super();
  }

  async process(job: Job<{ runId: string }>): Promise<void> {
    await this.executor.execute(job.data.runId);
  }
}

/** Worker side of queue mode: re-attempts deliveries whose retry time has come. */
@Processor(DELIVERIES_QUEUE, { concurrency: WORKER_CONCURRENCY })
export class DeliveriesProcessor extends WorkerHost {
  constructor(private readonly executor: RunExecutor) {
    super();
  }

  async process(job: Job<{ deliveryId: string; runId: string }>): Promise<void> {
    await this.executor.retryNow(job.data.deliveryId, job.data.runId);
  }
}
