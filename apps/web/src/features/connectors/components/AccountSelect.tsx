import { INSTANCE_MAIL_ACCOUNT, type FieldOfType } from '@fluxo/contracts';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { useAccounts } from '@/features/accounts/api/accounts.api';
import { useInstanceMail } from '@/features/auth/api/auth.api';
import { useConnectors } from '../api/connectors.api';
import type { ControlProps } from './field-control.types';
import { accountChoices } from './account-choices';

interface AccountSelectProps {
  field: FieldOfType<'account'>;
  control: ControlProps;
  value: string;
  onChange: (value: string) => void;
}

/**
 * One of the workspace's accounts of the connectors the field names (the e-mail account a
 * Portmone invoice is sent through), with a way to connect a new one.
 */
export function AccountSelect({ field, control, value, onChange }: AccountSelectProps) {
  const accounts = useAccounts();
  const connectors = useConnectors();
  const statusId = `${control.id}-status`;
  // Mail of the instance's own (FLUXO_SMTP_URL) comes first where an e-mail account may send.
  const instanceMail = useInstanceMail() && field.accountConnectors.includes('email');
  const choices = [
    ...(instanceMail ? [{ value: INSTANCE_MAIL_ACCOUNT, label: t('fields.instanceMail') }] : []),
    ...accountChoices(field, accounts.data ?? [], connectors.data ?? []),
  ];
  const known = choices.some((c) => c.value === value);
  const connectKey = field.accountConnectors[0];

  return (
    <div className="account-select">
      <select
        {...control}
        aria-describedby={[control['aria-describedby'], statusId].filter(Boolean).join(' ')}
        value={value}
        disabled={control.disabled || accounts.isPending}
        onChange={(e) => onChange(e.target.value)}
      >
        <option value="">{t('fields.choose')}</option>
        {value && !known && !accounts.isPending && (
          <option value={value}>{t('fields.accountGone')}</option>
        )}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      <p id={statusId} className="field__help" role="status">
        {accounts.isPending
          ? t('accounts.loading')
          : accounts.isSuccess && choices.length === 0
            ? t('fields.noAccounts')
            : ''}
      </p>
      <InlineError error={accounts.error} />
      <div className="account-select__actions">
        <Link
          to={connectKey ? `/accounts?connect=${encodeURIComponent(connectKey)}` : '/accounts'}
          target="_blank"
          rel="noopener"
          className="btn btn--ghost btn--small"
        >
          {t('fields.connectAccount')}
          <span className="visually-hidden"> ({t('fields.opensInNewTab')})</span>
        </Link>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          disabled={accounts.isFetching}
          onClick={() => void accounts.refetch()}
        >
          {accounts.isFetching ? t('accounts.loading') : t('fields.refreshAccounts')}
        </button>
      </div>
    </div>
  );
}
