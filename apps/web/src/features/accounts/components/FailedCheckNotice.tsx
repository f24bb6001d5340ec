import type { ConnectorManifest } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { connectorMessageText } from '@/features/connectors/connector-messages';

/** The account check failed, so nothing was saved: why, and the way to save it anyway. */
export function FailedCheckNotice({
  reason,
  connector,
  busy,
  onSaveAnyway,
}: {
  reason: string;
  connector: Pick<ConnectorManifest, 'phrases'>;
  busy: boolean;
  onSaveAnyway: () => void;
}) {
  return (
    <div className="notice notice--bad" role="alert">
      <strong>{t('accounts.checkFailedTitle')}</strong> {connectorMessageText(connector, reason)}
      <p className="small">
        {t('accounts.nothingSaved')} {t('accounts.checkFailedHint')}
      </p>
      <button type="button" className="btn btn--small" disabled={busy} onClick={onSaveAnyway}>
        {t('accounts.saveAnyway')}
      </button>
    </div>
  );
}
