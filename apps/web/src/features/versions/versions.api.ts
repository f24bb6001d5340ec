import type { ConnectionDto, ConnectionVersionDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { connectionQueryKey } from '@/features/connections/api/connections.api';

const versionsQueryKey = (connectionId: string) => ['versions', connectionId] as const;

export function useVersions(connectionId: string) {
  return useQuery({
    queryKey: versionsQueryKey(connectionId),
    queryFn: () =>
      api.get<ConnectionVersionDto[]>(
        `/api/connections/${encodeURIComponent(connectionId)}/versions`,
      ),
  });
}

/** Restores a version; the connection and its versions are read again. */
export function useRestoreVersion(connectionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (versionId: string) =>
      api.post<ConnectionDto>(
        `/api/connections/${encodeURIComponent(connectionId)}/versions/${encodeURIComponent(versionId)}/restore`,
      ),
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionQueryKey(connectionId), connection);
      void queryClient.invalidateQueries({ queryKey: versionsQueryKey(connectionId) });
    },
  });
}
