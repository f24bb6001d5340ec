import { AUDIT_ACTIONS, type AuditAction, type AuditEventDto, type Role } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import { t, type MessageKey } from '@/app/i18n/t';
import { formatDateTime } from '@/app/ui/format';
import { ErrorState, LoadingState } from '@/app/ui/states';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { roleLabel } from '@/features/members/MembersPage';
import { useAuditLog, type AuditFilters } from './audit.api';

/** The owners' activity log: filterable by person, action and days. */
export function AuditPage() {
  const id = useId();
  const [filters, setFilters] = useState<AuditFilters>({ actor: '', action: '', from: '', to: '' });
  const log = useAuditLog(filters);
  const set = (patch: Partial<AuditFilters>) => setFilters((current) => ({ ...current, ...patch }));
  const events = log.data?.pages.flatMap((page) => page.events) ?? [];
  const actors = log.data?.pages[0]?.actors ?? [];

  return (
    <div className="page stack">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/members">{t('members.title')}</Link>
        <span aria-hidden="true">/</span>
        <span>{t('audit.title')}</span>
      </nav>
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filters" role="group" aria-label={t('audit.title')}>
        <div className="field">
          <label htmlFor={`${id}-actor`}>{t('audit.person')}</label>
          <select
            id={`${id}-actor`}
            value={filters.actor}
            onChange={(e) => set({ actor: e.target.value })}
          >
            <option value="">{t('audit.anyone')}</option>
            {actors.map((actor) => (
              <option key={actor.userId} value={actor.userId}>
                {actor.email}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-action`}>{t('audit.action')}</label>
          <select
            id={`${id}-action`}
            value={filters.action}
            onChange={(e) => set({ action: e.target.value as AuditAction | '' })}
          >
            <option value="">{t('audit.anyAction')}</option>
            {AUDIT_ACTIONS.map((action) => (
              <option key={action} value={action}>
                {t(`audit.label.${action}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('audit.from')}</label>
          <input
            id={`${id}-from`}
            type="date"
            value={filters.from}
            onChange={(e) => set({ from: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>{t('audit.to')}</label>
          <input
            id={`${id}-to`}
            type="date"
            value={filters.to}
            onChange={(e) => set({ to: e.target.value })}
          />
        </div>
      </div>
      {log.isPending ? (
        <LoadingState label={t('common.pleaseWait')} />
      ) : log.isError ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : events.length === 0 ? (
        <p className="muted">{t('audit.empty')}</p>
      ) : (
        <>
          <AuditTable events={events} />
          {log.hasNextPage && (
            <div>
              <button
                type="button"
                className="btn"
                disabled={log.isFetchingNextPage}
                onClick={() => void log.fetchNextPage()}
              >
                {log.isFetchingNextPage ? t('common.pleaseWait') : t('audit.more')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function AuditTable({ events }: { events: AuditEventDto[] }) {
  const connectors = useConnectors();
  const what = (event: AuditEventDto): string => {
    const { role, system, scope, count, failures } = event.details;
    if (event.details.by === 'fluxo' && event.action === 'connection.switched-off') {
      return t('audit.what.connection.auto-switched-off', {
        target: event.target ?? '',
        n: Number(failures ?? 0),
      });
    }
    return t(`audit.what.${event.action}` as MessageKey, {
      target: event.target ?? '',
      role: role ? roleLabel(role as Role) : '',
      system: connectorByKey(connectors.data, String(system ?? ''))?.name ?? String(system ?? ''),
      scope: scope === 'read' ? t('apiKeys.scopeRead') : t('apiKeys.scopeReadWrite'),
      n: Number(count ?? 0),
    });
  };
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('audit.colWhen')}</th>
            <th scope="col">{t('audit.colWho')}</th>
            <th scope="col">{t('audit.colWhat')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className="small">{formatDateTime(event.at)}</td>
              <td>
                {event.actor ??
                  (event.details.by === 'fluxo' ? (
                    t('audit.byFluxo')
                  ) : (
                    <span className="muted">{t('audit.gone')}</span>
                  ))}
              </td>
              <td>{what(event)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
