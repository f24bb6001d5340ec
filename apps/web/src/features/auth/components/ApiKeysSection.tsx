import type { ApiKeyDto, ApiKeyScope } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { CopyButton } from '@/app/ui/CopyButton';
import { formatDateTime } from '@/app/ui/format';
import { ErrorState, LoadingState } from '@/app/ui/states';
import { useApiKeys, useCreateApiKey, useRevokeApiKey } from '../api/auth.api';

function stateOf(key: ApiKeyDto): 'active' | 'revoked' | 'expired' {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && Date.parse(key.expiresAt) <= Date.now()) return 'expired';
  return 'active';
}

/** The profile's API keys: made here, shown once, listed by their first characters, revoked. */
export function ApiKeysSection() {
  const keys = useApiKeys();
  const create = useCreateApiKey();
  const id = useId();
  const [name, setName] = useState('');
  const [scope, setScope] = useState<ApiKeyScope>('read');
  const [expiresOn, setExpiresOn] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { name: name.trim(), scope, expiresOn: expiresOn || null },
      { onSuccess: () => setName('') },
    );
  };
  const errors = fieldErrorsOf(create.error);

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('apiKeys.title')}</h2>
      <p className="muted">{t('apiKeys.intro')}</p>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('apiKeys.name')}</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={80}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={errors.name ? true : undefined}
            required
          />
          {errors.name && <p className="field__error">{errors.name}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('apiKeys.scope')}</label>
          <select
            id={`${id}-scope`}
            value={scope}
            onChange={(e) => setScope(e.target.value as ApiKeyScope)}
          >
            <option value="read">{t('apiKeys.scopeRead')}</option>
            <option value="read-write">{t('apiKeys.scopeReadWrite')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-expires`}>{t('apiKeys.expiresOn')}</label>
          <input
            id={`${id}-expires`}
            type="date"
            value={expiresOn}
            onChange={(e) => setExpiresOn(e.target.value)}
            aria-invalid={errors.expiresOn ? true : undefined}
          />
          {errors.expiresOn && <p className="field__error">{errors.expiresOn}</p>}
        </div>
        {create.isError && Object.keys(errors).length === 0 && (
          <p className="inline-error" role="alert">
            {errorMessage(create.error)}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={create.isPending}>
          {create.isPending ? t('common.pleaseWait') : t('apiKeys.create')}
        </button>
      </form>
      {create.data && (
        <div className="notice notice--ok stack" role="status">
          <strong>{t('apiKeys.createdOnce')}</strong>
          <div className="hook-url hook-url--compact">
            <input
              readOnly
              aria-label={t('apiKeys.newKey')}
              value={create.data.token}
              onFocus={(e) => e.target.select()}
            />
            <CopyButton text={create.data.token} />
          </div>
        </div>
      )}
      {keys.isPending ? (
        <LoadingState label={t('common.pleaseWait')} />
      ) : keys.isError ? (
        <ErrorState error={keys.error} onRetry={() => void keys.refetch()} />
      ) : keys.data.length === 0 ? (
        <p className="muted">{t('apiKeys.none')}</p>
      ) : (
        <ApiKeysTable keys={keys.data} />
      )}
    </section>
  );
}

function ApiKeysTable({ keys }: { keys: ApiKeyDto[] }) {
  const revoke = useRevokeApiKey();
  const [confirming, setConfirming] = useState<ApiKeyDto | null>(null);
  return (
    <>
      {confirming && (
        <div className="notice notice--warn stack" role="alertdialog" aria-live="polite">
          <p>{t('apiKeys.revokeConfirm', { name: confirming.name })}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn--danger"
              disabled={revoke.isPending}
              onClick={() => revoke.mutate(confirming.id, { onSuccess: () => setConfirming(null) })}
            >
              {t('apiKeys.revoke')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('apiKeys.name')}</th>
              <th scope="col">{t('apiKeys.colKey')}</th>
              <th scope="col">{t('apiKeys.scope')}</th>
              <th scope="col">{t('apiKeys.colLastUsed')}</th>
              <th scope="col">{t('apiKeys.colExpires')}</th>
              <th scope="col">{t('apiKeys.colState')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => {
              const state = stateOf(key);
              return (
                <tr key={key.id}>
                  <td>{key.name}</td>
                  <td>
                    <code>{key.prefix}…</code>
                  </td>
                  <td>
                    {key.scope === 'read' ? t('apiKeys.scopeRead') : t('apiKeys.scopeReadWrite')}
                  </td>
                  <td>{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : t('apiKeys.never')}</td>
                  <td>{key.expiresAt ? formatDateTime(key.expiresAt) : t('apiKeys.noEnd')}</td>
                  <td>{t(`apiKeys.${state}`)}</td>
                  <td>
                    {state === 'active' && (
                      <button
                        type="button"
                        className="btn btn--small"
                        aria-label={t('apiKeys.revokeNamed', { name: key.name })}
                        onClick={() => setConfirming(key)}
                      >
                        {t('apiKeys.revoke')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
