import type { NodeTypes } from '@xyflow/react';
import { ConnectionMapNode } from './ConnectionMapNode';

// Module level: a new object on every render would make React Flow remount every node.
export const nodeTypes: NodeTypes = { connection: ConnectionMapNode };
