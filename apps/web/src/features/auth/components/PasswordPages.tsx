import { MIN_PASSWORD_LENGTH } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t, useLocale } from '@/app/i18n/t';
import { ApiKeysSection } from './ApiKeysSection';
import { AuthCard } from './AuthCard';
import {
  useChangePassword,
  useForgotPassword,
  useInstanceStatus,
  useResetLinkState,
  useResetPassword,
} from '../api/auth.api';

const RESET_COMMAND = 'npm run fluxo -- reset-password';

/** A password input with its label and error, as the log-in form has them. */
export function PasswordField({
  label,
  value,
  onChange,
  error,
  autoComplete,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  autoComplete: 'current-password' | 'new-password';
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={autoComplete}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        required
        aria-required
      />
      {error && (
        <p id={`${id}-error`} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}

/** "Forgot password?": asks for the address; the answer never says whether it has an account. */
export function ForgotPasswordPage() {
  const instance = useInstanceStatus();
  const forgot = useForgotPassword();
  const locale = useLocale();
  const [email, setEmail] = useState('');
  const id = useId();

  if (instance.data && !instance.data.instanceMail) {
    return (
      <AuthCard title={t('password.forgotTitle')}>
        <p className="notice notice--warn" role="status">
          {t('password.noMail', { command: `${RESET_COMMAND} ${email || 'you@example.com'}` })}
        </p>
      </AuthCard>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    forgot.mutate({ email: email.trim(), locale });
  };
  return (
    <AuthCard title={t('password.forgotTitle')}>
      <p className="muted">{t('password.forgotIntro')}</p>
      {forgot.isSuccess ? (
        <p className="notice notice--ok" role="status">
          {t('password.forgotSent')}
        </p>
      ) : (
        <form onSubmit={submit} className="form">
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
            <input
              id={`${id}-email`}
              type="email"
              autoComplete="email"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
              required
              aria-required
            />
          </div>
          {forgot.isError && (
            <p className="inline-error" role="alert">
              {errorMessage(forgot.error)}
            </p>
          )}
          <button type="submit" className="btn btn--primary btn--block" disabled={forgot.isPending}>
            {forgot.isPending ? t('common.pleaseWait') : t('password.forgotButton')}
          </button>
        </form>
      )}
    </AuthCard>
  );
}

const SPENT_LINK_WORDS = {
  expired: 'errors.resetLinkExpired',
  used: 'errors.resetLinkUsed',
  unknown: 'errors.resetLinkInvalid',
} as const;

/** The link's page: the token rides in the fragment, which no server ever sees. */
export function ResetPasswordPage() {
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
  const reset = useResetPassword();
  const complete = /^[\w-]{43}$/.test(token);
  const link = useResetLinkState(complete ? token : null);
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(password.length < MIN_PASSWORD_LENGTH);
    if (password.length < MIN_PASSWORD_LENGTH) return;
    reset.mutate(
      { token, password },
      { onSuccess: () => navigate('/connections', { replace: true }) },
    );
  };
  const serverErrors = fieldErrorsOf(reset.error);
  const spent = link.data && link.data.state !== 'valid' ? link.data.state : null;
  return (
    <AuthCard title={t('password.resetTitle')}>
      {!complete ? (
        <p className="notice notice--bad" role="alert">
          {t('password.noToken')}
        </p>
      ) : spent ? (
        <div className="stack">
          <p className="notice notice--bad" role="alert">
            {t(SPENT_LINK_WORDS[spent])}
          </p>
          <Link to="/forgot-password" className="btn btn--primary btn--block">
            {t('password.askNew')}
          </Link>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="form">
          <PasswordField
            label={t('password.newPassword')}
            value={password}
            onChange={setPassword}
            autoComplete="new-password"
            error={tooShort ? t('password.tooShort') : serverErrors.password}
          />
          {reset.isError && !serverErrors.password && (
            <p className="inline-error" role="alert">
              {errorMessage(reset.error)}
            </p>
          )}
          <button type="submit" className="btn btn--primary btn--block" disabled={reset.isPending}>
            {reset.isPending ? t('common.pleaseWait') : t('password.resetButton')}
          </button>
        </form>
      )}
    </AuthCard>
  );
}

/** The profile: changing the password (the current one is asked for) and API keys. */
export function ProfilePage() {
  const change = useChangePassword();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(next.length < MIN_PASSWORD_LENGTH);
    if (next.length < MIN_PASSWORD_LENGTH) return;
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
        },
      },
    );
  };
  const serverErrors = fieldErrorsOf(change.error);
  return (
    <div className="page">
      <h1>{t('password.profileTitle')}</h1>
      <section className="card stack" aria-labelledby="change-password">
        <h2 id="change-password">{t('password.changeTitle')}</h2>
        <form onSubmit={submit} noValidate className="form">
          <PasswordField
            label={t('password.current')}
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
            error={serverErrors.currentPassword}
          />
          <PasswordField
            label={t('password.newPassword')}
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            error={tooShort ? t('password.tooShort') : serverErrors.newPassword}
          />
          {change.isError && Object.keys(serverErrors).length === 0 && (
            <p className="inline-error" role="alert">
              {errorMessage(change.error)}
            </p>
          )}
          {change.isSuccess && (
            <p className="notice notice--ok" role="status">
              {t('password.changed')}
            </p>
          )}
          <button type="submit" className="btn btn--primary" disabled={change.isPending}>
            {change.isPending ? t('common.pleaseWait') : t('password.changeButton')}
          </button>
        </form>
      </section>
      <ApiKeysSection />
    </div>
  );
}
