import { runStatusSchema, type RunStatus } from '@fluxo/contracts';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { t, type MessageKey } from '@/app/i18n/t';
import { EmptyState, ErrorState, LoadingState } from '@/app/ui/states';
import { useWorkspaceRuns } from '../api/runs.api';
import { RunsPageHeader } from './RunsPageHeader';
import { RunsTable } from './RunsTable';

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
  else body = <RunsTable runs={runs.data} showConnection caption={t('history.caption')} />;

  return (
    <div className="page">
      <RunsPageHeader runs={runs.data} />
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
