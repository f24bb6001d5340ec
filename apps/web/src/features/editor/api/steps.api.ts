import type {
  ConnectionDto,
  PreviewDto,
  SampleDto,
  StepDto,
  TestSampleDto,
  TestSendResultDto,
  UpdateStepDto,
  UpsertStepDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiRequest } from '../../../app/api-client';
import { connectionQueryKey, connectionsQueryKey } from '../../connections/api/connections.api';

const base = (connectionId: string) => `/api/connections/${encodeURIComponent(connectionId)}`;

export const sampleQueryKey = (connectionId: string) =>
  ['connections', connectionId, 'sample'] as const;

/** Data just read from a polled source; its own key so nothing invalidates it by accident. */
export const freshSampleQueryKey = (connectionId: string) =>
  ['connections', connectionId, 'fresh-sample'] as const;

/** Replaces or adds a step in the cached connection so the canvas updates at once. */
function useStoreStep(connectionId: string) {
  const queryClient = useQueryClient();
  return (step: StepDto) => {
    queryClient.setQueryData<ConnectionDto>(connectionQueryKey(connectionId), (connection) => {
      if (!connection) return connection;
      const exists = connection.steps.some((s) => s.id === step.id);
      const steps = exists
        ? connection.steps.map((s) => (s.id === step.id ? step : s))
        : [
            ...connection.steps.filter((s) => !(step.role === 'source' && s.role === 'source')),
            step,
          ];
      return { ...connection, steps };
    });
    // The hook path and the list's logos depend on the steps.
    void queryClient.invalidateQueries({ queryKey: connectionQueryKey(connectionId), exact: true });
    void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
  };
}

export function useUpsertSource(connectionId: string) {
  const storeStep = useStoreStep(connectionId);
  return useMutation({
    mutationFn: (body: UpsertStepDto) => api.put<StepDto>(`${base(connectionId)}/source`, body),
    onSuccess: storeStep,
  });
}

export function useAddReceiver(connectionId: string) {
  const storeStep = useStoreStep(connectionId);
  return useMutation({
    mutationFn: (body: UpsertStepDto) => api.post<StepDto>(`${base(connectionId)}/receivers`, body),
    onSuccess: storeStep,
  });
}

export function useUpdateStep(connectionId: string) {
  const storeStep = useStoreStep(connectionId);
  return useMutation({
    mutationFn: ({ stepId, ...body }: UpdateStepDto & { stepId: string }) =>
      api.patch<StepDto>(`${base(connectionId)}/steps/${encodeURIComponent(stepId)}`, body),
    onSuccess: storeStep,
  });
}

export function useDeleteStep(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (stepId: string) =>
      api.delete(`${base(connectionId)}/steps/${encodeURIComponent(stepId)}`),
    onSuccess: (_void, stepId) => {
      queryClient.setQueryData<ConnectionDto>(connectionQueryKey(connectionId), (connection) =>
        connection
          ? { ...connection, steps: connection.steps.filter((s) => s.id !== stepId) }
          : connection,
      );
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
    },
  });
}

export function useSample(connectionId: string, enabled: boolean) {
  return useQuery({
    queryKey: sampleQueryKey(connectionId),
    queryFn: () => api.get<SampleDto>(`${base(connectionId)}/sample`),
    enabled,
    staleTime: 0,
  });
}

/**
 * "Load from <System>": reads the polled source now; nothing is stored or sent. Runs only when
 * asked (`refetch`), never by itself, and is not retried: one read can take 30 seconds.
 */
export function useFreshSample(connectionId: string) {
  return useQuery({
    queryKey: freshSampleQueryKey(connectionId),
    queryFn: () => api.post<SampleDto>(`${base(connectionId)}/sample/load`),
    enabled: false,
    retry: false,
    staleTime: Infinity,
  });
}

interface TestRequest {
  stepId: string;
  /**
   * Data just read from the source. Without it no body at all is sent (not `{}`): the API then
   * uses the stored item, else the connector's example.
   */
  body?: TestSampleDto;
}

const testPath = (connectionId: string, stepId: string, action: 'preview' | 'test') =>
  `${base(connectionId)}/steps/${encodeURIComponent(stepId)}/${action}`;

export function usePreview(connectionId: string) {
  return useMutation({
    mutationFn: ({ stepId, body }: TestRequest) =>
      apiRequest<PreviewDto>('POST', testPath(connectionId, stepId, 'preview'), body),
  });
}

export function useTestSend(connectionId: string) {
  return useMutation({
    mutationFn: ({ stepId, body }: TestRequest) =>
      apiRequest<TestSendResultDto>('POST', testPath(connectionId, stepId, 'test'), body),
  });
}
