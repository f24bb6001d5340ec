/**
 * Many callers, one statement: calls submitted while earlier batches are still in flight wait
 * together and go out as the next batch. Nothing waits on a timer, so a lone call is flushed
 * at once (no added latency when idle) and batches grow only as fast as the work arrives —
 * "group commit" without a window to tune.
 */
export interface MicroBatcherOptions {
  /** Most inputs in one batch; more wait for the next. */
  maxBatch: number;
  /** Batches running at once; while all are busy, new inputs accumulate. */
  maxInFlight: number;
  /**
   * When a batch of several fails, run each input of it alone, so only the input that caused
   * the failure gets it. Only safe where a failed batch changed nothing (one SQL statement).
   */
  retryAlone?: boolean;
}

/** Runs one batch; answers one output per input, in the same order. */
export type BatchRunner<In, Out> = (inputs: readonly In[]) => Promise<readonly Out[]>;

interface Waiting<In, Out> {
  input: In;
  resolve(output: Out): void;
  reject(error: unknown): void;
}

export class MicroBatcher<In, Out> {
  private queue: Waiting<In, Out>[] = [];
  private inFlight = 0;

  constructor(
    private readonly runBatch: BatchRunner<In, Out>,
    private readonly options: MicroBatcherOptions,
  ) {
    if (options.maxBatch < 1 || options.maxInFlight < 1) {
      throw new RangeError('maxBatch and maxInFlight must be at least 1');
    }
  }

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  /** Inputs submitted and not yet answered, in flight or waiting. */
  get size(): number {
    return this.queue.length + this.inFlight;
  }

  private pump(): void {
    while (this.queue.length && this.inFlight < this.options.maxInFlight) {
      const batch = this.queue.splice(0, this.options.maxBatch);
      this.inFlight += 1;
      void this.settle(batch).finally(() => {
        this.inFlight -= 1;
        this.pump();
      });
    }
  }

  private async settle(batch: Waiting<In, Out>[]): Promise<void> {
    try {
      const outputs = await this.run(batch.map((waiting) => waiting.input));
      batch.forEach((waiting, index) => waiting.resolve(outputs[index] as Out));
    } catch (error) {
      if (!this.options.retryAlone || batch.length === 1) {
        for (const waiting of batch) waiting.reject(error);
        return;
      }
      await Promise.all(batch.map((waiting) => this.settle([waiting])));
    }
  }

  private async run(inputs: readonly In[]): Promise<readonly Out[]> {
    const outputs = await this.runBatch(inputs);
    if (outputs.length !== inputs.length) {
      throw new Error(`a batch of ${inputs.length} answered ${outputs.length} results`);
    }
    return outputs;
  }
}
