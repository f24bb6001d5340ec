import type { ConnectionDto, UpdateConnectionDto } from '@fluxo/contracts';
import {
  mutationOptions,
  useMutation,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { api } from '@/app/api-client';
import {
  connectionQueryKey,
  connectionsQueryKey,
} from '@/features/connections/api/connections.api';
import {
  editorSaveKey,
  editorSaveScope,
  patchConnection,
  revertConnection,
  type SaveKind,
} from '../store/save-queue';

interface EditorSaveOptions<TVars, TData> {
  connectionId: string;
  kind: SaveKind;
  mutationFn: (variables: TVars) => Promise<TData>;
  /** The connection as the change makes it look, shown before the API answers. */
  optimistic?: (connection: ConnectionDto, variables: TVars) => ConnectionDto;
  /** Undoes `optimistic` after a refusal, given the connection before it. */
  rollback?: (current: ConnectionDto, before: ConnectionDto, variables: TVars) => ConnectionDto;
  /** Writes the API's answer into the cached connection. */
  store?: (connection: ConnectionDto, data: TData, variables: TVars) => ConnectionDto;
  onStored?: (queryClient: QueryClient, data: TData, variables: TVars) => void;
}

/**
 * A save of the open connection: queued behind the connection's other saves, shown at once,
 * undone on refusal, and listed in the top bar's save status (see save-queue.ts).
 */
export function useEditorSave<TVars, TData>(options: EditorSaveOptions<TVars, TData>) {
  return useMutation(editorSaveOptions(useQueryClient(), options));
}

export function editorSaveOptions<TVars, TData>(
  queryClient: QueryClient,
  {
    connectionId,
    kind,
    mutationFn,
    optimistic,
    rollback,
    store,
    onStored,
  }: EditorSaveOptions<TVars, TData>,
) {
  const key = connectionQueryKey(connectionId);
  const update = (change: (connection: ConnectionDto) => ConnectionDto) =>
    queryClient.setQueryData<ConnectionDto>(key, (c) => (c ? change(c) : c));
  // Another save still waits or runs: its answer (or the final reload) brings the truth, and
  // writing this one's answer now would hide its change for a moment.
  const othersPending = () =>
    queryClient.isMutating({ mutationKey: editorSaveKey(connectionId) }) > 1;
  const reload = () => {
    void queryClient.invalidateQueries({ queryKey: key, exact: true });
    // The list's names, logos and states depend on the connection and its steps.
    void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
  };

  return mutationOptions({
    mutationKey: editorSaveKey(connectionId, kind),
    scope: editorSaveScope(connectionId),
    // A refused change stays listed (with Retry) however long the user takes.
    gcTime: Infinity,
    mutationFn,
    onMutate: async (variables: TVars) => {
      // A reload in flight would overwrite the change shown below.
      await queryClient.cancelQueries({ queryKey: key, exact: true });
      const before = queryClient.getQueryData<ConnectionDto>(key);
      if (optimistic) update((c) => optimistic(c, variables));
      return { before };
    },
    onError: (_error, variables, context) => {
      const before = context?.before;
      if (before && rollback) update((c) => rollback(c, before, variables));
      if (!othersPending()) reload();
    },
    onSuccess: (data, variables) => {
      if (store && !othersPending()) update((c) => store(c, data, variables));
      onStored?.(queryClient, data, variables);
      if (!othersPending()) reload();
    },
  });
}

/**
 * Sends a refused save again: the same change with the same callbacks, queued behind the
 * connection's other saves. The refused one leaves the list; the new one's outcome replaces it.
 */
export function retrySave(queryClient: QueryClient, mutationId: number): Promise<unknown> {
  const cache = queryClient.getMutationCache();
  const failed = cache.getAll().find((m) => m.mutationId === mutationId);
  if (!failed) return Promise.resolve();
  const again = cache.build(queryClient, failed.options).execute(failed.state.variables);
  cache.remove(failed);
  return again;
}

/** Rename, on/off and auto-update of the open connection. */
export function useSaveConnection(connectionId: string) {
  return useEditorSave({
    connectionId,
    kind: 'connection',
    mutationFn: ({ id, ...body }: UpdateConnectionDto & { id: string }) =>
      api.patch<ConnectionDto>(`/api/connections/${encodeURIComponent(id)}`, body),
    optimistic: (connection, body) => patchConnection(connection, body),
    rollback: (current, before, body) => revertConnection(current, before, body),
    store: (_connection, saved) => saved,
    onStored: (queryClient, saved) =>
      queryClient.setQueryData<ConnectionDto[]>(connectionsQueryKey, (list) =>
        list?.map((c) => (c.id === saved.id ? saved : c)),
      ),
  });
}
