import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { DRAFT_RECEIVER_NODE_ID, SOURCE_NODE_ID } from '../canvas/derive-graph';

/** What the open editor shows besides the saved connection: the selection and a draft receiver. */
export interface EditorState {
  selectedNodeId: string | null;
  addingReceiver: boolean;
}

export interface EditorActions {
  select: (nodeId: string | null) => void;
  startAddingReceiver: () => void;
  /** The draft receiver was saved as a step: show that step instead. */
  receiverSaved: (nodeId: string) => void;
  closePanel: () => void;
}

const StateContext = createContext<EditorState | null>(null);
const ActionsContext = createContext<EditorActions | null>(null);

// One store per open editor; the actions context never changes, so memoised canvas nodes that
// only need `select` do not re-render when the selection moves.
export function EditorStoreProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<EditorState>({ selectedNodeId: SOURCE_NODE_ID, addingReceiver: false });

  const actions = useMemo<EditorActions>(
    () => ({
      select: (nodeId) =>
        setState((s) => ({
          selectedNodeId: nodeId,
          // Leaving an unsaved receiver drops it.
          addingReceiver: s.addingReceiver && nodeId === DRAFT_RECEIVER_NODE_ID,
        })),
      startAddingReceiver: () => setState({ selectedNodeId: DRAFT_RECEIVER_NODE_ID, addingReceiver: true }),
      receiverSaved: (nodeId) => setState({ selectedNodeId: nodeId, addingReceiver: false }),
      closePanel: () => setState({ selectedNodeId: null, addingReceiver: false }),
    }),
    [],
  );

  return (
    <ActionsContext.Provider value={actions}>
      <StateContext.Provider value={state}>{children}</StateContext.Provider>
    </ActionsContext.Provider>
  );
}

export function useEditorState(): EditorState {
  const state = useContext(StateContext);
  if (!state) throw new Error('useEditorState must be used inside EditorStoreProvider');
  return state;
}

export function useEditorActions(): EditorActions {
  const actions = useContext(ActionsContext);
  if (!actions) throw new Error('useEditorActions must be used inside EditorStoreProvider');
  return actions;
}
