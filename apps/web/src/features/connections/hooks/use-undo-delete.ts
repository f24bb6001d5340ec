import type { ConnectionDto } from '@fluxo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { connectionsQueryKey, useDeleteConnection } from '../api/connections.api';
import { keepaliveDeleteRequest } from './keepalive-delete';
import { createUndoQueue, type UndoQueue } from './undo-queue';

export const UNDO_DELETE_MS = 6_000;

/**
 * Deleting a connection hides its row at once; the DELETE is sent only when the undo toast
 * expires. Leaving the page sends what is still pending, so nothing deleted comes back later.
 */
export function useUndoDelete() {
  const queryClient = useQueryClient();
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

  // Another page of the app: React unmounts the list and the mutation sends the rest.
  useEffect(() => () => queue.flush(), [queue]);

  // The tab closes or navigates away: nothing unmounts and timers stop, so send the rest as
  // keepalive requests, which the browser delivers after the page is gone.
  useEffect(() => {
    const onPageHide = () => {
      const ids = queue.drain();
      if (ids.length === 0) return;
      for (const id of ids) fetch(...keepaliveDeleteRequest(id)).catch(() => undefined);
      // Restored from the back/forward cache: keep the rows gone.
      queryClient.setQueryData<ConnectionDto[]>(connectionsQueryKey, (list) =>
        list?.filter((c) => !ids.includes(c.id)),
      );
    };
    window.addEventListener('pagehide', onPageHide);
    return () => window.removeEventListener('pagehide', onPageHide);
  }, [queue, queryClient]);

  return {
    pending,
    remove: queue.schedule,
    undo: queue.undo,
    error: remove.error,
  };
}
