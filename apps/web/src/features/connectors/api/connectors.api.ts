import type { ConnectorManifest } from '@fluxo/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../app/api-client';

export const connectorsQueryKey = ['connectors'] as const;

export function useConnectors() {
  return useQuery({
    queryKey: connectorsQueryKey,
    queryFn: () => api.get<ConnectorManifest[]>('/api/connectors'),
    // Manifests only change with a deploy.
    staleTime: Infinity,
  });
}

export function connectorByKey(
  connectors: ConnectorManifest[] | undefined,
  key: string | null | undefined,
): ConnectorManifest | undefined {
  return key ? connectors?.find((c) => c.key === key) : undefined;
}
