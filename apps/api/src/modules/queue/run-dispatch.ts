/** Where runs and due deliveries go when a shared queue (BullMQ on Redis) is configured. */
export interface RunDispatch {
  /** `redispatch`: the watchdog sends it again; a new job id gets past a stale job. */
  dispatchRun(runId: string, redispatch: boolean): Promise<void>;
  dispatchDelivery(deliveryId: string, runId: string, attempt: number): Promise<void>;
}

export const RUN_DISPATCH = Symbol('RUN_DISPATCH');
export const RUNS_QUEUE = 'fluxo-runs';
export const DELIVERIES_QUEUE = 'fluxo-deliveries';
