import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useLogout, useRole, useSession } from '@/features/auth/api/auth.api';
import { WorkspaceSwitcher } from '@/features/members/WorkspaceSwitcher';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { t } from '../i18n/t';
import { EmptyState } from '../ui/states';

export function AppLayout() {
  const session = useSession();
  const logout = useLogout();
  const navigate = useNavigate();
  const role = useRole();

  return (
    <div className="app" data-role={role}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="app-header">
        <Link to="/connections" className="brand">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')} className="app-nav">
          <NavLink to="/connections">{t('nav.connections')}</NavLink>
          <NavLink to="/runs" end>
            {t('nav.runs')}
          </NavLink>
          <NavLink to="/send-queue">{t('queue.nav')}</NavLink>
          <NavLink to="/map">{t('map.nav')}</NavLink>
          <NavLink to="/reports">{t('reports.nav')}</NavLink>
          <NavLink to="/accounts">{t('nav.accounts')}</NavLink>
          <NavLink to="/members">{t('members.nav')}</NavLink>
        </nav>
        <div className="app-header__user">
          <WorkspaceSwitcher />
          <LanguageSwitcher />
          <Link
            to="/profile"
            className="app-header__email"
            title={t('nav.profile')}
            aria-label={`${t('nav.profile')}: ${session.data?.user.email ?? ''}`}
          >
            <span className="app-header__email-text">{session.data?.user.email}</span>
            {/* A phone has no room for the address: the link says what it opens instead. */}
            <span className="app-header__profile-word">{t('nav.profile')}</span>
          </Link>
          <button
            type="button"
            className="btn btn--ghost"
            disabled={logout.isPending}
            onClick={() =>
              logout.mutate(undefined, { onSettled: () => navigate('/login', { replace: true }) })
            }
          >
            {t('nav.logout')}
          </button>
        </div>
      </header>
      <main id="main" className="app-main">
        {role === 'viewer' && (
          <p className="notice viewer-notice" role="note">
            {t('members.viewerNotice')}
          </p>
        )}
        <Outlet />
      </main>
    </div>
  );
}

export function NotFoundPage() {
  return (
    <div className="page">
      <EmptyState title={t('notFound.title')}>
        <p>{t('notFound.body')}</p>
        <Link to="/connections" className="btn btn--primary">
          {t('notFound.back')}
        </Link>
      </EmptyState>
    </div>
  );
}
