import type {
  AccountCheckDto,
  AccountDto,
  CreateAccountDto,
  UpdateAccountDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/app/api-client';

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

/** A new name and/or new credentials (secrets left blank are kept; new ones are checked first). */
export function useUpdateAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: UpdateAccountDto & { id: string }) =>
      api.patch<AccountDto>(`/api/accounts/${encodeURIComponent(id)}`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountsQueryKey }),
  });
}

const CHECK_FAILED_PREFIX = /^The account check failed, so nothing was saved: /;

/** The vendor's reason when saving was refused because the account check failed; null otherwise. */
export function checkFailureOf(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'ACCOUNT_CHECK_FAILED') return null;
  return error.message.replace(CHECK_FAILED_PREFIX, '');
}
