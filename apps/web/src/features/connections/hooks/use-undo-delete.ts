import { useEffect, useRef, useState } from 'react';
import { useDeleteConnection } from '../api/connections.api';
import { createUndoQueue, type UndoQueue } from './undo-queue';

export const UNDO_DELETE_MS = 6_000;

/**
 * Deleting a connection hides its row at once; the DELETE is sent only when the undo toast
 * expires. Leaving the page sends what is still pending, so nothing deleted comes back later.
 */
export function useUndoDelete() {
  const remove = useDeleteConnection();
  const mutate = useRef(remove.mutate);
  mutate.current = remove.mutate;
  const [pending, setPending] = useState<string[]>([]);
  const [queue] = useState<UndoQueue>(() =>
    createUndoQueue({
      delayMs: UNDO_DELETE_MS,
      onCommit: (id) => mutate.current(id),
      onChange: setPending,
    }),
  );

  useEffect(() => () => queue.flush(), [queue]);

  return {
    pending,
    remove: queue.schedule,
    undo: queue.undo,
    error: remove.error,
  };
}
