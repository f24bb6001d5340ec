import type {
  ConnectionDto,
  ConnectorManifest,
  DynamicOptions,
  LoadOptionsDto,
} from '@fluxo/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { useLocale } from '@/app/i18n/t';

export const connectorsQueryKey = ['connectors'] as const;

/** Every system Fluxo connects to, worded in the user's language (labels, help, choices). */
export function useConnectors() {
  const locale = useLocale();
  return useQuery({
    queryKey: [...connectorsQueryKey, locale],
    queryFn: () =>
      api.get<ConnectorManifest[]>(`/api/connectors?locale=${encodeURIComponent(locale)}`),
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

/** The manifest of the system the connection's source comes from, when it has one. */
export function sourceConnectorOf(
  connection: Pick<ConnectionDto, 'steps'> | undefined,
  connectors: ConnectorManifest[] | undefined,
): ConnectorManifest | undefined {
  const source = connection?.steps.find((step) => step.role === 'source');
  return connectorByKey(connectors, source?.connectorKey);
}

export interface OptionsRequest {
  connectorKey: string;
  loader: string;
  accountId: string | null;
  /** The form's current values; the loader reads the ones it depends on. */
  settings: Record<string, unknown>;
  /** Values of the settings the loader depends on; a change lists the choices again. */
  dependsOnValues: unknown[];
}

/** A dynamic-select's choices, listed by the connector from the account and the settings. */
export function useDynamicOptions(request: OptionsRequest, enabled = true) {
  const { connectorKey, loader, accountId, settings, dependsOnValues } = request;
  return useQuery({
    queryKey: [
      ...connectorsQueryKey,
      connectorKey,
      'options',
      loader,
      accountId,
      dependsOnValues,
    ] as const,
    queryFn: () =>
      api.post<DynamicOptions>(
        `/api/connectors/${encodeURIComponent(connectorKey)}/options/${encodeURIComponent(loader)}`,
        { accountId, settings } satisfies LoadOptionsDto,
      ),
    enabled,
    staleTime: 30_000,
  });
}
