import type {
  AcceptInvitationDto,
  CreateInvitationDto,
  CreatedInvitationDto,
  InvitationDto,
  InvitationPreviewDto,
  MemberDto,
  Role,
  SessionDto,
  WorkspaceMembershipDto,
} from '@fluxo/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/app/api-client';
import { sessionQueryKey } from '@/app/query-client';

const membersKey = ['workspace', 'members'] as const;
const invitationsKey = ['workspace', 'invitations'] as const;
const workspacesKey = ['workspaces'] as const;

export function useMembers() {
  return useQuery({
    queryKey: membersKey,
    queryFn: () => api.get<MemberDto[]>('/api/workspace/members'),
  });
}

export function useInvitations(enabled: boolean) {
  return useQuery({
    queryKey: invitationsKey,
    queryFn: () => api.get<InvitationDto[]>('/api/workspace/invitations'),
    enabled,
  });
}

export function useWorkspaces() {
  return useQuery({
    queryKey: workspacesKey,
    queryFn: () => api.get<WorkspaceMembershipDto[]>('/api/workspaces'),
    staleTime: 60_000,
  });
}

export function useInvite() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationDto) =>
      api.post<CreatedInvitationDto>('/api/workspace/invitations', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/workspace/invitations/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: invitationsKey }),
  });
}

export function useChangeRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      api.patch<MemberDto>(`/api/workspace/members/${encodeURIComponent(userId)}`, { role }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}

export function useRemoveMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      api.delete(`/api/workspace/members/${encodeURIComponent(userId)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: membersKey }),
  });
}

/** Everything cached belongs to the workspace left behind: start again from the new session. */
function useEnterSession() {
  const queryClient = useQueryClient();
  return (session: SessionDto) => {
    queryClient.clear();
    queryClient.setQueryData(sessionQueryKey, session);
  };
}

export function useLeaveWorkspace() {
  const enter = useEnterSession();
  return useMutation({
    mutationFn: () => api.post<SessionDto>('/api/workspace/leave'),
    onSuccess: enter,
  });
}

export function useDeleteWorkspace() {
  const enter = useEnterSession();
  return useMutation({
    mutationFn: (name: string) => api.post<SessionDto>('/api/workspace/delete', { name }),
    onSuccess: enter,
  });
}

export function useSwitchWorkspace() {
  const enter = useEnterSession();
  return useMutation({
    mutationFn: (workspaceId: string) =>
      api.post<SessionDto>('/api/workspaces/switch', { workspaceId }),
    onSuccess: enter,
  });
}

export function useInvitationPreview(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => api.post<InvitationPreviewDto>('/api/invitations/inspect', { token }),
    enabled: /^[\w-]{43}$/.test(token),
  });
}

export function useAcceptInvitation() {
  const enter = useEnterSession();
  return useMutation({
    mutationFn: (body: AcceptInvitationDto) =>
      api.post<SessionDto>('/api/invitations/accept', body),
    onSuccess: enter,
  });
}
