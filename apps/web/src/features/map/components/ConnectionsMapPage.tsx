import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { Background, Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { EmptyState, ErrorState, LoadingState } from '@/app/ui/states';
import { useConnections } from '@/features/connections/api/connections.api';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { deriveMapGraph } from '../map-graph';
import { nodeTypes } from './node-types';
import './connections-map.css';
import { readOnlyFlowProps } from '@/app/ui/read-only-flow';

const fitViewOptions = { padding: 0.2, maxZoom: 1 };
// Clicks are handled by the button inside each node; a click handler is what makes React Flow
// let pointer events reach the nodes at all.
const ignoreNodeClick = () => undefined;

const NO_CONNECTORS: ConnectorManifest[] = [];

function ConnectionsMap({
  connections,
  connectors,
}: {
  connections: ConnectionDto[];
  connectors: ConnectorManifest[];
}) {
  const { nodes, edges } = useMemo(
    () => deriveMapGraph(connections, connectors),
    [connections, connectors],
  );

  return (
    <div className="connections-map">
      <ReactFlowProvider>
        <ReactFlow
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          onNodeClick={ignoreNodeClick}
          {...readOnlyFlowProps}
          fitViewOptions={fitViewOptions}
          minZoom={0.2}
          aria-label={t('map.label')}
        >
          <Background gap={20} />
          <Controls showInteractive={false} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>
  );
}

/** Every connection as a box, with an arrow to each connection that runs after it. */
export function ConnectionsMapPage() {
  const connections = useConnections();
  // Logos are a nicety: the map is drawn without them while they load or if they fail.
  const connectors = useConnectors();

  let body;
  if (connections.isPending) body = <LoadingState label={t('map.loading')} />;
  else if (connections.isError)
    body = <ErrorState error={connections.error} onRetry={() => void connections.refetch()} />;
  else if (connections.data.length === 0)
    body = (
      <EmptyState title={t('map.emptyTitle')}>
        <p>{t('map.emptyBody')}</p>
        <Link to="/connections" className="btn btn--primary">
          {t('map.create')}
        </Link>
      </EmptyState>
    );
  else
    body = (
      <ConnectionsMap
        connections={connections.data}
        connectors={connectors.data ?? NO_CONNECTORS}
      />
    );

  return (
    <div className="page page--map">
      <div className="page__header">
        <h1>{t('map.title')}</h1>
      </div>
      <p className="muted">{t('map.intro')}</p>
      {body}
    </div>
  );
}
