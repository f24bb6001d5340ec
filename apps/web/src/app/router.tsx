import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, RouterProvider, createBrowserRouter } from 'react-router-dom';
import { t, type MessageKey } from './i18n/t';
import { AppLayout, NotFoundPage } from './layout/AppLayout';
import { RedirectIfSignedIn, RequireAuth } from './layout/RequireAuth';
import { ErrorState, LoadingState } from './ui/states';

// Every page is its own chunk, fetched when first visited: the main bundle keeps React, the
// router, the query client, the layout and English. The editor and the map also bring the
// canvas library, the heaviest dependency.
const AuthPage = lazy(() =>
  import('../features/auth/components/AuthPage').then((m) => ({ default: m.AuthPage })),
);
const passwordPages = () => import('../features/auth/components/PasswordPages');
const ForgotPasswordPage = lazy(() =>
  passwordPages().then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  passwordPages().then((m) => ({ default: m.ResetPasswordPage })),
);
const ProfilePage = lazy(() => passwordPages().then((m) => ({ default: m.ProfilePage })));
const MembersPage = lazy(() =>
  import('../features/members/MembersPage').then((m) => ({ default: m.MembersPage })),
);
const InvitationPage = lazy(() =>
  import('../features/members/InvitationPage').then((m) => ({ default: m.InvitationPage })),
);
const AuditPage = lazy(() =>
  import('../features/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const ImportPage = lazy(() =>
  import('../features/portability/ImportPage').then((m) => ({ default: m.ImportPage })),
);
const VersionsPage = lazy(() =>
  import('../features/versions/VersionsPage').then((m) => ({ default: m.VersionsPage })),
);
const ConnectionsPage = lazy(() =>
  import('../features/connections/components/ConnectionsPage').then((m) => ({
    default: m.ConnectionsPage,
  })),
);
const EditorPage = lazy(() =>
  import('../features/editor/components/EditorPage').then((m) => ({ default: m.EditorPage })),
);
const SendQueuePage = lazy(() =>
  import('../features/send-queue/SendQueuePage').then((m) => ({ default: m.SendQueuePage })),
);
const RunHistoryPage = lazy(() =>
  import('../features/runs/components/RunHistoryPage').then((m) => ({
    default: m.RunHistoryPage,
  })),
);
const RunDetailPage = lazy(() =>
  import('../features/runs/components/RunDetailPage').then((m) => ({ default: m.RunDetailPage })),
);
const WorkspaceRunsPage = lazy(() =>
  import('../features/runs/components/WorkspaceRunsPage').then((m) => ({
    default: m.WorkspaceRunsPage,
  })),
);
const ConnectionsMapPage = lazy(() =>
  import('../features/map/components/ConnectionsMapPage').then((m) => ({
    default: m.ConnectionsMapPage,
  })),
);
const ReportsPage = lazy(() =>
  import('../features/reports/components/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const AccountsPage = lazy(() =>
  import('../features/accounts/components/AccountsPage').then((m) => ({ default: m.AccountsPage })),
);

// The routes are built once, at start-up: messages are looked up when shown, in the language
// of the moment.
function PageLoading({ label }: { label: MessageKey }) {
  return <LoadingState label={t(label)} />;
}

// A page's chunk that cannot be fetched (offline, or replaced by a newer release) or a page that
// fails to render: say so in the user's words and offer to load the app again.
function PageError() {
  return (
    <div className="page">
      <ErrorState error={null} onRetry={() => window.location.reload()} />
    </div>
  );
}

function page(element: ReactNode, loading: MessageKey) {
  return {
    element: <Suspense fallback={<PageLoading label={loading} />}>{element}</Suspense>,
    errorElement: <PageError />,
  };
}

const router = createBrowserRouter([
  {
    element: <RedirectIfSignedIn />,
    children: [
      { path: '/login', ...page(<AuthPage mode="login" />, 'common.pleaseWait') },
      { path: '/signup', ...page(<AuthPage mode="signup" />, 'common.pleaseWait') },
      { path: '/forgot-password', ...page(<ForgotPasswordPage />, 'common.pleaseWait') },
    ],
  },
  // A reset link works whether or not this browser is signed in.
  { path: '/reset-password', ...page(<ResetPasswordPage />, 'common.pleaseWait') },
  // So does an invitation: someone new joins from it, someone signed in joins as themselves.
  { path: '/invitation', ...page(<InvitationPage />, 'common.pleaseWait') },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <Navigate to="/connections" replace /> },
          { path: '/connections', ...page(<ConnectionsPage />, 'connections.loading') },
          { path: '/connections/:id', ...page(<EditorPage />, 'editor.loading') },
          { path: '/connections/:id/runs', ...page(<RunHistoryPage />, 'runs.loading') },
          { path: '/connections/:id/versions', ...page(<VersionsPage />, 'versions.loading') },
          { path: '/connections/:id/runs/:runId', ...page(<RunDetailPage />, 'runs.loadingRun') },
          { path: '/runs', ...page(<WorkspaceRunsPage />, 'runs.loading') },
          { path: '/send-queue', ...page(<SendQueuePage />, 'queue.loading') },
          {
            path: '/connections/:id/send-queue',
            ...page(<SendQueuePage />, 'queue.loading'),
          },
          { path: '/map', ...page(<ConnectionsMapPage />, 'map.loading') },
          { path: '/accounts', ...page(<AccountsPage />, 'accounts.loading') },
          { path: '/reports', ...page(<ReportsPage />, 'reports.loading') },
          { path: '/profile', ...page(<ProfilePage />, 'common.pleaseWait') },
          { path: '/members', ...page(<MembersPage />, 'common.pleaseWait') },
          { path: '/import', ...page(<ImportPage />, 'common.pleaseWait') },
          { path: '/audit', ...page(<AuditPage />, 'common.pleaseWait') },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
