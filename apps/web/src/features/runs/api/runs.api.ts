import type {
  DeliveryDto,
  RetryRunResultDto,
  StartRunResultDto,
  RunDetailDto,
  RunDto,
  RunStatus,
  WorkspaceRunDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';

const POLL_MS = 2_000;

export const runsQueryKey = (connectionId: string) => ['runs', connectionId] as const;
export const runQueryKey = (runId: string) => ['run', runId] as const;
export const workspaceRunsQueryKey = (status: RunStatus | null) =>
  ['runs', 'workspace', status ?? 'all'] as const;

export function isRunActive(run: Pick<RunDto, 'status'>): boolean {
  return run.status === 'queued' || run.status === 'running';
}

export function isRunDetailActive(run: RunDetailDto): boolean {
  return (
    isRunActive(run) ||
    run.items.some((item) =>
      item.deliveries.some(
        (d) => d.status === 'pending' || d.status === 'sending' || d.status === 'retrying',
      ),
    )
  );
}

export function useRuns(connectionId: string) {
  return useQuery({
    queryKey: runsQueryKey(connectionId),
    queryFn: () => api.get<RunDto[]>(`/api/connections/${encodeURIComponent(connectionId)}/runs`),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.some(isRunActive) ? POLL_MS : false),
  });
}

export function useRun(runId: string) {
  return useQuery({
    queryKey: runQueryKey(runId),
    queryFn: () => api.get<RunDetailDto>(`/api/runs/${encodeURIComponent(runId)}`),
    staleTime: 0,
    refetchInterval: (query) =>
      query.state.data && isRunDetailActive(query.state.data) ? POLL_MS : false,
  });
}

export function useRetryDelivery(runId: string, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      api.post<DeliveryDto>(`/api/deliveries/${encodeURIComponent(deliveryId)}/retry`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: runQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: runsQueryKey(connectionId) });
    },
  });
}

/** "Run again with this item": a new run of the item's connection with a copy of it. */
export function useRunAgainWithItem(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (itemId: string) =>
      api.post<StartRunResultDto>(`/api/items/${encodeURIComponent(itemId)}/run-again`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: runsQueryKey(connectionId) }),
  });
}

/** Every connection's runs, newest first; refreshes while one is queued or running. */
export function useWorkspaceRuns(status: RunStatus | null) {
  return useQuery({
    queryKey: workspaceRunsQueryKey(status),
    queryFn: () =>
      api.get<WorkspaceRunDto[]>(
        status ? `/api/runs?status=${encodeURIComponent(status)}` : '/api/runs',
      ),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data?.some(isRunActive) ? POLL_MS : false),
  });
}

/** Sends every failed delivery of a run again. */
export function useRetryRun(runId: string, connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<RetryRunResultDto>(`/api/runs/${encodeURIComponent(runId)}/retry`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: runQueryKey(runId) });
      void queryClient.invalidateQueries({ queryKey: runsQueryKey(connectionId) });
      void queryClient.invalidateQueries({ queryKey: ['runs', 'workspace'] });
    },
  });
}
