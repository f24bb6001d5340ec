import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { EmptyState, ErrorState, LoadingState } from '@/app/ui/states';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { useAccounts } from '../api/accounts.api';
import { OAuthResult } from './OAuthResult';
import { AddAccountCard } from './AddAccountCard';
import { AccountCard } from './AccountCard';

export function AccountsPage() {
  const accounts = useAccounts();
  const connectors = useConnectors();
  const [params, setParams] = useSearchParams();
  // ?connect=<connectorKey>: an "account" field sent the user here to connect one of that system.
  const canEdit = useCanEdit();
  const [adding, setAdding] = useState(() => canEdit && params.has('connect'));

  let body;
  if (accounts.isPending || connectors.isPending)
    body = <LoadingState label={t('accounts.loading')} />;
  else if (accounts.isError)
    body = <ErrorState error={accounts.error} onRetry={() => void accounts.refetch()} />;
  else if (connectors.isError)
    body = <ErrorState error={connectors.error} onRetry={() => void connectors.refetch()} />;
  else if (accounts.data.length === 0)
    body = (
      <EmptyState title={t('accounts.emptyTitle')}>
        <p>{t('accounts.emptyBody')}</p>
      </EmptyState>
    );
  else
    body = (
      <ul className="card-list">
        {accounts.data.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            connector={connectorByKey(connectors.data, account.connectorKey)}
          />
        ))}
      </ul>
    );

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('accounts.title')}</h1>
        {canEdit && !adding && connectors.data && (
          <button type="button" className="btn btn--primary" onClick={() => setAdding(true)}>
            {t('accounts.connect')}
          </button>
        )}
      </div>
      <OAuthResult
        connectedId={params.get('connected')}
        oauthError={params.get('oauthError')}
        accounts={accounts.data}
        onDismiss={() =>
          setParams(
            (p) => {
              p.delete('connected');
              p.delete('oauthError');
              return p;
            },
            { replace: true },
          )
        }
      />
      {adding && connectors.data && (
        <AddAccountCard
          connectors={connectors.data}
          initialKey={params.get('connect')}
          onDone={() => setAdding(false)}
        />
      )}
      {body}
    </div>
  );
}
