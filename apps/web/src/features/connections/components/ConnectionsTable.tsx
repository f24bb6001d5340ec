import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { ConnectionRow } from './ConnectionRow';

export function ConnectionsTable({
  connections,
  connectors,
  onDelete,
}: {
  connections: ConnectionDto[];
  connectors: ConnectorManifest[] | undefined;
  onDelete: (id: string) => void;
}) {
  const names = new Map(connections.map((c) => [c.id, c.name]));
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
            <ConnectionRow
              key={c.id}
              connection={c}
              connectors={connectors}
              afterName={c.trigger.type === 'after' ? names.get(c.trigger.connectionId) : undefined}
              onDelete={onDelete}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}
