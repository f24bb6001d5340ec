import type { NodeTypes } from '@xyflow/react';
import { StepNode } from './nodes/StepNode';

// Module level: a new object on every render would make React Flow remount every node.
export const nodeTypes: NodeTypes = { step: StepNode };
