import type { AccountCheckDto } from '@fluxo/contracts';
import { formatDateTime } from '@/app/ui/format';
import { t } from '@/app/i18n/t';

export function AccountCheckResult({ check }: { check: AccountCheckDto | null }) {
  if (!check) return <span className="muted small">{t('accounts.neverChecked')}</span>;
  return (
    <span className={`check check--${check.ok ? 'ok' : 'bad'}`} role="status">
      <strong>{check.ok ? t('accounts.checkOk') : t('accounts.checkFailed')}</strong>{' '}
      <span>{check.message}</span>{' '}
      <span className="muted small">({formatDateTime(check.checkedAt)})</span>
    </span>
  );
}
