import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { LanguageSwitcher } from '@/app/i18n/LanguageSwitcher';
import { t } from '@/app/i18n/t';

/**
 * The signed-out card: brand, title, the page's own content, its links (by default back to
 * log-in) and the language.
 */
export function AuthCard({
  title,
  children,
  links = (
    <p className="auth__switch">
      <Link to="/login">{t('password.backToLogin')}</Link>
    </p>
  ),
}: {
  title: string;
  children: ReactNode;
  links?: ReactNode;
}) {
  return (
    <main className="auth">
      <div className="auth__card">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true" />
          {t('app.name')}
        </p>
        <h1>{title}</h1>
        {children}
        {links}
        <div className="auth__switch">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
