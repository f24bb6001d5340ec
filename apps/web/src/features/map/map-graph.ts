import type { ConnectionDto, ConnectionHealth, ConnectorManifest } from '@fluxo/contracts';
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { t } from '@/app/i18n/t';
import { describeTrigger } from '../editor/panels/trigger-form';

export type MapConnection = Pick<
  ConnectionDto,
  'id' | 'name' | 'enabled' | 'trigger' | 'health' | 'steps'
>;

export type ConnectionNodeData = {
  connectionId: string;
  name: string;
  health: ConnectionHealth;
  enabled: boolean;
  /** The source system's logo; null until the source is chosen or its connector is unknown. */
  logoSvg: string | null;
  sourceName: string | null;
  /** When it runs, in words: "Every 15 minutes", "After “Orders”". */
  triggerText: string;
  /** The connection it runs after, when that connection still exists. */
  afterName: string | null;
};

export type ConnectionNode = Node<ConnectionNodeData, 'connection'>;

export const MAP_NODE_WIDTH = 260;
const COLUMN_GAP = 40;
const ROW_GAP = 200;

/** The id of the connection this one runs after, if its trigger is "after another". */
function parentIdOf(connection: MapConnection): string | null {
  return connection.trigger.type === 'after' ? connection.trigger.connectionId : null;
}

/**
 * Layered layout: roots (connections that do not run after another) on the top row, each chain
 * one row deeper, siblings side by side and a parent centred over its children. Deterministic:
 * the same list in the same order always gives the same positions. Old data can hold a loop
 * (A after B, B after A); its first member in list order is then placed as a root.
 */
export function layoutConnections(
  connections: readonly MapConnection[],
): Map<string, { x: number; y: number }> {
  const ids = new Set(connections.map((c) => c.id));
  const children = new Map<string, string[]>();
  const roots: string[] = [];
  for (const connection of connections) {
    const parentId = parentIdOf(connection);
    // A missing parent (deleted connection) or itself: nothing to hang it under.
    if (parentId && parentId !== connection.id && ids.has(parentId)) {
      children.set(parentId, [...(children.get(parentId) ?? []), connection.id]);
    } else {
      roots.push(connection.id);
    }
  }

  const positions = new Map<string, { x: number; y: number }>();
  let nextColumn = 0;
  // Returns the column (possibly fractional) the connection was centred on.
  const place = (id: string, depth: number): number => {
    positions.set(id, { x: 0, y: 0 });
    const columns = (children.get(id) ?? [])
      .filter((child) => !positions.has(child))
      .map((child) => place(child, depth + 1));
    const column = columns.length ? (columns[0] + columns[columns.length - 1]) / 2 : nextColumn++;
    positions.set(id, { x: column * (MAP_NODE_WIDTH + COLUMN_GAP), y: depth * ROW_GAP });
    return column;
  };

  for (const id of roots) place(id, 0);
  // Whatever is left sits on a loop or below one.
  for (const connection of connections) {
    if (!positions.has(connection.id)) place(connection.id, 0);
  }
  return positions;
}

/** The map is a pure function of the connections: one node each, one edge per "after" trigger. */
export function deriveMapGraph(
  connections: readonly MapConnection[],
  connectors: readonly ConnectorManifest[],
): { nodes: ConnectionNode[]; edges: Edge[] } {
  const byId = new Map(connections.map((c) => [c.id, c]));
  const positions = layoutConnections(connections);

  const nodes: ConnectionNode[] = connections.map((connection) => {
    const source = connection.steps.find((s) => s.role === 'source');
    const connector = source ? connectors.find((c) => c.key === source.connectorKey) : undefined;
    const parentId = parentIdOf(connection);
    const parent = parentId ? byId.get(parentId) : undefined;
    return {
      id: connection.id,
      type: 'connection',
      position: positions.get(connection.id) ?? { x: 0, y: 0 },
      data: {
        connectionId: connection.id,
        name: connection.name,
        health: connection.health ?? 'ready',
        enabled: connection.enabled,
        logoSvg: connector?.logoSvg ?? null,
        sourceName: connector?.name ?? null,
        triggerText:
          parentId && !parent
            ? t('map.afterMissing')
            : describeTrigger(connection.trigger, parent?.name),
        afterName: parent?.name ?? null,
      },
      draggable: false,
    };
  });

  const edges: Edge[] = connections.flatMap((connection) => {
    const trigger = connection.trigger;
    if (trigger.type !== 'after') return [];
    const parent = byId.get(trigger.connectionId);
    if (!parent || parent.id === connection.id) return [];
    const onlyOnSuccess = trigger.onlyOnSuccess === true;
    const names = { source: parent.name, target: connection.name };
    return [
      {
        id: `after:${parent.id}->${connection.id}`,
        source: parent.id,
        target: connection.id,
        type: 'smoothstep',
        label: onlyOnSuccess ? t('map.edgeOnlyOnSuccess') : t('map.edgeAfter'),
        ariaLabel: onlyOnSuccess ? t('map.edgeNameOnlyOnSuccess', names) : t('map.edgeName', names),
        markerEnd: { type: MarkerType.ArrowClosed },
        className: onlyOnSuccess ? 'map-edge map-edge--on-success' : 'map-edge',
        selectable: false,
      },
    ];
  });

  return { nodes, edges };
}
