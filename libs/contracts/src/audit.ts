import { z } from 'zod';

/** How long the audit log keeps an event. */
export const AUDIT_RETENTION_DAYS = 90;

/** What the audit log records: people, accounts, keys, switches, deletions and exports. */
export const AUDIT_ACTIONS = [
  'member.invited',
  'invitation.revoked',
  'member.joined',
  'member.role-changed',
  'member.removed',
  'member.left',
  'account.created',
  'account.updated',
  'account.deleted',
  'api-key.created',
  'api-key.revoked',
  'connection.switched-on',
  'connection.switched-off',
  'connection.deleted',
  'connections.exported',
  'connections.imported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEventDto {
  id: string;
  at: string;
  action: AuditAction;
  /** Who did it (their e-mail then); null for someone whose account is gone. */
  actor: string | null;
  /** What it was done to, by name: a person's e-mail, an account's or a connection's name. */
  target: string | null;
  /** The action's particulars, e.g. { role: 'viewer' } or { count: 3 }. */
  details: Record<string, string | number>;
}

export const auditQuerySchema = z.object({
  actor: z.string().uuid().optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  /** Days (YYYY-MM-DD) in the reader's time zone, both included. */
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the day as YYYY-MM-DD')
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the day as YYYY-MM-DD')
    .optional(),
  timezone: z.string().max(100).optional(),
  /** The `at` of the last event of the previous page, for the next one. */
  before: z.string().datetime().optional(),
});
export type AuditQueryDto = z.infer<typeof auditQuerySchema>;

export interface AuditPageDto {
  events: AuditEventDto[];
  /** Pass as `before` for older events; null at the end. */
  next: string | null;
  /** The people the log names, for the "person" filter. */
  actors: { userId: string; email: string }[];
}
