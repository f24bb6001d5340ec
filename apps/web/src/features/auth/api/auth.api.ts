import type {
  ApiKeyDto,
  CreateApiKeyDto,
  CreatedApiKeyDto,
  Credentials,
  InstanceStatusDto,
  PasswordChangeDto,
  PasswordForgotDto,
  PasswordResetDto,
  Role,
  SessionDto,
} from '@fluxo/contracts';
import { roleAtLeast } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '@/app/api-client';
import { sessionQueryKey } from '@/app/query-client';

async function fetchSession(): Promise<SessionDto | null> {
  try {
    return await api.get<SessionDto>('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: Infinity });
}

/**
 * The person's role in the current workspace. Pages render only once RequireAuth has the
 * session; the API checks every call whatever the page shows.
 */
export function useRole(): Role {
  return useSession().data?.workspace.role ?? 'owner';
}

/** Whether the page shows controls that change things (a viewer only reads). */
export function useCanEdit(): boolean {
  return roleAtLeast(useRole(), 'editor');
}

/** Whether anyone has signed up yet; asked once per visit of the log-in page. */
export function useInstanceStatus() {
  return useQuery({
    queryKey: ['auth', 'instance'],
    queryFn: () => api.get<InstanceStatusDto>('/api/auth/instance'),
    staleTime: 0,
  });
}

/** The instance's settings the editor shows (they change only with a restart). */
function useInstanceSettings() {
  return useQuery({
    queryKey: ['auth', 'instance'],
    queryFn: () => api.get<InstanceStatusDto>('/api/auth/instance'),
    staleTime: 5 * 60_000,
  });
}

/** Whether the instance has mail of its own (FLUXO_SMTP_URL) that receivers may send through. */
export function useInstanceMail(): boolean {
  return useInstanceSettings().data?.instanceMail ?? false;
}

/** Where vendors reach this instance: FLUXO_PUBLIC_URL when set, else this page's origin. */
export function usePublicBaseUrl(): string {
  const instance = useInstanceSettings();
  return (instance.data?.publicUrl ?? window.location.origin).replace(/\/+$/, '');
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => api.post<SessionDto>('/api/auth/login', body),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}

export function useSignup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Credentials) => api.post<SessionDto>('/api/auth/signup', body),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<void>('/api/auth/logout'),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

type PasswordForgotInput = Pick<PasswordForgotDto, 'email' | 'locale'>;

export function useForgotPassword() {
  return useMutation({
    mutationFn: (body: PasswordForgotInput) =>
      api.post<{ sent: true }>('/api/auth/password/forgot', body),
  });
}

/** Sets the new password with the link's token; the answer is a fresh session. */
export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PasswordResetDto) => api.post<SessionDto>('/api/auth/password/reset', body),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session),
  });
}

/** Whether a reset link still works (its page says at once when it does not, and why). */
export function useResetLinkState(token: string | null) {
  return useQuery({
    queryKey: ['auth', 'reset-link', token],
    queryFn: () =>
      api.post<{ state: 'valid' | 'expired' | 'used' | 'unknown' }>(
        '/api/auth/password/reset/inspect',
        { token },
      ),
    enabled: token !== null,
    staleTime: Infinity,
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChangeDto) => api.post<void>('/api/auth/password', body),
  });
}

const apiKeysQueryKey = ['api-keys'] as const;

export function useApiKeys() {
  return useQuery({
    queryKey: apiKeysQueryKey,
    queryFn: () => api.get<ApiKeyDto[]>('/api/api-keys'),
  });
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateApiKeyDto) => api.post<CreatedApiKeyDto>('/api/api-keys', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/api-keys/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysQueryKey }),
  });
}
