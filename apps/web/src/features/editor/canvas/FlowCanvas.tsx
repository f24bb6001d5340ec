import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import {
  Background,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect, useMemo } from 'react';
import { t } from '@/app/i18n/t';
import { useEditorActions, useEditorState } from '../store/editor-store';
import { deriveGraph } from './derive-graph';
import { nodeTypes } from './node-types';
import { readOnlyFlowProps } from '@/app/ui/read-only-flow';

interface FlowCanvasProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
}

const fitViewOptions = { padding: 0.35, maxZoom: 1 };

function Canvas({ connection, connectors }: FlowCanvasProps) {
  const { selectedNodeId, addingReceiver } = useEditorState();
  const { startAddingReceiver, select } = useEditorActions();
  const { fitView } = useReactFlow();

  const { nodes, edges } = useMemo(
    () => deriveGraph(connection, connectors, { draftReceiver: addingReceiver, selectedNodeId }),
    [connection, connectors, addingReceiver, selectedNodeId],
  );

  // Keep every node in view when receivers are added or removed.
  const nodeCount = nodes.length;
  useEffect(() => {
    const frame = requestAnimationFrame(() => void fitView(fitViewOptions));
    return () => cancelAnimationFrame(frame);
  }, [nodeCount, fitView]);

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      // Besides selecting, a click handler makes React Flow let pointer events reach the nodes.
      onNodeClick={(_event, node) => select(node.id)}
      {...readOnlyFlowProps}
      fitViewOptions={fitViewOptions}
      minZoom={0.3}
      aria-label={t('canvas.label')}
    >
      <Background gap={20} />
      <Controls showInteractive={false} />
      <Panel position="bottom-center">
        <button
          type="button"
          className="btn btn--primary"
          onClick={startAddingReceiver}
          disabled={addingReceiver}
        >
          {t('canvas.addReceiver')}
        </button>
      </Panel>
    </ReactFlow>
  );
}

export function FlowCanvas(props: FlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
