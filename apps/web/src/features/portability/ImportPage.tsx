import type { ImportPreviewDto } from '@fluxo/contracts';
import { useId, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { useImportConnections, useImportPreview } from './portability.api';

const LATER = '';

/**
 * Importing an exported file: what it will create, which of your accounts each named account
 * is, then everything created switched off.
 */
export function ImportPage() {
  const id = useId();
  const preview = useImportPreview();
  const importConnections = useImportConnections();
  const [document, setDocument] = useState<unknown>(null);
  const [unreadable, setUnreadable] = useState<string | null>(null);
  const [choices, setChoices] = useState<Record<string, string>>({});

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    preview.reset();
    importConnections.reset();
    setUnreadable(null);
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await textOf(file));
    } catch {
      setUnreadable(t('portability.notJson', { file: file.name }));
      return;
    }
    setDocument(parsed);
    preview.mutate(parsed, {
      onSuccess: (shown) =>
        setChoices(Object.fromEntries(shown.accounts.map((a) => [a.key, a.suggestedId ?? LATER]))),
    });
  };

  return (
    <div className="page stack">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <span>{t('portability.importTitle')}</span>
      </nav>
      <h1>{t('portability.importTitle')}</h1>
      <p className="muted">{t('portability.importIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('portability.file')}</label>
        <input id={`${id}-file`} type="file" accept=".json,application/json" onChange={read} />
      </div>
      {unreadable && (
        <p className="notice notice--bad" role="alert">
          {unreadable}
        </p>
      )}
      <InlineError error={preview.error} />
      {importConnections.data ? (
        <Imported created={importConnections.data.created} />
      ) : (
        preview.data && (
          <>
            <WhatWillBeCreated preview={preview.data} />
            {preview.data.accounts.length > 0 && (
              <AccountChoices
                preview={preview.data}
                choices={choices}
                onChoose={(key, accountId) => setChoices((c) => ({ ...c, [key]: accountId }))}
                onRefresh={() => preview.mutate(document)}
              />
            )}
            <InlineError error={importConnections.error} />
            <div className="actions">
              <button
                type="button"
                className="btn btn--primary"
                disabled={importConnections.isPending}
                onClick={() =>
                  importConnections.mutate({
                    document,
                    accounts: Object.fromEntries(
                      Object.entries(choices).map(([key, value]) => [key, value || null]),
                    ),
                  })
                }
              >
                {importConnections.isPending
                  ? t('common.pleaseWait')
                  : t('portability.importButton', { n: preview.data.connections.length })}
              </button>
            </div>
          </>
        )
      )}
    </div>
  );
}

function WhatWillBeCreated({ preview }: { preview: ImportPreviewDto }) {
  const connectors = useConnectors();
  const nameOf = (key: string) => connectorByKey(connectors.data, key)?.name ?? key;
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portability.willCreate', { n: preview.connections.length })}</h2>
      <ul className="stack">
        {preview.connections.map((connection) => (
          <li key={connection.ref}>
            <strong>{connection.name}</strong>{' '}
            <span className="muted">
              {connection.source ? nameOf(connection.source) : t('connections.notSet')} →{' '}
              {connection.receivers.map(nameOf).join(', ') || t('connections.notSet')}
            </span>
            {connection.chainDropped && (
              <p className="small muted">{t('portability.chainDropped')}</p>
            )}
          </li>
        ))}
      </ul>
      <p className="small">{t('portability.createdOff')}</p>
    </section>
  );
}

function AccountChoices({
  preview,
  choices,
  onChoose,
  onRefresh,
}: {
  preview: ImportPreviewDto;
  choices: Record<string, string>;
  onChoose: (key: string, accountId: string) => void;
  onRefresh: () => void;
}) {
  const connectors = useConnectors();
  const id = useId();
  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('portability.accountsTitle')}</h2>
      <p className="muted">{t('portability.accountsIntro')}</p>
      {preview.accounts.map((reference, index) => {
        const system = connectorByKey(connectors.data, reference.system)?.name ?? reference.system;
        return (
          <div key={reference.key} className="field">
            <label htmlFor={`${id}-${index}`}>
              {t('portability.accountFor', { system, name: reference.name })}
            </label>
            <select
              id={`${id}-${index}`}
              value={choices[reference.key] ?? LATER}
              onChange={(e) => onChoose(reference.key, e.target.value)}
            >
              <option value={LATER}>{t('portability.chooseLater')}</option>
              {reference.candidates.map((account) => (
                <option key={account.id} value={account.id}>
                  {account.name}
                </option>
              ))}
            </select>
            <p className="field__help">
              <Link
                to={`/accounts?connect=${encodeURIComponent(reference.system)}`}
                target="_blank"
              >
                {t('portability.connectNew', { system })}
              </Link>
            </p>
          </div>
        );
      })}
      <div>
        <button type="button" className="btn btn--small" onClick={onRefresh}>
          {t('portability.refreshAccounts')}
        </button>
      </div>
    </section>
  );
}

function Imported({ created }: { created: { ref: string; id: string; name: string }[] }) {
  return (
    <section className="notice notice--ok stack" role="status">
      <strong>{t('portability.imported', { n: created.length })}</strong>
      <ul>
        {created.map((connection) => (
          <li key={connection.id}>
            <Link to={`/connections/${connection.id}`}>{connection.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A chosen file's text (FileReader: every browser the editor supports has it). */
function textOf(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}
