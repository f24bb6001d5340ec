import { Navigate, Outlet, useLocation, useSearchParams } from 'react-router-dom';
import { useSession } from '@/features/auth/api/auth.api';
import { t } from '../i18n/t';
import { ErrorState, LoadingState } from '../ui/states';

export function RequireAuth() {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState label={t('auth.checkingSession')} />;
  if (session.isError)
    return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data) {
    const next = location.pathname + location.search;
    return (
      <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />
    );
  }
  return <Outlet />;
}

/** Where to go after signing in: the page that sent the user to login, if it is one of ours. */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/connections';
}

export function RedirectIfSignedIn() {
  const session = useSession();
  const [params] = useSearchParams();
  if (session.data) return <Navigate to={safeNextPath(params.get('next'))} replace />;
  return <Outlet />;
}
