import { t } from '@/app/i18n/t';

/** The account check failed, so nothing was saved: why, and the way to save it anyway. */
export function FailedCheckNotice({
  reason,
  busy,
  onSaveAnyway,
}: {
  reason: string;
  busy: boolean;
  onSaveAnyway: () => void;
}) {
  return (
    <div className="notice notice--bad" role="alert">
      <strong>{t('accounts.checkFailedTitle')}</strong> {reason}
      <p className="small">
        {t('accounts.nothingSaved')} {t('accounts.checkFailedHint')}
      </p>
      <button type="button" className="btn btn--small" disabled={busy} onClick={onSaveAnyway}>
        {t('accounts.saveAnyway')}
      </button>
    </div>
  );
}
