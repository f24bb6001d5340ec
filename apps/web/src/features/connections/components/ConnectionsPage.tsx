import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { formatDateTime, formatNumber, formatPlannedTime } from '@/app/ui/format';
import { t, type MessageKey } from '@/app/i18n/t';
import { ErrorState, EmptyState, InlineError, LoadingState } from '@/app/ui/states';
import { StatusBadge } from '@/app/ui/StatusBadge';
import { Switch } from '@/app/ui/Switch';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import {
  useConnections,
  useDuplicateConnection,
  useUpdateConnection,
} from '../api/connections.api';
import { TemplatePicker } from '@/features/templates/components/TemplatePicker';
import { useUndoDelete } from '../hooks/use-undo-delete';
import {
  CONNECTION_FILTERS,
  countByFilter,
  filterConnections,
  healthOf,
  type ConnectionFilter,
} from './connection-filters';
import { NewConnectionForm } from './NewConnectionForm';
import './connections-list.css';
import { setupProblemKey, setupProblemText } from './setup-problem-text';

export function ConnectionsPage() {
  const connections = useConnections();
  const connectors = useConnectors();
  const [creating, setCreating] = useState(false);
  const undoDelete = useUndoDelete();

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
        <div className="state__templates">
          <TemplatePicker level={3} title={t('templates.emptyTitle')} />
        </div>
      </EmptyState>
    );
  else
    body = (
      <>
        {creating && <NewConnectionForm onCancel={() => setCreating(false)} />}
        <ConnectionsList
          connections={connections.data}
          connectors={connectors.data}
          hiddenIds={undoDelete.pending}
          onDelete={undoDelete.remove}
        />
      </>
    );

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('connections.title')}</h1>
        {connections.data && connections.data.length > 0 && (
          <div className="actions">
            {!creating && (
              <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
                {t('connections.new')}
              </button>
            )}
          </div>
        )}
      </div>
      <InlineError error={undoDelete.error} />
      {body}
      <UndoToasts
        pending={undoDelete.pending}
        connections={connections.data ?? []}
        onUndo={undoDelete.undo}
      />
    </div>
  );
}

