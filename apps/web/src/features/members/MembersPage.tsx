import { ROLES, type InvitationDto, type MemberDto, type Role } from '@fluxo/contracts';
import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { errorMessage, fieldErrorsOf } from '@/app/api-client';
import { t, useLocale } from '@/app/i18n/t';
import { CopyButton } from '@/app/ui/CopyButton';
import { formatDateTime } from '@/app/ui/format';
import { ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { useRole, useSession } from '@/features/auth/api/auth.api';
import {
  useChangeRole,
  useDeleteWorkspace,
  useInvitations,
  useInvite,
  useLeaveWorkspace,
  useMembers,
  useRemoveMember,
  useRevokeInvitation,
} from './members.api';

/** The role's name and what it may do, in the reader's words. */
export const roleLabel = (role: Role): string => t(`members.role.${role}`);

/** The workspace's people: who is in with which role, invitations, and leaving. */
export function MembersPage() {
  const isOwner = useRole() === 'owner';
  return (
    <div className="page stack">
      <h1>{t('members.title')}</h1>
      <p className="muted">{t('members.intro')}</p>
      {isOwner && (
        <p>
          <Link to="/audit">{t('audit.link')}</Link>
        </p>
      )}
      {isOwner && <InviteSection />}
      <MembersSection isOwner={isOwner} />
      {isOwner && <InvitationsSection />}
      <LeaveSection />
      {isOwner && <DeleteWorkspaceSection />}
    </div>
  );
}

function InviteSection() {
  const invite = useInvite();
  const locale = useLocale();
  const id = useId();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const errors = fieldErrorsOf(invite.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email: email.trim(), role, locale }, { onSuccess: () => setEmail('') });
  };

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.inviteTitle')}</h2>
      <form onSubmit={submit} className="form">
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('auth.email')}</label>
          <input
            id={`${id}-email`}
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={errors.email ? true : undefined}
            required
          />
          {errors.email && <p className="field__error">{errors.email}</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('members.role')}</label>
          <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {[...ROLES].reverse().map((option) => (
              <option key={option} value={option}>
                {roleLabel(option)}
              </option>
            ))}
          </select>
          <p className="field__help">{t(`members.roleHelp.${role}`)}</p>
        </div>
        {invite.isError && Object.keys(errors).length === 0 && (
          <p className="inline-error" role="alert">
            {errorMessage(invite.error)}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={invite.isPending}>
          {invite.isPending ? t('common.pleaseWait') : t('members.invite')}
        </button>
      </form>
      {invite.data && (
        <div className="notice notice--ok stack" role="status">
          <strong>
            {invite.data.mailed
              ? t('members.invitedMailed', { email: invite.data.invitation.email })
              : t('members.invitedCopy', { email: invite.data.invitation.email })}
          </strong>
          <div className="hook-url hook-url--compact">
            <input
              readOnly
              aria-label={t('members.inviteLink')}
              value={invite.data.link}
              onFocus={(e) => e.target.select()}
            />
            <CopyButton text={invite.data.link} />
          </div>
        </div>
      )}
    </section>
  );
}

