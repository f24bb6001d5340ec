import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DELIVERIES_QUEUE, RUNS_QUEUE, type RunDispatch } from './run-dispatch';

// Jobs carry ids only: Postgres holds the truth, so a lost or repeated job costs nothing but a
// lookup. Finished jobs are removed so the same run can be queued again after a crash.
const JOB_OPTIONS = { removeOnComplete: true, removeOnFail: true, attempts: 1 } as const;

@Injectable()
export class BullRunDispatch implements RunDispatch {
  constructor(
    @InjectQueue(RUNS_QUEUE) private readonly runs: Queue,
    @InjectQueue(DELIVERIES_QUEUE) private readonly deliveries: Queue,
  ) {}

  async dispatchRun(runId: string, redispatch: boolean): Promise<void> {
    // The job id makes a second dispatch of a waiting run a no-op; a watchdog re-dispatch gets
    // its own id, and two jobs for one run are harmless: only one process can claim the run.
    const jobId = redispatch ? `${runId}-${Date.now()}` : runId;
    await this.runs.add('run', { runId }, { ...JOB_OPTIONS, jobId });
  }

  async dispatchDelivery(deliveryId: string, runId: string, attempt: number): Promise<void> {
    await this.deliveries.add(
      'delivery',
      { deliveryId, runId },
      { ...JOB_OPTIONS, jobId: `${deliveryId}-${attempt}` },
    );
  }
}
