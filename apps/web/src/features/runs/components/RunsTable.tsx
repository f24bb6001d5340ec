import type { RunDto } from '@fluxo/contracts';
import { Link, useNavigate } from 'react-router-dom';
import { t, type MessageKey } from '@/app/i18n/t';
import { formatDateTime, formatDuration, formatNumber } from '@/app/ui/format';
import { StatusBadge } from '@/app/ui/StatusBadge';

type RunRow = RunDto & { connectionName?: string };

/**
 * The run history table of one connection, or of the whole workspace when `showConnection`
 * adds a first column naming (and linking to) each run's connection.
 */
export function RunsTable({
  runs,
  showConnection = false,
  caption,
}: {
  runs: RunRow[];
  showConnection?: boolean;
  caption?: string;
}) {
  const navigate = useNavigate();
  return (
    <div className="table-wrap">
      <table className="table table--clickable">
        {caption && <caption className="visually-hidden">{caption}</caption>}
        <thead>
          <tr>
            {showConnection && <th scope="col">{t('runs.connection')}</th>}
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
                {showConnection && (
                  <td>
                    <Link
                      to={`/connections/${run.connectionId}`}
                      className="table__primary"
                      onClick={(e) => e.stopPropagation()}
                    >
                      {run.connectionName}
                    </Link>
                  </td>
                )}
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
                  {run.warnings.length > 0 && (
                    <span className="muted small block">{t('runs.partialReadShort')}</span>
                  )}
                  {run.deliveriesSkipped > 0 && (
                    <span className="muted small block">
                      {t('runs.skippedCount', { n: run.deliveriesSkipped })}
                    </span>
                  )}
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
