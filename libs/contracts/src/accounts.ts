import { z } from 'zod';

export const createAccountSchema = z.object({
  connectorKey: z.string().min(1),
  name: z.string().trim().min(1, 'Give the account a name').max(120),
  /** Values of the connector's auth fields; secret ones are encrypted at rest. */
  credentials: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Check the credentials before saving: a failed check saves nothing (422) unless `saveAnyway`. */
  checkFirst: z.boolean().optional(),
  saveAnyway: z.boolean().optional(),
});
export type CreateAccountDto = z.infer<typeof createAccountSchema>;

/**
 * An edit of an account: a new name, and/or new credentials (a secret left blank keeps the
 * stored one). New credentials are checked first; a failed check changes nothing (422) unless
 * `saveAnyway`.
 */
export const updateAccountSchema = z.object({
  name: z.string().trim().min(1, 'Give the account a name').max(120).optional(),
  credentials: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  saveAnyway: z.boolean().optional(),
});
export type UpdateAccountDto = z.infer<typeof updateAccountSchema>;

/**
 * The value of an `account` field that sends through the instance's own mail (FLUXO_SMTP_URL)
 * instead of one of the workspace's e-mail accounts.
 */
export const INSTANCE_MAIL_ACCOUNT = 'instance-mail';

export const accountCheckSchema = z.object({
  ok: z.boolean(),
  message: z.string(),
  checkedAt: z.string(),
});
export type AccountCheckDto = z.infer<typeof accountCheckSchema>;

export const accountSchema = z.object({
  id: z.string(),
  connectorKey: z.string(),
  name: z.string(),
  /** Non-secret credential values only (e.g. SMTP host); secrets are never returned. */
  publicCredentials: z.record(z.string(), z.unknown()),
  lastCheck: accountCheckSchema.nullable(),
  createdAt: z.string(),
});
export type AccountDto = z.infer<typeof accountSchema>;
