import { z } from 'zod';
import { ROLES } from './roles';

/** The shortest password anyone may choose (the editor checks it before asking the API). */
export const MIN_PASSWORD_LENGTH = 8;

/** A password being chosen: at sign-up, on a reset, in the profile, when joining by invitation. */
export const newPasswordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `The password needs at least ${MIN_PASSWORD_LENGTH} characters`)
  .max(200, 'The password can have at most 200 characters');

export const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid e-mail address').max(254),
  password: newPasswordSchema,
});
export type Credentials = z.infer<typeof credentialsSchema>;

export const sessionSchema = z.object({
  user: z.object({ id: z.string(), email: z.string() }),
  /** The workspace this session works in, and the person's role there. */
  workspace: z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
  }),
});
export type SessionDto = z.infer<typeof sessionSchema>;

/** What the log-in page needs to know before anyone is signed in. */
export const instanceStatusSchema = z.object({
  /** False on a fresh instance: the first visitor is shown sign-up, not log-in. */
  hasUsers: z.boolean(),
  /** FLUXO_PUBLIC_URL: where vendors reach this instance; null when unset (the browser's). */
  publicUrl: z.string().nullable(),
  /** FLUXO_SMTP_URL is set: invoices and the like may be sent through the instance's mail. */
  instanceMail: z.boolean(),
});
export type InstanceStatusDto = z.infer<typeof instanceStatusSchema>;

/** Changing the password in the profile: the current one proves it is the person. */
export const passwordChangeSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: newPasswordSchema,
});
export type PasswordChangeDto = z.infer<typeof passwordChangeSchema>;

/** "Forgot password?": the address, and the language the e-mail is written in. */
export const passwordForgotSchema = z.object({
  email: z.string().trim().toLowerCase().email('Enter a valid e-mail address').max(254),
  locale: z.enum(['en', 'pt-BR', 'es', 'uk', 'nb']).default('en'),
});
export type PasswordForgotDto = z.infer<typeof passwordForgotSchema>;

const resetTokenSchema = z
  .string()
  .regex(/^[\w-]{43}$/, 'This link is not complete: open it from the e-mail again');

/** Setting a new password with the link's single-use token. */
export const passwordResetSchema = z.object({
  token: resetTokenSchema,
  password: newPasswordSchema,
});

/** Asking whether a reset link still works before the new password is typed. */
export const resetLinkInspectSchema = z.object({ token: resetTokenSchema });
export type ResetLinkInspectDto = z.infer<typeof resetLinkInspectSchema>;
export type PasswordResetDto = z.infer<typeof passwordResetSchema>;

/** What a key may do: read (GET only) or read and write, always with its owner's role. */
export const API_KEY_SCOPES = ['read', 'read-write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

export const createApiKeySchema = z.object({
  name: z.string().trim().min(1, 'Give the key a name').max(80),
  scope: z.enum(API_KEY_SCOPES),
  /** A day (YYYY-MM-DD) after which the key stops working; none: until revoked. */
  expiresOn: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'Write the day as YYYY-MM-DD')
    .refine((day) => Date.parse(`${day}T23:59:59Z`) > Date.now(), 'Pick a day after today')
    .nullable()
    .default(null),
});
export type CreateApiKeyDto = z.input<typeof createApiKeySchema>;

export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The key's first characters, to tell keys apart; the key itself is shown once. */
  prefix: z.string(),
  scope: z.enum(API_KEY_SCOPES),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  createdAt: z.string(),
});
export type ApiKeyDto = z.infer<typeof apiKeySchema>;

/** A key in the owners' list of every member's keys. */
export type WorkspaceApiKeyDto = ApiKeyDto & { ownerEmail: string };

/** A key just made: the only answer that carries it whole. */
export type CreatedApiKeyDto = { key: ApiKeyDto; token: string };
