import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../app/ui/format';
import { t } from '../../../app/i18n/t';
import { ErrorState, EmptyState, InlineError, LoadingState } from '../../../app/ui/states';
import { StatusBadge } from '../../../app/ui/StatusBadge';
import { Switch } from '../../../app/ui/Switch';
import { connectorByKey, useConnectors } from '../../connectors/api/connectors.api';
import { ConnectorLogo } from '../../connectors/components/ConnectorLogo';
import { useConnections, useDeleteConnection, useUpdateConnection } from '../api/connections.api';
import { NewConnectionForm } from './NewConnectionForm';

export function ConnectionsPage() {
  const connections = useConnections();
  const connectors = useConnectors();
  const [creating, setCreating] = useState(false);

  let body;
  if (connections.isPending) body = <LoadingState label={t('connections.loading')} />;
  else if (connections.isError)
    body = <ErrorState error={connections.error} onRetry={() => void connections.refetch()} />;
  else if (connections.data.length === 0)
    body = creating ? (
      <NewConnectionForm onCancel={() => setCreating(false)} />
    ) : (
      <EmptyState title={t('connections.emptyTitle')}>
        <p>{t('connections.emptyBody')}</p>
        <button
          type="button"
          className="btn btn--primary btn--large"
          onClick={() => setCreating(true)}
        >
          {t('connections.createFirst')}
        </button>
      </EmptyState>
    );
  else
    body = (
      <>
        {creating && <NewConnectionForm onCancel={() => setCreating(false)} />}
        <ConnectionsTable connections={connections.data} connectors={connectors.data} />
      </>
    );

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('connections.title')}</h1>
        {connections.data && connections.data.length > 0 && !creating && (
          <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
            {t('connections.new')}
          </button>
        )}
      </div>
      {body}
    </div>
  );
}

function ConnectionsTable({
  connections,
  connectors,
}: {
  connections: ConnectionDto[];
  connectors: ConnectorManifest[] | undefined;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('connections.colName')}</th>
            <th scope="col">{t('connections.colSystems')}</th>
            <th scope="col">{t('connections.colEnabled')}</th>
            <th scope="col">{t('connections.colLastRun')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {connections.map((c) => (
            <ConnectionRow key={c.id} connection={c} connectors={connectors} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConnectionRow({
  connection,
  connectors,
}: {
  connection: ConnectionDto;
  connectors: ConnectorManifest[] | undefined;
}) {
  const update = useUpdateConnection();
  const remove = useDeleteConnection();
  const [confirming, setConfirming] = useState(false);
  const source = connection.steps.find((s) => s.role === 'source');
  const receivers = connection.steps.filter((s) => s.role === 'receiver');
  const sourceConnector = connectorByKey(connectors, source?.connectorKey);
  const receiverConnectors = receivers
    .map((r) => connectorByKey(connectors, r.connectorKey))
    .filter((c): c is ConnectorManifest => Boolean(c));

  return (
    <tr>
      <td>
        <Link to={`/connections/${connection.id}`} className="table__primary">
          {connection.name}
        </Link>
      </td>
      <td>
        {sourceConnector || receiverConnectors.length > 0 ? (
          <span className="systems">
            {sourceConnector && <ConnectorLogo svg={sourceConnector.logoSvg} size={24} />}
            <span aria-hidden="true" className="systems__arrow">
              →
            </span>
            {receiverConnectors.map((c, i) => (
              <ConnectorLogo key={`${c.key}-${i}`} svg={c.logoSvg} size={24} />
            ))}
            <span className="visually-hidden">
              {t('connections.systemsText', {
                source: sourceConnector?.name ?? t('connections.notSet'),
                receivers:
                  receiverConnectors.map((c) => c.name).join(', ') || t('connections.notSet'),
              })}
            </span>
          </span>
        ) : (
          <span className="muted">{t('connections.notSetUp')}</span>
        )}
      </td>
      <td>
        <Switch
          id={`enabled-${connection.id}`}
          checked={connection.enabled}
          pending={update.isPending}
          onChange={(enabled) => update.mutate({ id: connection.id, enabled })}
          label={t('connections.enabledFor', { name: connection.name })}
          hideLabel
        />
        <InlineError error={update.error} />
      </td>
      <td>
        {connection.lastRun ? (
          <Link
            to={`/connections/${connection.id}/runs/${connection.lastRun.id}`}
            className="last-run"
          >
            <StatusBadge status={connection.lastRun.status} />
            <span className="muted small">{formatDateTime(connection.lastRun.startedAt)}</span>
          </Link>
        ) : (
          <span className="muted">{t('connections.neverRun')}</span>
        )}
      </td>
      <td className="table__actions">
        {confirming ? (
          <span
            className="confirm"
            role="group"
            aria-label={t('connections.confirmDelete', { name: connection.name })}
          >
            <span className="small">
              {t('connections.confirmDelete', { name: connection.name })}
            </span>
            <button
              type="button"
              className="btn btn--danger btn--small"
              disabled={remove.isPending}
              onClick={() => remove.mutate(connection.id)}
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
            <InlineError error={remove.error} />
          </span>
        ) : (
          <>
            <Link to={`/connections/${connection.id}/runs`} className="btn btn--ghost btn--small">
              {t('connections.history')}
            </Link>
            <button
              type="button"
              className="btn btn--ghost btn--small"
              aria-label={t('connections.deleteNamed', { name: connection.name })}
              onClick={() => setConfirming(true)}
            >
              {t('common.delete')}
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
