import type { SendQueueDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';

export const sendQueueQueryKey = (search: string) => ['send-queue', search] as const;

export function useSendQueue(search: string) {
  return useQuery({
    queryKey: sendQueueQueryKey(search),
    queryFn: () =>
      api.get<SendQueueDto>(
        `/api/send-queue${search ? `?search=${encodeURIComponent(search)}` : ''}`,
      ),
    staleTime: 0,
    // Sends fall due while the page is open.
    refetchInterval: 15_000,
  });
}

export function useQueuedSendAction(action: 'send-now' | 'cancel') {
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
