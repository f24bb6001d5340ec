import { useState } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { ErrorState, EmptyState, InlineError, LoadingState } from '@/app/ui/states';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { useConnections } from '../api/connections.api';
import { TemplatePicker } from '@/features/templates/components/TemplatePicker';
import { useUndoDelete } from '../hooks/use-undo-delete';
import { ExportPanel } from '@/features/portability/ExportPanel';
import { NewConnectionForm } from './NewConnectionForm';
import './connections-list.css';
import { ConnectionsList } from './ConnectionsList';
import { UndoToasts } from './UndoToasts';

export function ConnectionsPage() {
  const connections = useConnections();
  const connectors = useConnectors();
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const undoDelete = useUndoDelete();
  const canEdit = useCanEdit();

  let body;
  if (connections.isPending) body = <LoadingState label={t('connections.loading')} />;
  else if (connections.isError)
    body = <ErrorState error={connections.error} onRetry={() => void connections.refetch()} />;
  else if (connections.data.length === 0 && !canEdit)
    body = (
      <EmptyState title={t('connections.emptyTitle')}>
        <p>{t('members.viewerEmpty')}</p>
      </EmptyState>
    );
  else if (connections.data.length === 0)
    body = creating ? (
      <NewConnectionForm onCancel={() => setCreating(false)} />
    ) : (
      <EmptyState title={t('connections.emptyTitle')}>
        <p>{t('connections.emptyBody')}</p>
        <button
          type="button"
          className="btn btn--primary btn--large"
          onClick={() => setCreating(true)}
        >
          {t('connections.createFirst')}
        </button>
        <p>
          <Link to="/import">{t('portability.importLink')}</Link>
        </p>
        <div className="state__templates">
          <TemplatePicker level={3} title={t('templates.emptyTitle')} />
        </div>
      </EmptyState>
    );
  else
    body = (
      <>
        {creating && <NewConnectionForm onCancel={() => setCreating(false)} />}
        {exporting && (
          <ExportPanel connections={connections.data} onClose={() => setExporting(false)} />
        )}
        <ConnectionsList
          connections={connections.data}
          connectors={connectors.data}
          hiddenIds={undoDelete.pending}
          onDelete={undoDelete.remove}
        />
      </>
    );

  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('connections.title')}</h1>
        {canEdit && connections.data && connections.data.length > 0 && (
          <div className="actions">
            {!exporting && (
              <button type="button" className="btn" onClick={() => setExporting(true)}>
                {t('portability.exportButton')}
              </button>
            )}
            {!creating && (
              <button type="button" className="btn btn--primary" onClick={() => setCreating(true)}>
                {t('connections.new')}
              </button>
            )}
          </div>
        )}
      </div>
      <InlineError error={undoDelete.error} />
      {body}
      <UndoToasts
        pending={undoDelete.pending}
        connections={connections.data ?? []}
        onUndo={undoDelete.undo}
      />
    </div>
  );
}
