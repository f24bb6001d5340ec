import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { EditorStoreProvider, type EditorState } from '../features/editor/store/editor-store';

interface RenderInAppOptions {
  /** The open editor's state to start from. */
  editorState?: Partial<EditorState>;
  /** A page that reads its route: rendered at `path`, matched by `pattern`. */
  route?: { path: string; pattern: string };
  /** Answers already cached before the first render (the signed-in session, say). */
  cached?: [queryKey: readonly unknown[], data: unknown][];
}

/**
 * Renders `ui` as the app does (a router, a query client, the open editor's store) and returns
 * a user who clicks and types through real DOM events.
 */
export function renderInApp(
  ui: ReactElement,
  { editorState, route, cached = [] }: RenderInAppOptions = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: {
      // Cached answers stay fresh: a spec decides when the page asks again.
      queries: { retry: false, staleTime: Infinity },
      mutations: { retry: false },
    },
  });
  for (const [queryKey, data] of cached) queryClient.setQueryData(queryKey, data);
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <MemoryRouter initialEntries={route ? [route.path] : undefined}>
        <EditorStoreProvider initialState={editorState}>
          {route ? (
            <Routes>
              <Route path={route.pattern} element={ui} />
            </Routes>
          ) : (
            ui
          )}
        </EditorStoreProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return { ...view, user, queryClient };
}
