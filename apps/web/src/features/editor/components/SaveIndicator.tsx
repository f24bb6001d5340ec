import { errorMessage } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { useSaveStatus, useWarnBeforeLeaving } from '../hooks/use-save-status';
import './save-indicator.css';

/** Whether every change of the open connection reached Fluxo: saving, all saved, or refused. */
export function SaveIndicator({ connectionId }: { connectionId: string }) {
  const { status, retry } = useSaveStatus(connectionId);
  useWarnBeforeLeaving(status);

  return (
    <div className="save-indicator">
      <span
        role="status"
        className={`save-indicator__text save-indicator__text--${status.kind} small`}
      >
        {status.kind === 'saving'
          ? t('common.saving')
          : status.kind === 'failed'
            ? t('save.failed', { reason: errorMessage(status.error) })
            : t('save.allSaved')}
      </span>
      {status.kind === 'failed' && (
        <button type="button" className="btn btn--small" onClick={retry}>
          {t('save.retry')}
        </button>
      )}
    </div>
  );
}
