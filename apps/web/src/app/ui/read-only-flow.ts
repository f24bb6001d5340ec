/**
 * React Flow settings for a graph that is shown, not edited: nothing drags, connects or is
 * selected, and React Flow's own focus handling is off because each node is a real button.
 */
export const readOnlyFlowProps = {
  fitView: true,
  nodesDraggable: false,
  nodesConnectable: false,
  nodesFocusable: false,
  edgesFocusable: false,
  elementsSelectable: false,
  maxZoom: 1.5,
} as const;
