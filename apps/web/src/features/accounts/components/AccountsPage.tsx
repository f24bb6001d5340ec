import type { AccountDto, ConnectorManifest } from '@fluxo/contracts';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { EmptyState, ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import {
  useAccounts,
  useCheckAccount,
  useDeleteAccount,
  useRenameAccount,
} from '../api/accounts.api';
import { AccountCheckResult } from './AccountCheckResult';
import { NewAccountForm } from './NewAccountForm';
import { takeReturnPath } from './oauth-sign-in';

export function AccountsPage() {
  const accounts = useAccounts();
  const connectors = useConnectors();
  const [params, setParams] = useSearchParams();
  // ?connect=<connectorKey>: an "account" field sent the user here to connect one of that system.
  const [adding, setAdding] = useState(() => params.has('connect'));

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
        {!adding && connectors.data && (
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

/** What the vendor's consent page came back with (`?connected=` or `?oauthError=`). */
function OAuthResult({
  connectedId,
  oauthError,
  accounts,
  onDismiss,
}: {
  connectedId: string | null;
  oauthError: string | null;
  accounts: AccountDto[] | undefined;
  onDismiss: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [returnTo] = useState(() => (connectedId || oauthError ? takeReturnPath() : null));
  const shown = Boolean(connectedId || oauthError);
  useEffect(() => {
    // Land on the result after the full-page redirect, so screen readers announce it first.
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;

  const name = accounts?.find((a) => a.id === connectedId)?.name;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      className={oauthError ? 'notice notice--bad oauth-result' : 'notice notice--ok oauth-result'}
      role={oauthError ? 'alert' : 'status'}
    >
      <p>
        {oauthError
          ? t('accounts.oauthFailed', { message: oauthError })
          : name
            ? t('accounts.oauthConnectedNamed', { name })
            : t('accounts.oauthConnected')}
      </p>
      <div className="actions">
        {returnTo && !returnTo.startsWith('/accounts') && (
          <Link to={returnTo} className="btn btn--small">
            {t('accounts.oauthBack')}
          </Link>
        )}
        <button type="button" className="btn btn--ghost btn--small" onClick={onDismiss}>
          {t('accounts.oauthDismiss')}
        </button>
      </div>
    </div>
  );
}

function AddAccountCard({
  connectors,
  initialKey,
  onDone,
}: {
  connectors: ConnectorManifest[];
  initialKey: string | null;
  onDone: () => void;
}) {
  const withAuth = connectors.filter((c) => c.auth);
  const [key, setKey] = useState(
    withAuth.find((c) => c.key === initialKey)?.key ?? withAuth[0]?.key ?? '',
  );
  const id = useId();
  const connector = connectorByKey(withAuth, key);
  return (
    <section className="card">
      <div className="field">
        <label htmlFor={`${id}-system`}>{t('editor.system')}</label>
        <select id={`${id}-system`} value={key} onChange={(e) => setKey(e.target.value)}>
          {withAuth.map((c) => (
            <option key={c.key} value={c.key}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      {connector ? (
        <NewAccountForm
          key={connector.key}
          connector={connector}
          onConnected={onDone}
          onCancel={onDone}
        />
      ) : (
        <p className="muted">{t('accounts.noSystems')}</p>
      )}
    </section>
  );
}

function AccountCard({
  account,
  connector,
}: {
  account: AccountDto;
  connector: ConnectorManifest | undefined;
}) {
  const check = useCheckAccount();
  const remove = useDeleteAccount();
  const rename = useRenameAccount();
  const [confirming, setConfirming] = useState(false);
  const [renaming, setRenaming] = useState(false);
  const [newName, setNewName] = useState(account.name);
  const nameInputId = `account-name-${account.id}`;
  const details = Object.entries(account.publicCredentials)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .slice(0, 3);
  const labelOf = (key: string) => connector?.auth?.fields.find((f) => f.key === key)?.label ?? key;

  return (
    <li className="card account">
      <div className="account__head">
        <ConnectorLogo svg={connector?.logoSvg} size={36} />
        <div>
          {renaming ? (
            <form
              className="inline-form"
              onSubmit={(event) => {
                event.preventDefault();
                const name = newName.trim();
                if (!name) return;
                rename.mutate({ id: account.id, name }, { onSuccess: () => setRenaming(false) });
              }}
            >
              <label htmlFor={nameInputId}>{t('accounts.newName')}</label>
              <input
                id={nameInputId}
                value={newName}
                required
                maxLength={120}
                onChange={(e) => setNewName(e.target.value)}
              />
              <button
                type="submit"
                className="btn btn--primary btn--small"
                disabled={rename.isPending}
              >
                {t('accounts.saveName')}
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                onClick={() => {
                  setNewName(account.name);
                  setRenaming(false);
                }}
              >
                {t('common.cancel')}
              </button>
            </form>
          ) : (
            <h2 className="account__name">{account.name}</h2>
          )}
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
        <AccountCheckResult check={check.data ?? account.lastCheck} />
      </p>
      <InlineError error={check.error ?? remove.error ?? rename.error} />
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
            <button
              type="button"
              className="btn btn--small"
              disabled={check.isPending}
              aria-label={t('accounts.checkNamed', { name: account.name })}
              onClick={() => check.mutate(account.id)}
            >
              {check.isPending ? t('accounts.checking') : t('accounts.check')}
            </button>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              aria-label={t('accounts.renameNamed', { name: account.name })}
              onClick={() => setRenaming(true)}
            >
              {t('accounts.rename')}
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
      </div>
    </li>
  );
}
