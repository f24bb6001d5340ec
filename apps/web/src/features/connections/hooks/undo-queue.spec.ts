import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createUndoQueue } from './undo-queue';

describe(createUndoQueue.name, () => {
  const delayMs = 6_000;
  let committed: string[];
  let changes: string[][];

  const makeSut = () =>
    createUndoQueue({
      delayMs,
      onCommit: (id) => committed.push(id),
      onChange: (pending) => changes.push(pending),
    });

  beforeEach(() => {
    jest.useFakeTimers();
    committed = [];
    changes = [];
  });

  afterEach(() => {
    jest.useRealTimers();
  });

  it('should commit only when the delay has passed', () => {
    const sut = makeSut();

    sut.schedule('a');
    jest.advanceTimersByTime(delayMs - 1);
    expect(committed).toEqual([]);
    expect(sut.pending()).toEqual(['a']);

    jest.advanceTimersByTime(1);
    expect(committed).toEqual(['a']);
    expect(sut.pending()).toEqual([]);
  });

  it('should never commit when undone before the delay', () => {
    const sut = makeSut();

    sut.schedule('a');
    jest.advanceTimersByTime(3_000);
    const undone = sut.undo('a');
    jest.advanceTimersByTime(delayMs * 2);

    expect(undone).toBe(true);
    expect(committed).toEqual([]);
    expect(changes).toEqual([['a'], []]);
  });

  it('should refuse to undo when the action was already committed', () => {
    const sut = makeSut();

    sut.schedule('a');
    jest.advanceTimersByTime(delayMs);

    expect(sut.undo('a')).toBe(false);
    expect(committed).toEqual(['a']);
  });

  it('should keep separate countdowns when several are scheduled', () => {
    const sut = makeSut();

    sut.schedule('a');
    jest.advanceTimersByTime(2_000);
    sut.schedule('b');
    sut.undo('a');
    jest.advanceTimersByTime(delayMs);

    expect(committed).toEqual(['b']);
  });

  it('should restart the countdown when the same id is scheduled again', () => {
    const sut = makeSut();

    sut.schedule('a');
    jest.advanceTimersByTime(4_000);
    sut.schedule('a');
    jest.advanceTimersByTime(4_000);
    expect(committed).toEqual([]);

    jest.advanceTimersByTime(2_000);
    expect(committed).toEqual(['a']);
  });

  it('should commit everything pending at once and only once when flushed', () => {
    const sut = makeSut();

    sut.schedule('a');
    sut.schedule('b');
    sut.flush();
    jest.advanceTimersByTime(delayMs * 2);

    expect(committed).toEqual(['a', 'b']);
    expect(sut.pending()).toEqual([]);
  });

  it('should hand over what is pending without committing it when drained', () => {
    const sut = makeSut();

    sut.schedule('a');
    sut.schedule('b');
    sut.undo('a');
    const drained = sut.drain();
    jest.advanceTimersByTime(delayMs * 2);
    sut.flush();

    expect(drained).toEqual(['b']);
    expect(committed).toEqual([]);
    expect(sut.pending()).toEqual([]);
    expect(changes.at(-1)).toEqual([]);
  });

  it('should report no change when drained with nothing pending', () => {
    const sut = makeSut();

    expect(sut.drain()).toEqual([]);
    expect(changes).toEqual([]);
  });
});
