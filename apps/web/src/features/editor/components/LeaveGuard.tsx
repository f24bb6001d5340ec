import { useEffect, useId, useRef } from 'react';
import { useBlocker } from 'react-router-dom';
import { errorMessage } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { useSaveStatus } from '../hooks/use-save-status';
import { hasUnsavedChanges } from '../store/save-queue';
import './save-indicator.css';

/**
 * Asks before leaving the editor for another page of the app while a change is on its way or
 * was refused (closing the tab asks through the browser, see useWarnBeforeLeaving). A change
 * that is only on its way lets the user go as soon as it is saved.
 */
export function LeaveGuard({ connectionId }: { connectionId: string }) {
  const id = useId();
  const { status, retry } = useSaveStatus(connectionId);
  const warn = hasUnsavedChanges(status);
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      warn && currentLocation.pathname !== nextLocation.pathname,
  );
  const blocked = blocker.state === 'blocked';
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (blocked && !warn) blocker.proceed();
  }, [blocked, warn, blocker]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (blocked && !element.open) element.showModal();
    if (!blocked && element.open) element.close();
  }, [blocked]);

  const failed = status.kind === 'failed';
  return (
    <dialog
      ref={dialog}
      className="leave-guard"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        // Escape means "stay"; the blocker closes the dialog.
        event.preventDefault();
        blocker.reset?.();
      }}
    >
      {blocked && (
        <>
          <h2 id={`${id}-title`}>{failed ? t('leave.failedTitle') : t('leave.savingTitle')}</h2>
          <p id={`${id}-body`}>
            {failed
              ? t('leave.failedBody', { reason: errorMessage(status.error) })
              : t('leave.savingBody')}
          </p>
          <div className="actions">
            {failed && (
              <button type="button" className="btn btn--primary" onClick={retry}>
                {t('leave.retryThenLeave')}
              </button>
            )}
            <button
              type="button"
              className={failed ? 'btn' : 'btn btn--primary'}
              onClick={() => blocker.reset?.()}
            >
              {t('leave.stay')}
            </button>
            <button
              type="button"
              className={failed ? 'btn btn--danger' : 'btn'}
              onClick={() => blocker.proceed?.()}
            >
              {failed ? t('leave.leaveAnyway') : t('leave.leaveNow')}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