function MembersSection({ isOwner }: { isOwner: boolean }) {
  const members = useMembers();
  const me = useSession().data?.user.id;
  const changeRole = useChangeRole();
  const remove = useRemoveMember();
  const [confirming, setConfirming] = useState<MemberDto | null>(null);
  const id = useId();

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.listTitle')}</h2>
      <InlineError error={changeRole.error ?? remove.error} />
      {confirming && (
        <div className="notice notice--warn stack" role="alertdialog" aria-live="polite">
          <p>{t('members.removeConfirm', { email: confirming.email })}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn--danger"
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(confirming.userId, { onSettled: () => setConfirming(null) })
              }
            >
              {t('members.remove')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      )}
      {members.isPending ? (
        <LoadingState label={t('common.pleaseWait')} />
      ) : members.isError ? (
        <ErrorState error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.joined')}</th>
                {isOwner && (
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <tr key={member.userId}>
                  <td>
                    {member.email}
                    {member.userId === me && <span className="muted"> {t('members.you')}</span>}
                  </td>
                  <td>
                    {isOwner ? (
                      <select
                        aria-label={t('members.roleOf', { email: member.email })}
                        value={member.role}
                        disabled={changeRole.isPending}
                        onChange={(e) =>
                          changeRole.mutate({
                            userId: member.userId,
                            role: e.target.value as Role,
                          })
                        }
                      >
                        {[...ROLES].reverse().map((option) => (
                          <option key={option} value={option}>
                            {roleLabel(option)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      roleLabel(member.role)
                    )}
                  </td>
                  <td>{formatDateTime(member.joinedAt)}</td>
                  {isOwner && (
                    <td>
                      {member.userId !== me && (
                        <button
                          type="button"
                          className="btn btn--small"
                          aria-label={t('members.removeNamed', { email: member.email })}
                          onClick={() => setConfirming(member)}
                        >
                          {t('members.remove')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InvitationsSection() {
  const invitations = useInvitations(true);
  const revoke = useRevokeInvitation();
  const id = useId();

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.invitationsTitle')}</h2>
      <InlineError error={revoke.error} />
      {invitations.isPending ? (
        <LoadingState label={t('common.pleaseWait')} />
      ) : invitations.isError ? (
        <ErrorState error={invitations.error} onRetry={() => void invitations.refetch()} />
      ) : invitations.data.length === 0 ? (
        <p className="muted">{t('members.noInvitations')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('auth.email')}</th>
                <th scope="col">{t('members.role')}</th>
                <th scope="col">{t('members.state')}</th>
                <th scope="col">{t('members.expires')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {invitations.data.map((invitation) => (
                <InvitationRow
                  key={invitation.id}
                  invitation={invitation}
                  onRevoke={() => revoke.mutate(invitation.id)}
                  revoking={revoke.isPending}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function InvitationRow({
  invitation,
  onRevoke,
  revoking,
}: {
  invitation: InvitationDto;
  onRevoke: () => void;
  revoking: boolean;
}) {
  return (
    <tr>
      <td>{invitation.email}</td>
      <td>{roleLabel(invitation.role)}</td>
      <td>
        {t(`members.state.${invitation.state}`)}
        {invitation.acceptedBy && invitation.acceptedBy !== invitation.email && (
          <span className="muted"> ({invitation.acceptedBy})</span>
        )}
      </td>
      <td>{invitation.state === 'pending' ? formatDateTime(invitation.expiresAt) : '—'}</td>
      <td>
        {invitation.state === 'pending' && (
          <button
            type="button"
            className="btn btn--small"
            disabled={revoking}
            aria-label={t('members.revokeNamed', { email: invitation.email })}
            onClick={onRevoke}
          >
            {t('members.revoke')}
          </button>
        )}
      </td>
    </tr>
  );
}

function LeaveSection() {
  const leave = useLeaveWorkspace();
  const navigate = useNavigate();
  const workspace = useSession().data?.workspace.name ?? '';
  const [confirming, setConfirming] = useState(false);
  const id = useId();

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.leaveTitle')}</h2>
      <p className="muted">{t('members.leaveBody')}</p>
      <InlineError error={leave.error} />
      {confirming ? (
        <div className="notice notice--warn stack" role="alertdialog" aria-live="polite">
          <p>{t('members.leaveConfirm', { workspace })}</p>
          <div className="actions">
            <button
              type="button"
              className="btn btn--danger"
              disabled={leave.isPending}
              onClick={() =>
                leave.mutate(undefined, {
                  onSuccess: () => navigate('/connections', { replace: true }),
                  onSettled: () => setConfirming(false),
                })
              }
            >
              {t('members.leave')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : (
        <div>
          <button type="button" className="btn" onClick={() => setConfirming(true)}>
            {t('members.leave')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Deleting the whole workspace: its name typed again, because nothing brings it back. */
function DeleteWorkspaceSection() {
  const remove = useDeleteWorkspace();
  const navigate = useNavigate();
  const workspace = useSession().data?.workspace.name ?? '';
  const [typed, setTyped] = useState('');
  const id = useId();

  return (
    <section className="card stack" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('members.deleteTitle')}</h2>
      <p className="muted">{t('members.deleteBody')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('members.deleteTypeName', { workspace })}</label>
        <input
          id={`${id}-name`}
          value={typed}
          autoComplete="off"
          onChange={(e) => setTyped(e.target.value)}
        />
      </div>
      <InlineError error={remove.error} />
      <div>
        <button
          type="button"
          className="btn btn--danger"
          disabled={typed.trim() !== workspace || remove.isPending}
          onClick={() =>
            remove.mutate(typed, { onSuccess: () => navigate('/connections', { replace: true }) })
          }
        >
          {remove.isPending ? t('common.pleaseWait') : t('members.deleteButton')}
        </button>
      </div>
    </section>
  );
}
