import type { AccountCheckDto, ConnectorManifest } from '@fluxo/contracts';
import { connectorMessageText } from '@/features/connectors/connector-messages';
import { formatDateTime } from '@/app/ui/format';
import { t } from '@/app/i18n/t';

export function AccountCheckResult({
  check,
  connector,
}: {
  check: AccountCheckDto | null;
  /** Words the connector's message in the user's language. */
  connector?: Pick<ConnectorManifest, 'phrases'>;
}) {
  if (!check) return <span className="muted small">{t('accounts.neverChecked')}</span>;
  return (
    <span className={`check check--${check.ok ? 'ok' : 'bad'}`} role="status">
      <strong>{check.ok ? t('accounts.checkOk') : t('accounts.checkFailed')}</strong>{' '}
      <span>{connectorMessageText(connector, check.message)}</span>{' '}
      <span className="muted small">({formatDateTime(check.checkedAt)})</span>
    </span>
  );
}
