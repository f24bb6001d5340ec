import { Link, useParams } from 'react-router-dom';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { t } from '@/app/i18n/t';
import { EmptyState, ErrorState, LoadingState } from '@/app/ui/states';
import { useConnection } from '@/features/connections/api/connections.api';
import { useRuns } from '../api/runs.api';
import { RunsPageHeader } from './RunsPageHeader';
import { RunsTable } from './RunsTable';

export function RunHistoryPage() {
  const { id = '' } = useParams();
  const connection = useConnection(id);
  const runs = useRuns(id);
  const canEdit = useCanEdit();

  let body;
  if (runs.isPending) body = <LoadingState label={t('runs.loading')} />;
  else if (runs.isError)
    body = <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />;
  else if (runs.data.length === 0)
    body = (
      <EmptyState title={t('runs.emptyTitle')}>
        <p>{t('runs.emptyBody')}</p>
        {canEdit && (
          <Link to={`/connections/${id}`} className="btn btn--primary">
            {t('runs.backToEditor')}
          </Link>
        )}
      </EmptyState>
    );
  else body = <RunsTable runs={runs.data} />;

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${id}`}>{connection.data?.name ?? t('runs.connection')}</Link>
      </nav>
      <RunsPageHeader runs={runs.data} />
      <p className="small">
        <Link to={`/connections/${id}/send-queue`}>{t('queue.ofThisConnection')}</Link>
        {!canEdit && (
          <>
            {' · '}
            <Link to={`/connections/${id}/versions`}>{t('versions.title')}</Link>
          </>
        )}
      </p>
      {body}
    </div>
  );
}