function ConnectionsList({
  connections,
  connectors,
  hiddenIds,
  onDelete,
}: {
  connections: ConnectionDto[];
  connectors: ConnectorManifest[] | undefined;
  hiddenIds: string[];
  onDelete: (id: string) => void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [filter, setFilter] = useState<ConnectionFilter>('all');
  const visible = filterConnections(connections, { query, filter, hiddenIds });
  const remaining = connections.filter((c) => !hiddenIds.includes(c.id));
  const counts = countByFilter(remaining);
  const filterLabels: Record<ConnectionFilter, string> = {
    all: t('list.filterAll'),
    'needs-setup': t('list.filterNeedsSetup'),
    failing: t('list.filterFailing'),
    off: t('list.filterOff'),
  };

  return (
    <>
      <div className="list-tools" role="search">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('list.search')}</label>
          <input
            id={`${id}-search`}
            type="search"
            value={query}
            placeholder={t('list.searchPlaceholder')}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-filter`}>{t('list.filter')}</label>
          <select
            id={`${id}-filter`}
            value={filter}
            onChange={(e) => setFilter(e.target.value as ConnectionFilter)}
          >
            {CONNECTION_FILTERS.map((f) => (
              <option key={f} value={f}>
                {`${filterLabels[f]} (${formatNumber(counts[f])})`}
              </option>
            ))}
          </select>
        </div>
        <p className="muted small list-tools__count" role="status">
          {t('list.showing', {
            shown: formatNumber(visible.length),
            total: formatNumber(remaining.length),
          })}
        </p>
      </div>
      {visible.length === 0 ? (
        <EmptyState title={t('list.noMatchTitle')}>
          <p>{t('list.noMatchBody')}</p>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setQuery('');
              setFilter('all');
            }}
          >
            {t('list.clearFilters')}
          </button>
        </EmptyState>
      ) : (
        <ConnectionsTable connections={visible} connectors={connectors} onDelete={onDelete} />
      )}
    </>
  );
}

function UndoToasts({
  pending,
  connections,
  onUndo,
}: {
  pending: string[];
  connections: ConnectionDto[];
  onUndo: (id: string) => void;
}) {
  // Always rendered, so screen readers are listening before the first toast appears.
  return (
    <div className="toasts" role="status" aria-live="polite">
      {pending.map((pendingId) => {
        const name = connections.find((c) => c.id === pendingId)?.name ?? '';
        return (
          <div key={pendingId} className="toast">
            <span>{t('list.deleted', { name })}</span>
            <button
              type="button"
              className="btn btn--small"
              onClick={() => onUndo(pendingId)}
              aria-label={t('list.undoNamed', { name })}
            >
              {t('list.undo')}
            </button>
          </div>
        );
      })}
    </div>
  );
}

function ConnectionsTable({
  connections,
  connectors,
  onDelete,
}: {
  connections: ConnectionDto[];
  connectors: ConnectorManifest[] | undefined;
  onDelete: (id: string) => void;
}) {
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('connections.colName')}</th>
            <th scope="col">{t('list.colStatus')}</th>
            <th scope="col">{t('connections.colSystems')}</th>
            <th scope="col">{t('connections.colEnabled')}</th>
            <th scope="col">{t('connections.colLastRun')}</th>
            <th scope="col">{t('list.colNextRun')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('common.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {connections.map((c) => (
            <ConnectionRow key={c.id} connection={c} connectors={connectors} onDelete={onDelete} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ConnectionRow({
  connection,
  connectors,
  onDelete,
}: {
  connection: ConnectionDto;
  connectors: ConnectorManifest[] | undefined;
  onDelete: (id: string) => void;
}) {
  const update = useUpdateConnection();
  const duplicate = useDuplicateConnection();
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
        <HealthCell connection={connection} />
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
            aria-label={t('list.lastRunNamed', {
              status: t(`status.${connection.lastRun.status}` as MessageKey),
              when: formatDateTime(connection.lastRun.startedAt),
            })}
          >
            <StatusBadge status={connection.lastRun.status} />
            <span className="muted small">{formatDateTime(connection.lastRun.startedAt)}</span>
          </Link>
        ) : (
          <span className="muted">{t('connections.neverRun')}</span>
        )}
      </td>
      <td>
        <span className="small">{nextRunText(connection)}</span>
      </td>
      <td className="table__actions">
        <Link
          to={`/connections/${connection.id}/runs`}
          className="btn btn--ghost btn--small"
          aria-label={t('list.historyNamed', { name: connection.name })}
        >
          {t('connections.history')}
        </Link>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          disabled={duplicate.isPending}
          aria-label={t('list.duplicateNamed', { name: connection.name })}
          onClick={() => duplicate.mutate(connection.id)}
        >
          {duplicate.isPending ? t('list.duplicating') : t('list.duplicate')}
        </button>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          aria-label={t('connections.deleteNamed', { name: connection.name })}
          onClick={() => onDelete(connection.id)}
        >
          {t('common.delete')}
        </button>
        <InlineError error={duplicate.error} />
        {duplicate.isSuccess && (
          <p className="small" role="status">
            {t('list.duplicated', { name: duplicate.data.name })}{' '}
            <Link to={`/connections/${duplicate.data.id}`}>{t('list.openCopy')}</Link>
          </p>
        )}
      </td>
    </tr>
  );
}

function nextRunText(connection: ConnectionDto): string {
  if (!connection.enabled) return t('list.nextRunOff');
  if (connection.trigger.type === 'instant') return t('list.nextRunInstant');
  if (connection.nextRunAt)
    return formatPlannedTime(
      connection.nextRunAt,
      connection.trigger.type === 'schedule' ? connection.trigger.timezone : undefined,
    );
  if (connection.trigger.type === 'after') return t('autoUpdate.afterOther');
  if (connection.trigger.type === 'manual') return t('list.nextRunManual');
  return '—';
}

const HEALTH_TONE = { ready: 'ok', 'needs-setup': 'warn', failing: 'bad' } as const;

function HealthCell({ connection }: { connection: ConnectionDto }) {
  const health = healthOf(connection);
  const problems = connection.setupProblems ?? [];
  const label =
    health === 'ready'
      ? t('list.healthReady')
      : health === 'needs-setup'
        ? t('list.healthNeedsSetup')
        : t('list.healthFailing');
  return (
    <div className="health">
      <span className={`badge badge--${HEALTH_TONE[health]}`}>{label}</span>
      {health === 'needs-setup' && problems.length > 0 && (
        <ul className="health__problems small">
          {problems.map((problem) => (
            <li key={setupProblemKey(problem)}>{setupProblemText(problem)}</li>
          ))}
        </ul>
      )}
      {health === 'failing' && connection.consecutiveFailures > 0 && (
        <span className="muted small block">
          {t('list.failuresInARow', { n: connection.consecutiveFailures })}
        </span>
      )}
      {connection.disabledReason && !connection.enabled && (
        <span className="text-bad small block">
          {t('list.switchedOff', { reason: connection.disabledReason })}
        </span>
      )}
    </div>
  );
}
