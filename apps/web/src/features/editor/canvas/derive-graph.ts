import type { ConnectionDto, ConnectorManifest, StepDto } from '@fluxo/contracts';
import type { Edge, Node } from '@xyflow/react';
import { isFieldShown } from '../../connectors/components/field-values';
import { describeTrigger } from '../panels/trigger-form';

export const SOURCE_NODE_ID = 'source';
export const DRAFT_RECEIVER_NODE_ID = 'draft-receiver';
export const receiverNodeId = (stepId: string) => `receiver:${stepId}`;

export type StepNodeData = {
  role: 'source' | 'receiver';
  /** null for the empty source and for a receiver that is not saved yet. */
  stepId: string | null;
  connectorName: string | null;
  actionName: string | null;
  logoSvg: string | null;
  /** False while something the run needs is missing (action, account, a required field). */
  complete: boolean;
  /** The source's auto-update in words, e.g. "Every 15 minutes"; null on receivers. */
  autoUpdate?: string | null;
};

export type StepNode = Node<StepNodeData, 'step'>;

export const NODE_WIDTH = 240;
const RECEIVER_GAP = 40;
const ROW_GAP = 170;

function isStepComplete(step: StepDto, connector: ConnectorManifest | undefined): boolean {
  if (!connector) return false;
  if (connector.auth && !step.accountId) return false;
  if (step.role === 'source') return connector.sources.some((s) => s.key === step.actionKey);
  const receiver = connector.receivers.find((r) => r.key === step.actionKey);
  if (!receiver) return false;
  return receiver.fields.every(
    (f) =>
      !f.required || !isFieldShown(f, step.mapping) || (step.mapping[f.key] ?? '').trim() !== '',
  );
}

function stepData(step: StepDto, connectors: ConnectorManifest[]): StepNodeData {
  const connector = connectors.find((c) => c.key === step.connectorKey);
  const actions = step.role === 'source' ? connector?.sources : connector?.receivers;
  return {
    role: step.role,
    stepId: step.id,
    connectorName: connector?.name ?? step.connectorKey,
    actionName: actions?.find((a) => a.key === step.actionKey)?.name ?? null,
    logoSvg: connector?.logoSvg ?? null,
    complete: isStepComplete(step, connector),
  };
}

export interface DeriveGraphOptions {
  /** Show a placeholder for a receiver the user is adding. */
  draftReceiver?: boolean;
  selectedNodeId?: string | null;
}

/**
 * The canvas is a pure function of the saved connection: one source on top, its receivers in a
 * row below, an edge from the source to each receiver.
 */
export function deriveGraph(
  connection: Pick<ConnectionDto, 'steps' | 'enabled'> & Partial<Pick<ConnectionDto, 'trigger'>>,
  connectors: ConnectorManifest[],
  options: DeriveGraphOptions = {},
): { nodes: StepNode[]; edges: Edge[] } {
  const source = connection.steps.find((s) => s.role === 'source');
  const receivers = connection.steps.filter((s) => s.role === 'receiver');

  const receiverEntries: { id: string; data: StepNodeData }[] = receivers.map((step) => ({
    id: receiverNodeId(step.id),
    data: stepData(step, connectors),
  }));
  if (options.draftReceiver) {
    receiverEntries.push({
      id: DRAFT_RECEIVER_NODE_ID,
      data: {
        role: 'receiver',
        stepId: null,
        connectorName: null,
        actionName: null,
        logoSvg: null,
        complete: false,
      },
    });
  }

  const sourceNode: StepNode = {
    id: SOURCE_NODE_ID,
    type: 'step',
    position: { x: 0, y: 0 },
    data: source
      ? stepData(source, connectors)
      : {
          role: 'source',
          stepId: null,
          connectorName: null,
          actionName: null,
          logoSvg: null,
          complete: false,
        },
    selected: options.selectedNodeId === SOURCE_NODE_ID,
    draggable: false,
  };
  if (connection.trigger) sourceNode.data.autoUpdate = describeTrigger(connection.trigger);

  const rowWidth =
    receiverEntries.length * NODE_WIDTH + Math.max(0, receiverEntries.length - 1) * RECEIVER_GAP;
  const rowStart = NODE_WIDTH / 2 - rowWidth / 2;
  const receiverNodes: StepNode[] = receiverEntries.map((entry, index) => ({
    id: entry.id,
    type: 'step',
    position: { x: rowStart + index * (NODE_WIDTH + RECEIVER_GAP), y: ROW_GAP },
    data: entry.data,
    selected: options.selectedNodeId === entry.id,
    draggable: false,
  }));

  const edges: Edge[] = receiverNodes.map((node) => ({
    id: `edge:${SOURCE_NODE_ID}->${node.id}`,
    source: SOURCE_NODE_ID,
    target: node.id,
    type: 'smoothstep',
    animated: connection.enabled && node.id !== DRAFT_RECEIVER_NODE_ID,
    className: node.id === DRAFT_RECEIVER_NODE_ID ? 'edge-draft' : undefined,
    selectable: false,
  }));

  return { nodes: [sourceNode, ...receiverNodes], edges };
}
