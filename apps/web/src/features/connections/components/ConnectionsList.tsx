import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { formatNumber } from '@/app/ui/format';
import { t } from '@/app/i18n/t';
import { EmptyState } from '@/app/ui/states';
import {
  CONNECTION_FILTERS,
  countByFilter,
  filterConnections,
  type ConnectionFilter,
} from './connection-filters';
import { ConnectionsTable } from './ConnectionsTable';

export function ConnectionsList({
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
