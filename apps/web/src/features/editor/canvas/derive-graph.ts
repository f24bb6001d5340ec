import {
  requiredFieldsMapped,
  type ConnectionDto,
  type ConnectorManifest,
  type StepDto,
} from '@fluxo/contracts';
import type { Edge, Node } from '@xyflow/react';
import { t } from '@/app/i18n/t';
import { describeTrigger } from '../panels/trigger-form';

export const SOURCE_NODE_ID = 'source';
export const DRAFT_RECEIVER_NODE_ID = 'draft-receiver';
export const receiverNodeId = (stepId: string) => `receiver:${stepId}`;

/** One line of a node's set-up checklist. */
export interface ChecklistItem {
  key: 'account' | 'fields' | 'events';
  state: 'done' | 'todo' | 'problem';
  label: string;
}

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
  /** What is set up and what is still missing, in plain words. */
  checklist?: ChecklistItem[];
};

export type StepNode = Node<StepNodeData, 'step'>;

export const NODE_WIDTH = 240;
const RECEIVER_GAP = 40;
const ROW_GAP = 170;
// Each checklist line makes the source node taller; the receivers move down to keep clear.
const CHECKLIST_LINE = 40;

/**
 * The node's set-up checklist: the account (and, for a signed source, that events are refused
 * without it), the receiver's required fields, and whether the vendor has called the hook yet.
 */
export function stepChecklist(
  step: StepDto,
  connector: ConnectorManifest | undefined,
  connection: Partial<Pick<ConnectionDto, 'lastInbound'>>,
): ChecklistItem[] {
  if (!connector) return [];
  const items: ChecklistItem[] = [];
  const source =
    step.role === 'source' ? connector.sources.find((s) => s.key === step.actionKey) : undefined;
  if (connector.auth) {
    if (step.accountId)
      items.push({ key: 'account', state: 'done', label: t('checklist.accountChosen') });
    else if (source?.requiresAccount)
      items.push({
        key: 'account',
        state: 'problem',
        label: t('checklist.unverified', { system: connector.name }),
      });
    else items.push({ key: 'account', state: 'todo', label: t('checklist.chooseAccount') });
  }
  if (step.role === 'receiver') {
    items.push(
      requiredFieldsMapped(step, connector)
        ? { key: 'fields', state: 'done', label: t('checklist.fieldsMapped') }
        : { key: 'fields', state: 'todo', label: t('checklist.mapFields') },
    );
  }
  // undefined: the API does not report calls for this connection (polled sources).
  if (source?.kind === 'instant' && connection.lastInbound !== undefined) {
    const last = connection.lastInbound;
    if (last === null)
      items.push({
        key: 'events',
        state: 'todo',
        label: t('checklist.waitingFirstEvent', { system: connector.name }),
      });
    else if (last.held > 0)
      items.push({ key: 'events', state: 'todo', label: t('held.waiting', { n: last.held }) });
    else if (last.status === 'accepted')
      items.push({ key: 'events', state: 'done', label: t('checklist.lastEventAccepted') });
    else items.push({ key: 'events', state: 'problem', label: t('checklist.lastEventRejected') });
  }
  return items;
}

function isStepComplete(step: StepDto, connector: ConnectorManifest | undefined): boolean {
  if (!connector) return false;
  if (connector.auth && !step.accountId) return false;
  if (step.role === 'source') return connector.sources.some((s) => s.key === step.actionKey);
  return requiredFieldsMapped(step, connector);
}

function stepData(
  step: StepDto,
  connectors: ConnectorManifest[],
  connection: Partial<Pick<ConnectionDto, 'lastInbound'>>,
): StepNodeData {
  const connector = connectors.find((c) => c.key === step.connectorKey);
  const actions = step.role === 'source' ? connector?.sources : connector?.receivers;
  return {
    role: step.role,
    stepId: step.id,
    connectorName: connector?.name ?? step.connectorKey,
    actionName: actions?.find((a) => a.key === step.actionKey)?.name ?? null,
    logoSvg: connector?.logoSvg ?? null,
    complete: isStepComplete(step, connector),
    checklist: stepChecklist(step, connector, connection),
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
  connection: Pick<ConnectionDto, 'steps' | 'enabled'> &
    Partial<Pick<ConnectionDto, 'trigger' | 'lastInbound'>>,
  connectors: ConnectorManifest[],
  options: DeriveGraphOptions = {},
): { nodes: StepNode[]; edges: Edge[] } {
  const source = connection.steps.find((s) => s.role === 'source');
  const receivers = connection.steps.filter((s) => s.role === 'receiver');

  const receiverEntries: { id: string; data: StepNodeData }[] = receivers.map((step) => ({
    id: receiverNodeId(step.id),
    data: stepData(step, connectors, connection),
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
      ? stepData(source, connectors, connection)
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
    position: {
      x: rowStart + index * (NODE_WIDTH + RECEIVER_GAP),
      y: ROW_GAP + (sourceNode.data.checklist?.length ?? 0) * CHECKLIST_LINE,
    },
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
