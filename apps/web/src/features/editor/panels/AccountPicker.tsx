import type { ConnectorManifest } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t } from '@/app/i18n/t';
import { ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { useAccounts, useCheckAccount } from '@/features/accounts/api/accounts.api';
import { AccountCheckResult } from '@/features/accounts/components/AccountCheckResult';
import { NewAccountForm } from '@/features/accounts/components/NewAccountForm';

const NEW_ACCOUNT = '__new__';

interface AccountPickerProps {
  connector: ConnectorManifest;
  value: string | null;
  onChange: (accountId: string) => Promise<unknown>;
  saving?: boolean;
}

export function AccountPicker({ connector, value, onChange, saving }: AccountPickerProps) {
  const id = useId();
  const accounts = useAccounts();
  const check = useCheckAccount();
  // null: show the form only while there is no account to pick.
  const [creating, setCreating] = useState<boolean | null>(null);

  if (accounts.isPending) return <LoadingState label={t('accounts.loading')} />;
  if (accounts.isError)
    return <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;

  const options = accounts.data.filter((a) => a.connectorKey === connector.key);
  const selected = options.find((a) => a.id === value);
  const showForm = creating ?? options.length === 0;

  return (
    <div className="stack">
      {options.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('editor.account')}</label>
          <select
            id={`${id}-account`}
            value={showForm ? NEW_ACCOUNT : (selected?.id ?? '')}
            disabled={saving}
            onChange={(e) => {
              if (e.target.value === NEW_ACCOUNT) {
                setCreating(true);
              } else if (e.target.value) {
                setCreating(false);
                void onChange(e.target.value);
              }
            }}
          >
            {!selected && !showForm && <option value="">{t('editor.chooseAccount')}</option>}
            {options.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
            <option value={NEW_ACCOUNT}>{t('editor.connectNewAccount')}</option>
          </select>
        </div>
      )}
      {options.length === 0 && (
        <p className="muted small">{t('editor.noAccountsYet', { connector: connector.name })}</p>
      )}
      {selected && !showForm && (
        <div className="account-status">
          <AccountCheckResult check={check.data ?? selected.lastCheck} connector={connector} />
          <button
            type="button"
            className="btn btn--ghost btn--small"
            disabled={check.isPending}
            onClick={() => check.mutate(selected.id)}
          >
            {check.isPending ? t('accounts.checking') : t('accounts.checkAgain')}
          </button>
          <InlineError error={check.error} />
        </div>
      )}
      {showForm && (
        <NewAccountForm
          connector={connector}
          onConnected={async (account) => {
            await onChange(account.id);
            setCreating(false);
          }}
          onSubmitStart={() => setCreating(true)}
          onCancel={options.length > 0 ? () => setCreating(false) : undefined}
        />
      )}
    </div>
  );
}
