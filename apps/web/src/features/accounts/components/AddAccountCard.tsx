import type { ConnectorManifest } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { t } from '@/app/i18n/t';
import { connectorByKey } from '@/features/connectors/api/connectors.api';
import { NewAccountForm } from './NewAccountForm';

export function AddAccountCard({
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
