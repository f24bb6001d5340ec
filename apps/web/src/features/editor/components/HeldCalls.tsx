import type { ConnectionDto, HeldCallsOutcomeDto } from '@fluxo/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { connectionQueryKey } from '@/features/connections/api/connections.api';
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
      <InlineError error={decide.error} />
    </div>
  );
}
