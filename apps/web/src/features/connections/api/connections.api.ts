import type {
  ConnectionDto,
  CreateConnectionDto,
  StartRunResultDto,
  UpdateConnectionDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../app/api-client';

export const connectionsQueryKey = ['connections'] as const;
export const connectionQueryKey = (id: string) => ['connections', id] as const;

const path = (id: string) => `/api/connections/${encodeURIComponent(id)}`;

export function useConnections() {
  return useQuery({
    queryKey: connectionsQueryKey,
    queryFn: () => api.get<ConnectionDto[]>('/api/connections'),
  });
}

export function useConnection(id: string) {
  return useQuery({
    queryKey: connectionQueryKey(id),
    queryFn: () => api.get<ConnectionDto>(path(id)),
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
