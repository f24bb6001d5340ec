import { lazy, Suspense } from 'react';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router-dom';
import { AccountsPage } from '../features/accounts/components/AccountsPage';
import { AuthPage } from '../features/auth/components/AuthPage';
import { ConnectionsPage } from '../features/connections/components/ConnectionsPage';
import { RunDetailPage } from '../features/runs/components/RunDetailPage';
import { RunHistoryPage } from '../features/runs/components/RunHistoryPage';
import { WorkspaceRunsPage } from '../features/runs/components/WorkspaceRunsPage';
import { t, type MessageKey } from './i18n/t';
import { AppLayout, NotFoundPage } from './layout/AppLayout';
import { RedirectIfSignedIn, RequireAuth } from './layout/RequireAuth';
import { LoadingState } from './ui/states';

// The canvas library is the heaviest dependency; only the editor needs it.
const EditorPage = lazy(() =>
  import('../features/editor/components/EditorPage').then((m) => ({ default: m.EditorPage })),
);
const ConnectionsMapPage = lazy(() =>
  import('../features/map/components/ConnectionsMapPage').then((m) => ({
    default: m.ConnectionsMapPage,
  })),
);

// The routes are built once, at start-up: messages are looked up when shown, in the language
// of the moment.
function PageLoading({ label }: { label: MessageKey }) {
  return <LoadingState label={t(label)} />;
}

const router = createBrowserRouter([
  {
    element: <RedirectIfSignedIn />,
    children: [
      { path: '/login', element: <AuthPage mode="login" /> },
      { path: '/signup', element: <AuthPage mode="signup" /> },
    ],
  },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/connections" replace /> },
          { path: '/connections', element: <ConnectionsPage /> },
          {
            path: '/connections/:id',
            element: (
              <Suspense fallback={<PageLoading label="editor.loading" />}>
                <EditorPage />
              </Suspense>
            ),
          },
          { path: '/connections/:id/runs', element: <RunHistoryPage /> },
          { path: '/connections/:id/runs/:runId', element: <RunDetailPage /> },
          { path: '/runs', element: <WorkspaceRunsPage /> },
          {
            path: '/map',
            element: (
              <Suspense fallback={<PageLoading label="map.loading" />}>
                <ConnectionsMapPage />
              </Suspense>
            ),
          },
          { path: '/accounts', element: <AccountsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
