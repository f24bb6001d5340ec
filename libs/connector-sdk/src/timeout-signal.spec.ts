import { describe, expect, it } from '@jest/globals';
import { timeoutSignal } from './timeout-signal';

describe('timeoutSignal', () => {
  it('should abort with a TimeoutError once the time is up', async () => {
    const { signal } = timeoutSignal(5);
    await new Promise((done) => signal.addEventListener('abort', done));
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).name).toBe('TimeoutError');
  });

  it('should never abort once cleared', async () => {
    const { signal, clear } = timeoutSignal(5);
    clear();
    await new Promise((done) => setTimeout(done, 20));
    expect(signal.aborted).toBe(false);
  });
});
