import { createHmac } from 'node:crypto';

// Mercado Pago's payments, subscriptions and notifications as the sandbox stores and sends them.

export interface MercadoPagoSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The only access token the API accepts (Bearer). */
  accessToken?: string;
  /** The application's webhook secret notifications are signed with. */
  webhookSecret?: string;
  /**
   * Waits between re-deliveries of an unacknowledged notification. Mercado Pago waits 15 min,
   * 30 min, 6 h, 48 h, 96 h (another doc version: 5 min, 45 min, 6 h, 2 d, 4 d); the default
   * keeps the five retries but compresses them for tests.
   */
  retryDelaysMs?: number[];
  /** How long the first delivery waits for an answer (Mercado Pago: 22 s). */
  firstAttemptTimeoutMs?: number;
  /** How long each retry waits for an answer (Mercado Pago: 5 s). */
  retryTimeoutMs?: number;
}

export type MercadoPagoRecord = Record<string, unknown> & { id: number | string };

/** How the sandbox signs a notification, to exercise every branch of a receiver's check. */
export type MercadoPagoSignatureMode =
  /** `ts` in seconds, as the SDK's current validator expects. */
  | 'valid'
  /** `ts` in milliseconds (13 digits), as some of Mercado Pago's examples show. */
  | 'valid-ms'
  /** Signed with another secret. */
  | 'wrong'
  /** No `x-signature` header at all. */
  | 'missing'
  /** Correctly signed, but `ts` is an hour old. */
  | 'stale';

export interface MercadoPagoNotificationOptions {
  /** The receiver's URL; `data.id` and `type` are added to its query string. */
  url: string;
  /** `payment` (default), `subscription_preapproval`, `subscription_authorized_payment`, … */
  topic?: string;
  /** The resource the notification names (a payment id, a preapproval id). */
  dataId: string | number;
  /** Defaults to `payment.updated` (or `<topic>.updated`). */
  action?: string;
  signature?: MercadoPagoSignatureMode;
  /** Older docs say alphanumeric ids are signed lower-cased; the current SDK signs as sent. */
  signIdAs?: 'as-sent' | 'lower-case';
  /** Header names as written on the wire: `x-signature` (default) or `X-Signature`. */
  headerCase?: 'lower' | 'canonical';
  /** Delivers the same notification this many times in all (Mercado Pago repeats some). */
  deliveries?: number;
  /** Re-deliver when the receiver does not answer 200/201 (default true). */
  retry?: boolean;
  /** The notification's own id; generated when absent. */
  notificationId?: number;
}

export interface MercadoPagoDeliveryAttempt {
  at: string;
  requestId: string;
  /** The `x-signature` header sent, or null when left out. */
  signature: string | null;
  /** The receiver's HTTP status, or null when the call failed or timed out. */
  status: number | null;
  error?: string;
  /** How long the receiver took to answer. */
  durationMs: number;
  /** Which delivery of the notification (1 = first) and which try of it (0 = first). */
  delivery: number;
  retry: number;
}

export interface MercadoPagoNotificationRecord {
  notificationId: number;
  url: string;
  body: Record<string, unknown>;
  attempts: MercadoPagoDeliveryAttempt[];
  /** True when the last delivery was answered with 200 or 201. */
  acknowledged: boolean;
}

export interface MercadoPagoFault {
  /** HTTP status to answer API calls with, e.g. 429, 500, 503. */
  status: number;
  /** How many calls fail (default: every call until cleared). */
  times?: number;
  /** Sent as `Retry-After` (seconds), for 429. */
  retryAfterSeconds?: number;
}

/** What Mercado Pago usually reports beside each status. */
export const DEFAULT_STATUS_DETAIL: Record<string, string> = {
  approved: 'accredited',
  pending: 'pending_waiting_transfer',
  in_process: 'pending_review_manual',
  rejected: 'cc_rejected_other_reason',
  cancelled: 'expired',
  refunded: 'refunded',
  charged_back: 'settled',
  in_mediation: 'in_process',
  authorized: 'pending_capture',
};

export const DEFAULT_TOKEN = 'TEST-0000000000000000-000000-sandbox-token';
export const DEFAULT_SECRET = 'sandbox-webhook-secret';
export const COLLECTOR_ID = 1234567890;

export function mpError(status: number, error: string, message: string) {
  return { message, error, status, cause: [] };
}

/** Signs exactly as Mercado Pago does: HMAC-SHA256 hex of `id:…;request-id:…;ts:…;`. */
export function signMercadoPagoManifest(
  secret: string,
  dataId: string,
  requestId: string,
  ts: string,
): string {
  let manifest = '';
  if (dataId) manifest += `id:${dataId};`;
  if (requestId) manifest += `request-id:${requestId};`;
  if (ts) manifest += `ts:${ts};`;
  return createHmac('sha256', secret).update(manifest).digest('hex');
}
