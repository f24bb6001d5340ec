import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { Link } from 'react-router-dom';
import { formatDateTime, formatPlannedTime } from '@/app/ui/format';
import { t, type MessageKey } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { StatusBadge } from '@/app/ui/StatusBadge';
import { Switch } from '@/app/ui/Switch';
import { connectorByKey } from '@/features/connectors/api/connectors.api';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import { useDuplicateConnection, useUpdateConnection } from '../api/connections.api';
import { HealthCell } from './HealthCell';

export function ConnectionRow({
  connection,
  connectors,
  afterName,
  onDelete,
}: {
  connection: ConnectionDto;
  connectors: ConnectorManifest[] | undefined;
  /** The name of the connection this one runs after, when it is chained. */
  afterName?: string;
  onDelete: (id: string) => void;
}) {
  const canEdit = useCanEdit();
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
        {/* A viewer opens what it can read: the connection's history. */}
        <Link
          to={`/connections/${connection.id}${canEdit ? '' : '/runs'}`}
          className="table__primary"
        >
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
        {canEdit ? (
          <>
            <Switch
              id={`enabled-${connection.id}`}
              checked={connection.enabled}
              pending={update.isPending}
              onChange={(enabled) => update.mutate({ id: connection.id, enabled })}
              label={t('connections.enabledFor', { name: connection.name })}
              hideLabel
            />
            <InlineError error={update.error} />
          </>
        ) : (
          <span>{connection.enabled ? t('members.switchOn') : t('members.switchOff')}</span>
        )}
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
        <span className="small">{nextRunText(connection, afterName)}</span>
      </td>
      <td className="table__actions">
        <Link
          to={`/connections/${connection.id}/runs`}
          className="btn btn--ghost btn--small"
          aria-label={t('list.historyNamed', { name: connection.name })}
        >
          {t('connections.history')}
        </Link>
        {canEdit && (
          <>
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
          </>
        )}
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

export function nextRunText(connection: ConnectionDto, afterName?: string): string {
  if (!connection.enabled) return t('list.nextRunOff');
  if (connection.trigger.type === 'instant') return t('list.nextRunInstant');
  if (connection.nextRunAt)
    return formatPlannedTime(
      connection.nextRunAt,
      connection.trigger.type === 'schedule' ? connection.trigger.timezone : undefined,
    );
  if (connection.trigger.type === 'after')
    return afterName ? t('autoUpdate.afterNamed', { name: afterName }) : t('autoUpdate.afterOther');
  if (connection.trigger.type === 'manual') return t('list.nextRunManual');
  return '—';
}
