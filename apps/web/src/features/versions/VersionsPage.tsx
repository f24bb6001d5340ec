import type { ConnectionVersionDto } from '@fluxo/contracts';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { t } from '@/app/i18n/t';
import { formatDateTime } from '@/app/ui/format';
import { ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { useConnection } from '@/features/connections/api/connections.api';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { changeText } from './version-changes';
import { useRestoreVersion, useVersions } from './versions.api';

/** A connection's saved versions, newest first, each with what changed, and "Restore". */
export function VersionsPage() {
  const { id = '' } = useParams();
  const connection = useConnection(id);
  const versions = useVersions(id);

  let body;
  if (versions.isPending) body = <LoadingState label={t('versions.loading')} />;
  else if (versions.isError)
    body = <ErrorState error={versions.error} onRetry={() => void versions.refetch()} />;
  else if (versions.data.length === 0) body = <p className="muted">{t('versions.none')}</p>;
  else body = <VersionList connectionId={id} versions={versions.data} />;

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${id}`}>{connection.data?.name ?? t('runs.connection')}</Link>
      </nav>
      <h1>{t('versions.title')}</h1>
      <p className="muted">{t('versions.intro')}</p>
      {body}
    </div>
  );
}

function VersionList({
  connectionId,
  versions,
}: {
  connectionId: string;
  versions: ConnectionVersionDto[];
}) {
  const canEdit = useCanEdit();
  const connectors = useConnectors();
  const restore = useRestoreVersion(connectionId);
  const [confirming, setConfirming] = useState<string | null>(null);
  const whenOf = (id: string) => {
    const version = versions.find((candidate) => candidate.id === id);
    return version ? formatDateTime(version.createdAt) : '';
  };

  return (
    <>
      {restore.isSuccess && (
        <p className="notice notice--ok" role="status">
          {t('versions.restored')}
        </p>
      )}
      <InlineError error={restore.error} />
      <ol className="stack versions">
        {versions.map((version, index) => (
          <li key={version.id} className="card stack">
            <h2 className="small">
              {t('versions.by', {
                when: formatDateTime(version.createdAt),
                who: version.by ?? t('versions.someone'),
              })}{' '}
              {index === 0 && <span className="badge badge--ok">{t('versions.current')}</span>}
            </h2>
            {version.restoredFrom && (
              <p className="muted small">
                {t('versions.restoredFrom', { when: whenOf(version.restoredFrom) })}
              </p>
            )}
            {version.changes.length === 0 ? (
              <p className="muted small">{t('versions.first')}</p>
            ) : (
              <ul>
                {version.changes.map((change, n) => (
                  <li key={n}>{changeText(change, connectors.data)}</li>
                ))}
              </ul>
            )}
            {index > 0 &&
              canEdit &&
              (confirming === version.id ? (
                <div className="notice notice--warn stack" role="alertdialog">
                  <p>{t('versions.restoreConfirm', { when: formatDateTime(version.createdAt) })}</p>
                  <div className="actions">
                    <button
                      type="button"
                      className="btn btn--primary"
                      disabled={restore.isPending}
                      onClick={() =>
                        restore.mutate(version.id, { onSuccess: () => setConfirming(null) })
                      }
                    >
                      {t('versions.restore')}
                    </button>
                    <button type="button" className="btn" onClick={() => setConfirming(null)}>
                      {t('common.cancel')}
                    </button>
                  </div>
                </div>
              ) : (
                <div className="actions">
                  <button type="button" className="btn" onClick={() => setConfirming(version.id)}>
                    {t('versions.restore')}
                  </button>
                </div>
              ))}
          </li>
        ))}
      </ol>
    </>
  );
}
