import type {
  ConnectionDto,
  CreateConnectionDto,
  StartRunResultDto,
  Trigger,
  TriggerPreviewDto,
  UpdateConnectionDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';

export const connectionsQueryKey = ['connections'] as const;
export const connectionQueryKey = (id: string) => ['connections', id] as const;

const path = (id: string) => `/api/connections/${encodeURIComponent(id)}`;

export function useConnections() {
  return useQuery({
    queryKey: connectionsQueryKey,
    queryFn: () => api.get<ConnectionDto[]>('/api/connections'),
  });
}

export function useConnection(id: string, options: { refetchInterval?: number | false } = {}) {
  return useQuery({
    queryKey: connectionQueryKey(id),
    queryFn: () => api.get<ConnectionDto>(path(id)),
    refetchInterval: options.refetchInterval,
  });
}

export function useCreateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateConnectionDto) => api.post<ConnectionDto>('/api/connections', body),
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionQueryKey(connection.id), connection);
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
    },
  });
}

export function useUpdateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateConnectionDto & { id: string }) =>
      api.patch<ConnectionDto>(path(id), body),
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionQueryKey(connection.id), connection);
      queryClient.setQueryData<ConnectionDto[]>(connectionsQueryKey, (list) =>
        list?.map((c) => (c.id === connection.id ? connection : c)),
      );
    },
  });
}

export function useDeleteConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(path(id)),
    onMutate: (id) => {
      // The row is already gone from the screen (undo toast); keep it gone while the list reloads.
      queryClient.setQueryData<ConnectionDto[]>(connectionsQueryKey, (list) =>
        list?.filter((c) => c.id !== id),
      );
    },
    onError: () =>
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true }),
    onSuccess: (_void, id) => {
      queryClient.removeQueries({ queryKey: connectionQueryKey(id) });
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
    },
  });
}

export function useRunOnce() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<StartRunResultDto>(`${path(id)}/run`),
    onSuccess: (_result, id) => queryClient.invalidateQueries({ queryKey: ['runs', id] }),
  });
}

export function useDuplicateConnection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<ConnectionDto>(`${path(id)}/duplicate`),
    onSuccess: (copy) => {
      queryClient.setQueryData(connectionQueryKey(copy.id), copy);
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
    },
  });
}

/**
 * The next run `trigger` would get if saved now, or why it cannot be saved. Nothing is saved;
 * pass null to ask nothing (e.g. while the form has mistakes the browser already shows).
 */
export function useTriggerPreview(id: string, trigger: Trigger | null) {
  return useQuery({
    queryKey: ['connections', id, 'trigger-preview', trigger] as const,
    queryFn: () => api.post<TriggerPreviewDto>(`${path(id)}/trigger-preview`, { trigger }),
    enabled: trigger !== null,
    // The answer depends on the clock; a minute old is still right for the 5-minute rule's needs.
    staleTime: 30_000,
    placeholderData: (previous) => previous,
  });
}
