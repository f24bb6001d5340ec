import type { AccountCheckDto, AccountDto, CreateAccountDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';

export const accountsQueryKey = ['accounts'] as const;

export function useAccounts() {
  return useQuery({
    queryKey: accountsQueryKey,
    queryFn: () => api.get<AccountDto[]>('/api/accounts'),
  });
}

export function useCreateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAccountDto) => api.post<AccountDto>('/api/accounts', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

export function checkAccount(id: string): Promise<AccountCheckDto> {
  return api.post<AccountCheckDto>(`/api/accounts/${encodeURIComponent(id)}/check`);
}

export function useCheckAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => checkAccount(id),
    onSettled: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/accounts/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

export function useRenameAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, name }: { id: string; name: string }) =>
      api.patch<AccountDto>(`/api/accounts/${encodeURIComponent(id)}`, { name }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}
