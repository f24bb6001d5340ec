/** What the queue needs from the clock; tests pass fake timers. */
export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

export interface UndoQueueOptions {
  delayMs: number;
  /** Really do it: called once per id, when its time is up or on flush. */
  onCommit: (id: string) => void;
  /** The pending ids changed (scheduled, undone or committed). */
  onChange?: (pending: string[]) => void;
  timers?: Timers;
}

export interface UndoQueue {
  /** Starts (or restarts) the countdown for `id`. */
  schedule: (id: string) => void;
  /** Cancels `id`; false when it was already committed or never scheduled. */
  undo: (id: string) => boolean;
  /** Commits everything still pending now, e.g. when the user leaves the page. */
  flush: () => void;
  /**
   * Takes everything still pending out of the queue without committing it, for the caller to
   * commit another way (the tab is closing: only a keepalive request still gets out).
   */
  drain: () => string[];
  pending: () => string[];
}

const browserTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Delete with undo: the action is only sent when its countdown ends, so "Undo" needs no
 * server-side restore.
 */
export function createUndoQueue({
  delayMs,
  onCommit,
  onChange,
  timers = browserTimers,
}: UndoQueueOptions): UndoQueue {
  const handles = new Map<string, unknown>();
  const changed = () => onChange?.([...handles.keys()]);

  const commit = (id: string) => {
    if (!handles.has(id)) return;
    handles.delete(id);
    changed();
    onCommit(id);
  };

  return {
    schedule(id) {
      if (handles.has(id)) timers.clearTimeout(handles.get(id));
      handles.set(
        id,
        timers.setTimeout(() => commit(id), delayMs),
      );
      changed();
    },
    undo(id) {
      if (!handles.has(id)) return false;
      timers.clearTimeout(handles.get(id));
      handles.delete(id);
      changed();
      return true;
    },
    flush() {
      for (const [id, handle] of [...handles]) {
        timers.clearTimeout(handle);
        commit(id);
      }
    },
    drain() {
      const ids = [...handles.keys()];
      if (ids.length === 0) return ids;
      for (const handle of handles.values()) timers.clearTimeout(handle);
      handles.clear();
      changed();
      return ids;
    },
    pending: () => [...handles.keys()],
  };
}
