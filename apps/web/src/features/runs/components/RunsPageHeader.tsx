import type { RunDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { isRunActive } from '../api/runs.api';

/** The history's title, saying so while a listed run is still going (the list refreshes). */
export function RunsPageHeader({ runs }: { runs: Pick<RunDto, 'status'>[] | undefined }) {
  return (
    <div className="page__header">
      <h1>{t('runs.title')}</h1>
      {runs?.some(isRunActive) && (
        <span className="muted small" role="status">
          {t('runs.refreshing')}
        </span>
      )}
    </div>
  );
}
