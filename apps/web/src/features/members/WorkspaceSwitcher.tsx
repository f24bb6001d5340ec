import { useId } from 'react';
import { useNavigate } from 'react-router-dom';
import { t } from '@/app/i18n/t';
import { useSession } from '@/features/auth/api/auth.api';
import { roleLabel } from './MembersPage';
import { useSwitchWorkspace, useWorkspaces } from './members.api';

/** The header's choice of workspace, shown once the person belongs to more than one. */
export function WorkspaceSwitcher() {
  const workspaces = useWorkspaces();
  const current = useSession().data?.workspace.id;
  const switchTo = useSwitchWorkspace();
  const navigate = useNavigate();
  const id = useId();
  if (!workspaces.data || workspaces.data.length < 2) return null;
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {t('members.workspace')}
      </label>
      <select
        id={id}
        className="workspace-switcher"
        value={current}
        disabled={switchTo.isPending}
        onChange={(e) =>
          switchTo.mutate(e.target.value, {
            onSuccess: () => navigate('/connections', { replace: true }),
          })
        }
      >
        {workspaces.data.map((workspace) => (
          <option key={workspace.id} value={workspace.id}>
            {workspace.name} · {roleLabel(workspace.role)}
          </option>
        ))}
      </select>
    </>
  );
}
