import { MIN_PASSWORD_LENGTH, type InvitationPreviewDto } from '@fluxo/contracts';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ApiError, errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t } from '@/app/i18n/t';
import { LoadingState } from '@/app/ui/states';
import { useSession } from '@/features/auth/api/auth.api';
import { AuthCard } from '@/features/auth/components/AuthCard';
import { PasswordField } from '@/features/auth/components/PasswordPages';
import { roleLabel } from './MembersPage';
import { useAcceptInvitation, useInvitationPreview } from './members.api';

/** Kept across a detour through log-in, which cannot carry the link's fragment. */
const PENDING_TOKEN = 'fluxo.invitation';

function tokenOfThisPage(): string {
  const fromLink = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromLink) return fromLink;
  return window.sessionStorage.getItem(PENDING_TOKEN) ?? '';
}

/** The invitation link's page: who invites, to what, as what; then join, sign up or log in. */
export function InvitationPage() {
  const [token] = useState(tokenOfThisPage);
  const preview = useInvitationPreview(token);

  let body;
  if (!/^[\w-]{43}$/.test(token)) {
    body = <Problem text={t('invitation.noToken')} />;
  } else if (preview.isPending) {
    body = <LoadingState label={t('common.pleaseWait')} />;
  } else if (preview.isError) {
    body = (
      <Problem
        text={
          preview.error instanceof ApiError && preview.error.status === 404
            ? t('invitation.unknown')
            : errorMessage(preview.error)
        }
      />
    );
  } else if (preview.data.state !== 'pending') {
    body = (
      <Problem text={t(`invitation.${preview.data.state}`, { inviter: inviterOf(preview.data) })} />
    );
  } else {
    body = <Acceptance token={token} preview={preview.data} />;
  }
  return <AuthCard title={t('invitation.title')}>{body}</AuthCard>;
}

const inviterOf = (preview: InvitationPreviewDto): string =>
  preview.invitedBy ?? t('invitation.theOwner');

function Problem({ text }: { text: string }) {
  return (
    <p className="notice notice--bad" role="alert">
      {text}
    </p>
  );
}

function Acceptance({ token, preview }: { token: string; preview: InvitationPreviewDto }) {
  const session = useSession();
  const accept = useAcceptInvitation();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const join = (withPassword?: string) =>
    accept.mutate(
      { token, password: withPassword },
      {
        onSuccess: () => {
          window.sessionStorage.removeItem(PENDING_TOKEN);
          navigate('/connections', { replace: true });
        },
      },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(password.length < MIN_PASSWORD_LENGTH);
    if (password.length >= MIN_PASSWORD_LENGTH) join(password);
  };
  const serverErrors = fieldErrorsOf(accept.error);
  const failure = accept.isError && !serverErrors.password && (
    <p className="inline-error" role="alert">
      {errorMessage(accept.error)}
    </p>
  );

  const invited = (
    <p>
      {t('invitation.invites', {
        inviter: inviterOf(preview),
        workspace: preview.workspaceName,
        role: roleLabel(preview.role),
      })}
    </p>
  );

  if (session.data) {
    return (
      <div className="stack">
        {invited}
        <p className="muted">{t('invitation.joinAs', { email: session.data.user.email })}</p>
        {failure}
        <button
          type="button"
          className="btn btn--primary btn--block"
          disabled={accept.isPending}
          onClick={() => join()}
        >
          {accept.isPending ? t('common.pleaseWait') : t('invitation.join')}
        </button>
      </div>
    );
  }
  if (preview.hasAccount) {
    return (
      <div className="stack">
        {invited}
        <p>{t('invitation.logInFirst', { email: preview.email })}</p>
        <Link
          to="/login?next=/invitation"
          className="btn btn--primary btn--block"
          onClick={() => window.sessionStorage.setItem(PENDING_TOKEN, token)}
        >
          {t('auth.loginButton')}
        </Link>
      </div>
    );
  }
  return (
    <form onSubmit={submit} noValidate className="form">
      {invited}
      <p className="muted">{t('invitation.choosePassword', { email: preview.email })}</p>
      <PasswordField
        label={t('password.newPassword')}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        error={tooShort ? t('password.tooShort') : serverErrors.password}
      />
      {failure}
      <button type="submit" className="btn btn--primary btn--block" disabled={accept.isPending}>
        {accept.isPending ? t('common.pleaseWait') : t('invitation.join')}
      </button>
    </form>
  );
}
