import { z } from 'zod';
import { newPasswordSchema } from './auth';
import { ROLES, type Role } from './roles';

/** A workspace the person belongs to, for the header's switcher. */
export const workspaceMembershipSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export type WorkspaceMembershipDto = z.infer<typeof workspaceMembershipSchema>;

export const switchWorkspaceSchema = z.object({ workspaceId: z.string().uuid() });
export type SwitchWorkspaceDto = z.infer<typeof switchWorkspaceSchema>;

export interface MemberDto {
  userId: string;
  email: string;
  role: Role;
  joinedAt: string;
}

export const changeRoleSchema = z.object({ role: z.enum(ROLES) });
export type ChangeRoleDto = z.infer<typeof changeRoleSchema>;

/** An invitation's state, as its list and its link's page say it. */
export const INVITATION_STATES = ['pending', 'accepted', 'expired', 'revoked'] as const;
export type InvitationState = (typeof INVITATION_STATES)[number];

export const createInvitationSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid e-mail address').max(254),
  role: z.enum(ROLES),
  /** The language the invitation e-mail is written in. */
  locale: z.enum(['en', 'pt-BR', 'es', 'uk', 'nb']).default('en'),
});
export type CreateInvitationDto = z.input<typeof createInvitationSchema>;

export interface InvitationDto {
  id: string;
  email: string;
  role: Role;
  state: InvitationState;
  invitedBy: string | null;
  acceptedBy: string | null;
  createdAt: string;
  expiresAt: string;
}

/** A new invitation: its link is in the answer once (and in the e-mail when the instance has mail). */
export interface CreatedInvitationDto {
  invitation: InvitationDto;
  link: string;
  mailed: boolean;
}

const invitationTokenSchema = z
  .string()
  .regex(/^[\w-]{43}$/, 'This link is not complete: open it from the invitation again');

export const inspectInvitationSchema = z.object({ token: invitationTokenSchema });
export type InspectInvitationDto = z.infer<typeof inspectInvitationSchema>;

/** What the invitation's page shows before it is accepted. */
export interface InvitationPreviewDto {
  state: InvitationState;
  workspaceName: string;
  email: string;
  role: Role;
  invitedBy: string | null;
  /** Whether the invited address already has an account (then the page asks to log in). */
  hasAccount: boolean;
}

/**
 * Accepting: a logged-in person joins as themselves; someone new sets a password and gets an
 * account with the invited address.
 */
export const acceptInvitationSchema = z.object({
  token: invitationTokenSchema,
  password: newPasswordSchema.optional(),
});
export type AcceptInvitationDto = z.infer<typeof acceptInvitationSchema>;

/** Deleting a workspace: its name typed again, so a slip of the mouse cannot do it. */
export const deleteWorkspaceSchema = z.object({ name: z.string().min(1).max(200) });
export type DeleteWorkspaceDto = z.infer<typeof deleteWorkspaceSchema>;
