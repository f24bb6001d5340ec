import { credentialsSchema } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Link, Navigate, useSearchParams } from 'react-router-dom';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { useInstanceStatus, useLogin, useSignup } from '../api/auth.api';
import { AuthCard } from './AuthCard';

interface AuthPageProps {
  mode: 'login' | 'signup';
}

export function AuthPage({ mode }: AuthPageProps) {
  const [params] = useSearchParams();
  const instance = useInstanceStatus();
  // Nobody can log in to a fresh instance: its first visitor creates the first account.
  if (mode === 'login' && instance.data?.hasUsers === false) {
    const query = params.toString();
    return <Navigate to={`/signup${query ? `?${query}` : ''}`} replace />;
  }
  return <AuthForm mode={mode} />;
}

function AuthForm({ mode }: AuthPageProps) {
  const login = useLogin();
  const signup = useSignup();
  const mutation = mode === 'login' ? login : signup;
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<Record<string, string>>({});
  const id = useId();

  const serverFieldErrors = fieldErrorsOf(mutation.error);
  const errors = { ...serverFieldErrors, ...clientErrors };
  const hasFieldErrors = Object.keys(serverFieldErrors).length > 0;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Log in only needs something typed; the password rules apply when the account is created.
    const parsed = credentialsSchema.safeParse({ email, password });
    const next: Record<string, string> = {};
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        if (mode === 'login' && field === 'password' && password.length > 0) continue;
        next[field] ??= issue.message;
      }
    }
    setClientErrors(next);
    if (Object.keys(next).length > 0) return;
    mutation.mutate({ email: email.trim(), password });
    // After success RedirectIfSignedIn sends the user on.
  };

  const emailError = errors.email;
  const passwordError = errors.password;
  const nextParam = params.get('next');
  const switchSearch = nextParam ? `?next=${encodeURIComponent(nextParam)}` : '';

  return (
    <AuthCard
      title={mode === 'login' ? t('auth.loginTitle') : t('auth.signupTitle')}
      links={
        <>
          {mode === 'login' && (
            <p className="auth__switch">
              <Link to="/forgot-password">{t('auth.forgotLink')}</Link>
            </p>
          )}
          <p className="auth__switch">
            {mode === 'login' ? t('auth.noAccount') : t('auth.haveAccount')}{' '}
            <Link to={(mode === 'login' ? '/signup' : '/login') + switchSearch}>
              {mode === 'login' ? t('auth.signupLink') : t('auth.loginLink')}
            </Link>
          </p>
        </>
      }
    >
      <p className="muted">{mode === 'login' ? t('auth.loginIntro') : t('auth.signupIntro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={emailError ? true : undefined}
            aria-describedby={emailError ? `${id}-email-error` : undefined}
            required
            aria-required
          />
          {emailError && (
            <p id={`${id}-email-error`} className="field__error">
              {emailError}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('auth.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={passwordError ? true : undefined}
            aria-describedby={`${id}-password-hint${passwordError ? ` ${id}-password-error` : ''}`}
            required
            aria-required
          />
          <p id={`${id}-password-hint`} className="field__help">
            {mode === 'signup' ? t('auth.passwordHint') : ''}
          </p>
          {passwordError && (
            <p id={`${id}-password-error`} className="field__error">
              {passwordError}
            </p>
          )}
        </div>
        {mutation.isError && !hasFieldErrors && (
          <p className="inline-error" role="alert">
            {errorMessage(mutation.error)}
          </p>
        )}
        <button type="submit" className="btn btn--primary btn--block" disabled={mutation.isPending}>
          {mutation.isPending
            ? t('common.pleaseWait')
            : mode === 'login'
              ? t('auth.loginButton')
              : t('auth.signupButton')}
        </button>
      </form>
    </AuthCard>
  );
}
