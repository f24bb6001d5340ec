import type { DueClaim } from './delivery.ledger';
import type { ClaimedRun } from './run.ledger';

/**
 * Where runs and due delivery retries go to be executed: an in-process queue, or BullMQ on
 * Redis shared by several processes. Postgres holds the truth either way, so a lost or
 * repeated dispatch costs nothing but a lookup: only one process can claim a run or an attempt.
 * So dispatching never throws: work that cannot be handed over now stays queued in Postgres,
 * and the watchdog dispatches it again.
 */
export interface RunDispatch {
  /** Whether dispatched work executes in this process (a due delivery may then be claimed here). */
  readonly executesHere: boolean;
  /**
   * `redispatch`: the watchdog sends it again; a transport may need a new id to get past a stale
   * job. `held`: the run was stored claimed, for whoever takes this dispatch (see HeldRun).
   */
  dispatchRun(runId: string, redispatch: boolean, held?: HeldRun): Promise<void>;
  /** `held`: the delivery was claimed by this process's sweep (only where `executesHere`). */
  dispatchDelivery(
    deliveryId: string,
    runId: string,
    attempt: number,
    held?: HeldDelivery,
  ): Promise<void>;
  /** Work waiting or running in this process: the sweep claims due sends up to a bound of it. */
  backlog(): number;
  /** Starts handing dispatched work to `consumer` in this process (a no-op where it only dispatches). */
  consume(consumer: RunConsumer): void;
}

/** What executes dispatched work: the same two entries whichever transport brought it. */
export interface RunConsumer {
  execute(runId: string, held?: HeldRun): Promise<void>;
  retryDelivery(deliveryId: string, runId: string, held?: HeldDelivery): Promise<void>;
}

export const RUN_DISPATCH = Symbol('RUN_DISPATCH');

/**
 * A run a hook call stored already claimed, with what a claim would have answered; it saves the
 * executor its claim statement. The claim belongs to whoever takes the dispatch (this process,
 * or the worker that takes the queue's job) only while its lease lasts: `claimedAt` (wall
 * clock, taken before the ingest statement) tells the executor whether to trust it, renew it,
 * or claim the run like any other.
 */
export interface HeldRun extends ClaimedRun {
  claimedAt: number;
}

/**
 * A due delivery this process's sweep claimed for itself (see DeliveryLedger.claimDue). Until
 * its send starts it may be handed back (`released`, on shutdown); once `started`, never. The
 * state changes only synchronously, so the two cannot both happen.
 */
export interface HeldDelivery extends DueClaim {
  claimedAt: number;
  state: 'waiting' | 'started' | 'released';
}
