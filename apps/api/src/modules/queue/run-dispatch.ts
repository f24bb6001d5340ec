/** Where runs and due deliveries go when a shared queue (BullMQ on Redis) is configured. */
export interface RunDispatch {
  dispatchRun(runId: string): Promise<void>;
  dispatchDelivery(deliveryId: string, runId: string, attempt: number): Promise<void>;
}

export const RUN_DISPATCH = Symbol('RUN_DISPATCH');
export const RUNS_QUEUE = 'fluxo-runs';
export const DELIVERIES_QUEUE = 'fluxo-deliveries';
