import type { ConnectionDto, ConnectionTemplateDto, UseTemplateDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import {
  connectionQueryKey,
  connectionsQueryKey,
} from '@/features/connections/api/connections.api';

export const templatesQueryKey = ['templates'] as const;

export function useTemplates() {
  return useQuery({
    queryKey: templatesQueryKey,
    queryFn: () => api.get<ConnectionTemplateDto[]>('/api/templates'),
    // Templates ship with the server, like the connector manifests.
    staleTime: Infinity,
  });
}

/** Creates a connection with the template's steps; the accounts are chosen in the editor. */
export function useUseTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, ...body }: UseTemplateDto & { key: string }) =>
      api.post<ConnectionDto>(`/api/templates/${encodeURIComponent(key)}/use`, body),
    onSuccess: (connection) => {
      queryClient.setQueryData(connectionQueryKey(connection.id), connection);
      void queryClient.invalidateQueries({ queryKey: connectionsQueryKey, exact: true });
    },
  });
}
