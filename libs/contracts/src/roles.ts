/**
 * A person's role in a workspace. Viewer: reads connections and history. Editor: also builds
 * and runs connections and uses accounts, never replacing their secrets. Owner: also members,
 * invitations, accounts and everyone's API keys.
 */
export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `role` may do what needs at least `minimum` (roles are ordered viewer < editor < owner). */
export const roleAtLeast = (role: Role, minimum: Role): boolean =>
  ROLES.indexOf(role) >= ROLES.indexOf(minimum);
