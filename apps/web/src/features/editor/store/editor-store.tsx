import type { SampleDto } from '@fluxo/contracts';
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import { DRAFT_RECEIVER_NODE_ID, SOURCE_NODE_ID } from '../canvas/derive-graph';

/** The side panel's id for the auto-update settings; not a node of the canvas. */
export const AUTO_UPDATE_PANEL_ID = 'auto-update';

/** Data just read from a polled source ("Load from <System>"), and the source it was read from. */
export interface FreshSample {
  sample: SampleDto;
  /** The source's system, action, account and settings when read (see `sourceSignature`). */
  source: string;
}

/**
 * What the open editor shows besides the saved connection: the selection, a draft receiver and
 * the data just read from the source, which the API does not store.
 */
export interface EditorState {
  selectedNodeId: string | null;
  addingReceiver: boolean;
  /** Changes when the panel should start fresh; not when a draft receiver becomes a saved one. */
  panelKey: number;
  /** Kept while the editor is open, so closing the panel does not lose it. */
  freshSample: FreshSample | null;
  /** The user is switching on with calls held, and first chooses what becomes of them. */
  askingAboutHeld: boolean;
}

export interface EditorActions {
  select: (nodeId: string | null) => void;
  startAddingReceiver: () => void;
  /** The draft receiver was saved as a step: show that step instead. */
  receiverSaved: (nodeId: string) => void;
  closePanel: () => void;
  freshSampleLoaded: (fresh: FreshSample) => void;
  askAboutHeld: (asking: boolean) => void;
}

const StateContext = createContext<EditorState | null>(null);
const ActionsContext = createContext<EditorActions | null>(null);

// One store per open editor; the actions context never changes, so memoised canvas nodes that
// only need `select` do not re-render when the selection moves.
export function EditorStoreProvider({
  children,
  initialState,
}: {
  children: ReactNode;
  /** For specs: the state to start from. */
  initialState?: Partial<EditorState>;
}) {
  const [state, setState] = useState<EditorState>({
    selectedNodeId: SOURCE_NODE_ID,
    addingReceiver: false,
    panelKey: 0,
    freshSample: null,
    askingAboutHeld: false,
    ...initialState,
  });

  const actions = useMemo<EditorActions>(
    () => ({
      select: (nodeId) =>
        setState((s) =>
          s.selectedNodeId === nodeId
            ? s
            : {
                ...s,
                selectedNodeId: nodeId,
                // Leaving an unsaved receiver drops it.
                addingReceiver: s.addingReceiver && nodeId === DRAFT_RECEIVER_NODE_ID,
                panelKey: s.panelKey + 1,
              },
        ),
      startAddingReceiver: () =>
        setState((s) => ({
          ...s,
          selectedNodeId: DRAFT_RECEIVER_NODE_ID,
          addingReceiver: true,
          panelKey: s.panelKey + 1,
        })),
      // Same panel instance: the user keeps the choices in view while the step gets saved.
      receiverSaved: (nodeId) =>
        setState((s) => ({ ...s, selectedNodeId: nodeId, addingReceiver: false })),
      closePanel: () =>
        setState((s) => ({
          ...s,
          selectedNodeId: null,
          addingReceiver: false,
          panelKey: s.panelKey + 1,
        })),
      freshSampleLoaded: (freshSample) => setState((s) => ({ ...s, freshSample })),
      askAboutHeld: (askingAboutHeld) => setState((s) => ({ ...s, askingAboutHeld })),
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
