import { runStatusSchema, type RunStatus, type WorkspaceRunDto } from '@fluxo/contracts';
import { useId } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { t, type MessageKey } from '../../../app/i18n/t';
import { formatDateTime, formatDuration, formatNumber } from '../../../app/ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { StatusBadge } from '../../../app/ui/StatusBadge';
import { isRunActive, useWorkspaceRuns } from '../api/runs.api';

const STATUSES = runStatusSchema.options;

function statusFromParam(value: string | null): RunStatus | null {
  return STATUSES.find((s) => s === value) ?? null;
}

/** Every connection's runs in one table, newest first. */
export function WorkspaceRunsPage() {
  const id = useId();
  // The filter lives in the address, so "Back" from a run returns to the same filtered list.
  const [params, setParams] = useSearchParams();
  const status = statusFromParam(params.get('status'));
  const runs = useWorkspaceRuns(status);

  let body;
  if (runs.isPending) body = <LoadingState label={t('runs.loading')} />;
  else if (runs.isError)
    body = <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.length === 0)
    body = status ? (
      <EmptyState title={t('history.noMatchTitle')}>
        <p>{t('history.noMatchBody')}</p>
        <button type="button" className="btn" onClick={() => setParams({})}>
          {t('history.showAll')}
        </button>
      </EmptyState>
    ) : (
      <EmptyState title={t('runs.emptyTitle')}>
        <p>{t('history.emptyBody')}</p>
        <Link to="/connections" className="btn btn--primary">
          {t('notFound.back')}
        </Link>
      </EmptyState>
    );
  else body = <WorkspaceRunsTable runs={runs.data} />;

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('runs.title')}</h1>
        {runs.data?.some(isRunActive) && (
          <span className="muted small" role="status">
            {t('runs.refreshing')}
          </span>
        )}
      </div>
      <p className="muted">{t('history.intro')}</p>
      <div className="field" style={{ maxWidth: '18rem', marginBottom: '1rem' }}>
        <label htmlFor={`${id}-status`}>{t('history.statusFilter')}</label>
        <select
          id={`${id}-status`}
          value={status ?? ''}
          onChange={(e) => setParams(e.target.value ? { status: e.target.value } : {})}
        >
          <option value="">{t('history.allStatuses')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}` as MessageKey)}
            </option>
          ))}
        </select>
      </div>
      {body}
    </div>
  );
}

function WorkspaceRunsTable({ runs }: { runs: WorkspaceRunDto[] }) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table--clickable">
        <caption className="visually-hidden">{t('history.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('runs.connection')}</th>
            <th scope="col">{t('runs.colStarted')}</th>
            <th scope="col">{t('runs.colCause')}</th>
            <th scope="col">{t('runs.colStatus')}</th>
            <th scope="col">{t('runs.colDuration')}</th>
            <th scope="col" className="num">
              {t('runs.colItems')}
            </th>
            <th scope="col" className="num">
              {t('runs.colDelivered')}
            </th>
            <th scope="col" className="num">
              {t('runs.colFailed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const to = `/connections/${run.connectionId}/runs/${run.id}`;
            return (
              <tr key={run.id} onClick={() => navigate(to)}>
                <td>
                  <Link
                    to={`/connections/${run.connectionId}`}
                    className="table__primary"
                    onClick={(e) => e.stopPropagation()}
                  >
                    {run.connectionName}
                  </Link>
                </td>
                <td>
                  {/* The keyboard way to the run; the whole row is a mouse shortcut. */}
                  <Link to={to} onClick={(e) => e.stopPropagation()}>
                    {formatDateTime(run.startedAt)}
                  </Link>
                </td>
                <td>{t(`cause.${run.cause}` as MessageKey)}</td>
                <td>
                  <StatusBadge status={run.status} />
                  {run.error && <span className="muted small block">{run.error}</span>}
                </td>
                <td>{formatDuration(run.startedAt, run.finishedAt) ?? t('runs.inProgress')}</td>
                <td className="num">{formatNumber(run.itemsCount)}</td>
                <td className="num">{formatNumber(run.deliveriesOk)}</td>
                <td className={run.deliveriesFailed > 0 ? 'num text-bad' : 'num'}>
                  {formatNumber(run.deliveriesFailed)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
