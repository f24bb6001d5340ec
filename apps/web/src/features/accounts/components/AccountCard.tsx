import type { AccountDto, ConnectorManifest } from '@fluxo/contracts';
import { useState } from 'react';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { useRole } from '@/features/auth/api/auth.api';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import { useCheckAccount, useDeleteAccount } from '../api/accounts.api';
import { EditAccountForm } from './EditAccountForm';
import { AccountCheckResult } from './AccountCheckResult';

export function AccountCard({
  account,
  connector,
}: {
  account: AccountDto;
  connector: ConnectorManifest | undefined;
}) {
  const check = useCheckAccount();
  const remove = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const role = useRole();
  const details = Object.entries(account.publicCredentials)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .slice(0, 3);
  const labelOf = (key: string) => connector?.auth?.fields.find((f) => f.key === key)?.label ?? key;

  return (
    <li className="card account">
      <div className="account__head">
        <ConnectorLogo svg={connector?.logoSvg} size={36} />
        <div>
          <h2 className="account__name">{account.name}</h2>
          <p className="muted small">{connector?.name ?? account.connectorKey}</p>
        </div>
      </div>
      {details.length > 0 && (
        <dl className="account__details">
          {details.map(([key, value]) => (
            <div key={key}>
              <dt>{labelOf(key)}</dt>
              <dd>{String(value)}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="account__check">
        <span className="muted small">{t('accounts.lastCheck')}</span>{' '}
        <AccountCheckResult check={check.data ?? account.lastCheck} connector={connector} />
      </p>
      <InlineError error={check.error ?? remove.error} />
      {editing && connector && (
        <EditAccountForm account={account} connector={connector} onDone={() => setEditing(false)} />
      )}
      <div className="actions">
        {confirming ? (
          <>
            <span className="small">{t('accounts.confirmDelete', { name: account.name })}</span>
            <button
              type="button"
              className="btn btn--danger btn--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(account.id)}
            >
              {t('common.yesDelete')}
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => setConfirming(false)}
            >
              {t('common.cancel')}
            </button>
          </>
        ) : (
          <>
            {role !== 'viewer' && (
              <button
                type="button"
                className="btn btn--small"
                disabled={check.isPending}
                aria-label={t('accounts.checkNamed', { name: account.name })}
                onClick={() => check.mutate(account.id)}
              >
                {check.isPending ? t('accounts.checking') : t('accounts.check')}
              </button>
            )}
            {/* Editors use accounts; replacing or removing one is an owner's. */}
            {role === 'owner' && (
              <>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  aria-label={t('accounts.editNamed', { name: account.name })}
                  disabled={editing}
                  onClick={() => setEditing(true)}
                >
                  {t('accounts.edit')}
                </button>
                <button
                  type="button"
                  className="btn btn--ghost btn--small"
                  aria-label={t('accounts.deleteNamed', { name: account.name })}
                  onClick={() => setConfirming(true)}
                >
                  {t('common.delete')}
                </button>
              </>
            )}
          </>
        )}
      </div>
    </li>
  );
}
