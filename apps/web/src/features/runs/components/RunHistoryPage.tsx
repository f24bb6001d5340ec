import type { RunDto } from '@fluxo/contracts';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { t, type MessageKey } from '../../../app/i18n/t';
import { formatDateTime, formatDuration } from '../../../app/ui/format';
import { EmptyState, ErrorState, LoadingState } from '../../../app/ui/states';
import { StatusBadge } from '../../../app/ui/StatusBadge';
import { useConnection } from '../../connections/api/connections.api';
import { isRunActive, useRuns } from '../api/runs.api';

export function RunHistoryPage() {
  const { id = '' } = useParams();
  const connection = useConnection(id);
  const runs = useRuns(id);

  let body;
  if (runs.isPending) body = <LoadingState label={t('runs.loading')} />;
  else if (runs.isError)
    body = <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.length === 0)
    body = (
      <EmptyState title={t('runs.emptyTitle')}>
        <p>{t('runs.emptyBody')}</p>
        <Link to={`/connections/${id}`} className="btn btn--primary">
          {t('runs.backToEditor')}
        </Link>
      </EmptyState>
    );
  else body = <RunsTable connectionId={id} runs={runs.data} />;

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${id}`}>{connection.data?.name ?? t('runs.connection')}</Link>
      </nav>
      <div className="page__header">
        <h1>{t('runs.title')}</h1>
        {runs.data?.some(isRunActive) && (
          <span className="muted small" role="status">
            {t('runs.refreshing')}
          </span>
        )}
      </div>
      {body}
    </div>
  );
}

function RunsTable({ connectionId, runs }: { connectionId: string; runs: RunDto[] }) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table--clickable">
        <thead>
          <tr>
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
            const to = `/connections/${connectionId}/runs/${run.id}`;
            return (
              <tr key={run.id} onClick={() => navigate(to)}>
                <td>
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
                <td className="num">{run.itemsCount}</td>
                <td className="num">{run.deliveriesOk}</td>
                <td className={run.deliveriesFailed > 0 ? 'num text-bad' : 'num'}>
                  {run.deliveriesFailed}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
