import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';

export function UndoToasts({
  pending,
  connections,
  onUndo,
}: {
  pending: string[];
  connections: ConnectionDto[];
  onUndo: (id: string) => void;
}) {
  // Always rendered, so screen readers are listening before the first toast appears.
  return (
    <div className="toasts" role="status" aria-live="polite">
      {pending.map((pendingId) => {
        const name = connections.find((c) => c.id === pendingId)?.name ?? '';
        return (
          <div key={pendingId} className="toast">
            <span>{t('list.deleted', { name })}</span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => onUndo(pendingId)}
              aria-label={t('list.undoNamed', { name })}
            >
              {t('list.undo')}
            </button>
          </div>
        );
      })}
    </div>
  );
}
