import type { ConnectionDto, HeldCallKeyDto, HeldCallsOutcomeDto } from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { accountsQueryKey } from '@/features/accounts/api/accounts.api';
import { connectionQueryKey } from '@/features/connections/api/connections.api';
import { sourceConnectorOf, useConnectors } from '@/features/connectors/api/connectors.api';
import { useSaveConnection } from '../api/editor-saves';

/**
 * Calls that came while the connection could not take them (switched off, or its signed
 * source had no account): nothing was lost, and the user chooses — process them, or start
 * from new ones. Asked again when the connection is switched on with calls waiting.
 */
export function HeldCalls({
  connection,
  switchingOn,
  onSettled,
}: {
  connection: ConnectionDto;
  /** The user just turned the switch on: each choice also switches the connection on. */
  switchingOn: boolean;
  onSettled: () => void;
}) {
  const held = connection.lastInbound?.held ?? 0;
  // Either choice switches the connection on when it is off or being switched on.
  const switching = switchingOn || !connection.enabled;
  const queryClient = useQueryClient();
  const save = useSaveConnection(connection.id);
  const decide = useMutation({
    mutationFn: async (choice: 'process' | 'discard') => {
      if (switching) await save.mutateAsync({ id: connection.id, enabled: true });
      return api.post<HeldCallsOutcomeDto | { discarded: number }>(
        `/api/connections/${encodeURIComponent(connection.id)}/held-calls/${choice}`,
      );
    },
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: connectionQueryKey(connection.id) });
      void queryClient.invalidateQueries({ queryKey: ['runs'] });
      onSettled();
    },
  });
  const outcome = decide.data && 'accepted' in decide.data ? decide.data : null;
  const trust = useTrustKeyFromCall(connection, held);
  if (!held && !outcome) return null;

  return (
    <div className="notice notice--warn held-calls" role="status" aria-live="polite">
      {outcome ? (
        <p>{t('held.processed', { accepted: outcome.accepted, rejected: outcome.rejected })}</p>
      ) : (
        <>
          <p>
            <strong>{t('held.waiting', { n: held })}</strong> {t('held.why')}
          </p>
          <div className="actions">
            <button
              type="button"
              className="btn btn--small btn--primary"
              disabled={decide.isPending}
              onClick={() => decide.mutate('process')}
            >
              {switching ? t('held.switchOnProcess') : t('held.process')}
            </button>
            <button
              type="button"
              className="btn btn--small"
              disabled={decide.isPending}
              onClick={() => decide.mutate('discard')}
            >
              {switching ? t('held.switchOnDiscard') : t('held.discard')}
            </button>
            {switchingOn && (
              <button type="button" className="btn btn--small btn--ghost" onClick={onSettled}>
                {t('common.cancel')}
              </button>
            )}
          </div>
        </>
      )}
      {trust.key && !outcome && (
        <div className="held-calls__key">
          <p className="small">{t('held.trustKeyWhy', { system: trust.system })}</p>
          <button
            type="button"
            className="btn btn--small"
            disabled={trust.saving}
            onClick={trust.save}
          >
            {t('held.trustKey', { key: trust.key.maskedKey, system: trust.system })}
          </button>
        </div>
      )}
      <InlineError error={decide.error ?? trust.error} />
    </div>
  );
}

/**
 * A source whose calls carry its own key (PayT's integration key): the newest held call's key,
 * masked, and saving it to the source's account. PayT's article never mentions the key.
 */
function useTrustKeyFromCall(connection: ConnectionDto, held: number) {
  const queryClient = useQueryClient();
  const connectors = useConnectors();
  const hasSource = connection.steps.some((step) => step.role === 'source');
  const system = sourceConnectorOf(connection, connectors.data)?.name ?? '';
  const path = `/api/connections/${encodeURIComponent(connection.id)}/held-calls`;
  const candidate = useQuery({
    queryKey: [...connectionQueryKey(connection.id), 'held-key', held],
    queryFn: () => api.get<{ key: HeldCallKeyDto | null }>(`${path}/key`),
    enabled: held > 0 && hasSource,
  });
  const save = useMutation({
    mutationFn: (eventId: string) => api.post(`${path}/trust-key`, { eventId }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: connectionQueryKey(connection.id) });
      void queryClient.invalidateQueries({ queryKey: accountsQueryKey });
    },
  });
  const key = save.isSuccess ? null : (candidate.data?.key ?? null);
  return {
    key,
    system,
    saving: save.isPending,
    error: save.error,
    save: () => key && save.mutate(key.eventId),
  };
}
