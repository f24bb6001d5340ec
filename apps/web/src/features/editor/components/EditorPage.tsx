import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { Navigate, useParams } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { ErrorState, LoadingState } from '@/app/ui/states';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { useConnection } from '@/features/connections/api/connections.api';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { useSampleFollowsInbound } from '../hooks/use-fresh-sample';
import { DRAFT_RECEIVER_NODE_ID, SOURCE_NODE_ID, receiverNodeId } from '../canvas/derive-graph';
import { AutoUpdatePanel } from '../panels/AutoUpdatePanel';
import { ReceiverPanel } from '../panels/ReceiverPanel';
import { SourcePanel } from '../panels/SourcePanel';
import {
  AUTO_UPDATE_PANEL_ID,
  EditorStoreProvider,
  useEditorActions,
  useEditorState,
} from '../store/editor-store';
import { EditorTopBar } from './EditorTopBar';
import { LeaveGuard } from './LeaveGuard';

export function EditorPage() {
  const { id = '' } = useParams();
  // A viewer reads a connection through its history; the editor is for changing it.
  if (!useCanEdit()) return <Navigate to={`/connections/${id}/runs`} replace />;
  return <ConnectionEditor id={id} />;
}

function ConnectionEditor({ id }: { id: string }) {
  const connection = useConnection(id);
  const connectors = useConnectors();

  if (connection.isPending || connectors.isPending)
    return <LoadingState label={t('editor.loading')} />;
  if (connection.isError)
    return (
      <div className="page">
        <ErrorState
          error={connection.error}
          title={t('editor.loadFailed')}
          onRetry={() => void connection.refetch()}
        />
      </div>
    );
  if (connectors.isError)
    return (
      <div className="page">
        <ErrorState error={connectors.error} onRetry={() => void connectors.refetch()} />
      </div>
    );

  return (
    <EditorStoreProvider key={id}>
      <div className="editor-page">
        <h1 className="visually-hidden">{t('editor.title', { name: connection.data.name })}</h1>
        <EditorTopBar connection={connection.data} connectors={connectors.data} />
        <LeaveGuard connectionId={id} />
        <div className="editor">
          <section className="editor__canvas" aria-label={t('canvas.label')}>
            <FlowCanvas connection={connection.data} connectors={connectors.data} />
          </section>
          <SidePanel connection={connection.data} connectors={connectors.data} />
        </div>
      </div>
    </EditorStoreProvider>
  );
}

function SidePanel({
  connection,
  connectors,
}: {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}) {
  const { selectedNodeId, panelKey } = useEditorState();
  const { closePanel } = useEditorActions();
  useSampleFollowsInbound(connection);
  const source = connection.steps.find((s) => s.role === 'source');
  const receiver = connection.steps.find(
    (s) => s.role === 'receiver' && receiverNodeId(s.id) === selectedNodeId,
  );

  let title: string;
  let body;
  if (selectedNodeId === AUTO_UPDATE_PANEL_ID) {
    title = t('autoUpdate.title');
    body = <AutoUpdatePanel connection={connection} connectors={connectors} />;
  } else if (selectedNodeId === SOURCE_NODE_ID) {
    title = t('panel.sourceTitle');
    body = <SourcePanel connection={connection} connectors={connectors} step={source} />;
  } else if (selectedNodeId === DRAFT_RECEIVER_NODE_ID) {
    title = t('panel.newReceiverTitle');
    body = <ReceiverPanel connection={connection} connectors={connectors} step={undefined} />;
  } else if (receiver) {
    title = t('panel.receiverTitle');
    body = <ReceiverPanel connection={connection} connectors={connectors} step={receiver} />;
  } else {
    return (
      <aside className="editor__panel" aria-label={t('panel.label')}>
        <div className="panel-empty">
          <h2>{t('panel.emptyTitle')}</h2>
          <p>{t('panel.emptyBody')}</p>
        </div>
      </aside>
    );
  }

  return (
    <aside className="editor__panel" aria-label={t('panel.label')}>
      <div className="panel-header">
        <h2>{title}</h2>
        <button
          type="button"
          className="btn btn--ghost btn--small"
          onClick={closePanel}
          aria-label={t('panel.close')}
        >
          ✕
        </button>
      </div>
      <div key={panelKey}>{body}</div>
    </aside>
  );
}
