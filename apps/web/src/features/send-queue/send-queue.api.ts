import type { SendQueueDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';

export const sendQueueQueryKey = (search: string, connectionId: string | null) =>
  ['send-queue', search, connectionId] as const;

/** The waiting sends of the workspace, or of one connection. */
export function useSendQueue(search: string, connectionId: string | null = null) {
  const query = new URLSearchParams();
  if (search) query.set('search', search);
  if (connectionId) query.set('connectionId', connectionId);
  const suffix = query.toString() ? `?${query.toString()}` : '';
  return useQuery({
    queryKey: sendQueueQueryKey(search, connectionId),
    queryFn: () => api.get<SendQueueDto>(`/api/send-queue${suffix}`),
    staleTime: 0,
    // Sends fall due while the page is open.
    refetchInterval: 15_000,
  });
}

export function useQueuedSendAction(action: 'send-now' | 'cancel' | 'restore') {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (deliveryId: string) =>
      api.post<void>(`/api/send-queue/${encodeURIComponent(deliveryId)}/${action}`),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: ['send-queue'] });
      void queryClient.invalidateQueries({ queryKey: ['runs'] });
    },
  });
}
