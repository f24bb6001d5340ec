import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import {
  editorSaveKey,
  hasUnsavedChanges,
  saveStatus,
  type SaveKind,
  type SaveRecord,
  type SaveStatus,
} from '../store/save-queue';
import { retrySave } from '../api/editor-saves';

/** Every save of the open connection as one status, and a way to send a refused one again. */
export function useSaveStatus(connectionId: string): { status: SaveStatus; retry: () => void } {
  const queryClient = useQueryClient();
  const records = useMutationState({
    filters: { mutationKey: editorSaveKey(connectionId) },
    select: (mutation): SaveRecord => ({
      mutationId: mutation.mutationId,
      kind: mutation.options.mutationKey?.[2] as SaveKind,
      variables: mutation.state.variables,
      status: mutation.state.status,
      error: mutation.state.error,
      submittedAt: mutation.state.submittedAt,
    }),
  });
  const status = useMemo(() => saveStatus(records), [records]);

  const retry = useCallback(() => {
    if (status.kind !== 'failed') return;
    // Its outcome shows in the status like any save's.
    retrySave(queryClient, status.mutationId).catch(() => undefined);
  }, [queryClient, status]);

  // Leaving the editor forgets what was saved; a refused change stays to be shown next time.
  useEffect(
    () => () => {
      const cache = queryClient.getMutationCache();
      for (const mutation of cache.findAll({
        mutationKey: editorSaveKey(connectionId),
        status: 'success',
      }))
        cache.remove(mutation);
    },
    [queryClient, connectionId],
  );

  return { status, retry };
}

/** Asks the browser to confirm leaving the page while `status` has a change not saved yet. */
export function useWarnBeforeLeaving(status: SaveStatus) {
  const warn = hasUnsavedChanges(status);
  useEffect(() => {
    if (!warn) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when a return value is set; none shows its text any more.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [warn]);
}
