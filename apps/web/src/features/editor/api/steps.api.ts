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
import { useMutation, useQuery } from '@tanstack/react-query';
import { api, apiRequest } from '@/app/api-client';
import { patchStep, removeStep, restoreStep, revertStep, storeStep } from '../store/save-queue';
import { useEditorSave } from './editor-saves';

const base = (connectionId: string) => `/api/connections/${encodeURIComponent(connectionId)}`;

export const sampleQueryKey = (connectionId: string) =>
  ['connections', connectionId, 'sample'] as const;

export function useUpsertSource(connectionId: string) {
  const sourceOf = (c: ConnectionDto) => c.steps.find((s) => s.role === 'source');
  return useEditorSave({
    connectionId,
    kind: 'source',
    mutationFn: (body: UpsertStepDto) => api.put<StepDto>(`${base(connectionId)}/source`, body),
    // A first source needs the API's id before it can show; a changed one shows at once.
    optimistic: (connection, body) => {
      const source = sourceOf(connection);
      return source ? patchStep(connection, source.id, body) : connection;
    },
    rollback: (current, before, body) => {
      const source = sourceOf(before);
      return source ? revertStep(current, before, source.id, body) : current;
    },
    store: storeStep,
  });
}

export function useAddReceiver(connectionId: string) {
  return useEditorSave({
    connectionId,
    kind: 'add-receiver',
    mutationFn: (body: UpsertStepDto) => api.post<StepDto>(`${base(connectionId)}/receivers`, body),
    store: storeStep,
  });
}

export function useUpdateStep(connectionId: string) {
  return useEditorSave({
    connectionId,
    kind: 'step',
    mutationFn: ({ stepId, ...body }: UpdateStepDto & { stepId: string }) =>
      api.patch<StepDto>(`${base(connectionId)}/steps/${encodeURIComponent(stepId)}`, body),
    optimistic: (connection, { stepId, ...body }) => patchStep(connection, stepId, body),
    rollback: (current, before, { stepId, ...body }) => revertStep(current, before, stepId, body),
    store: storeStep,
  });
}

export function useDeleteStep(connectionId: string) {
  return useEditorSave({
    connectionId,
    kind: 'delete-step',
    mutationFn: (stepId: string) =>
      api.delete(`${base(connectionId)}/steps/${encodeURIComponent(stepId)}`),
    optimistic: (connection, stepId) => removeStep(connection, stepId),
    rollback: (current, before, stepId) => restoreStep(current, before, stepId),
    store: (connection, _void, stepId) => removeStep(connection, stepId),
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
 * "Load from <System>": reads the polled source now; nothing is stored or sent, so the editor
 * store keeps the answer (see use-fresh-sample.ts). Not retried: one read can take 30 seconds.
 */
export const readSourceKey = (connectionId: string) =>
  ['connections', connectionId, 'read-source'] as const;

export function useReadSource(connectionId: string) {
  return useMutation({
    mutationKey: readSourceKey(connectionId),
    mutationFn: () => api.post<SampleDto>(`${base(connectionId)}/sample/load`),
    retry: false,
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
