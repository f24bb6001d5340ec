import { type FormFields, newSid, rfc2822, segmentCount } from './twilio-wire';

// The Messages API's resources and errors as the sandbox stores and answers them.

export interface TwilioSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /**
   * `auto` (the default) posts status callbacks by itself, `callbackDelayMs` apart; `manual`
   * queues them until `deliverCallbacks()` so specs decide when they arrive.
   */
  callbacks?: 'auto' | 'manual';
  callbackDelayMs?: number;
}

export interface SandboxAccount {
  sid: string;
  authToken: string;
  friendlyName: string;
  /** Trial accounts send only to verified numbers (21608). */
  trial: boolean;
  verifiedNumbers: string[];
}

export interface SandboxApiKey {
  sid: string;
  secret: string;
  accountSid: string;
  /** Standard keys (Twilio's default) may not read the Account resource; Main keys may. */
  type: 'standard' | 'main';
}

export interface SandboxMessagingService {
  sid: string;
  accountSid: string;
  /** Numbers of the service's sender pool; the first one sends. */
  senders: string[];
}

/** One call to the Twilio API (control calls are not recorded). */
export interface ReceivedTwilioRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Lower-cased names. */
  headers: Record<string, string>;
  /** The form body, decoded; a repeated name becomes a list. */
  form: FormFields;
  rawBody: string;
  /** Who the Basic auth named, and whether with the auth token or an API key's secret. */
  auth: { username: string; via: 'auth-token' | 'api-key' } | null;
  /** What the sandbox answered. */
  status: number;
  receivedAt: string;
}

/** Twilio's Message resource, as the API returns it. */
export interface TwilioMessageResource {
  sid: string;
  account_sid: string;
  messaging_service_sid: string | null;
  from: string | null;
  to: string;
  body: string;
  status: string;
  direction: 'outbound-api';
  num_segments: string;
  num_media: string;
  price: string | null;
  price_unit: string;
  error_code: number | null;
  error_message: string | null;
  date_created: string;
  date_sent: string | null;
  date_updated: string;
  api_version: '2010-04-01';
  uri: string;
  subresource_uris: Record<string, string>;
}

export interface SandboxFault {
  status: 429 | 500 | 503;
  /** How many API calls fail before the sandbox recovers; forever when absent. */
  times?: number;
}

/** A destination that fails after Twilio accepted the message. */
export interface FailingNumber {
  number: string;
  /** Twilio's error code, e.g. 30003 (unreachable), 30006 (landline). */
  code: number;
  /** `undelivered`: the carrier refused it after Twilio sent it; `failed`: never sent. */
  status: 'undelivered' | 'failed';
}

/** A status callback the sandbox posted (or will post). */
export interface TwilioCallbackRecord {
  url: string;
  params: Record<string, string>;
  signature: string;
  /** The HTTP status the callback URL answered; null when the call itself failed. */
  responseStatus: number | null;
  error?: string;
}

export interface PendingCallback {
  messageSid: string;
  url: string;
  status: string;
  errorCode?: number;
}

export interface TwilioErrorBody {
  code: number;
  message: string;
  more_info: string;
  status: number;
  detail?: string;
}

export const API_VERSION = '2010-04-01';
export const MAX_BODY_CHARS = 1600;
export const E164 = /^\+[1-9]\d{7,14}$/;

export class TwilioHttpError extends Error {
  constructor(readonly body: TwilioErrorBody) {
    super(body.message);
  }
}

export function twilioError(status: number, code: number, message: string, detail?: string) {
  return new TwilioHttpError({
    code,
    message,
    more_info: `https://www.twilio.com/docs/errors/${code}`,
    status,
    ...(detail ? { detail } : {}),
  });
}

export function single(fields: FormFields, name: string): string {
  const value = fields[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

/** The Account resource, as GET /Accounts/{sid}.json answers it. */
export function accountResource(account: SandboxAccount) {
  const uri = `/${API_VERSION}/Accounts/${account.sid}`;
  const date = rfc2822(new Date());
  return {
    auth_token: account.authToken,
    date_created: date,
    date_updated: date,
    friendly_name: account.friendlyName,
    owner_account_sid: account.sid,
    sid: account.sid,
    status: 'active',
    subresource_uris: { messages: `${uri}/Messages.json` },
    type: account.trial ? 'Trial' : 'Full',
    uri: `${uri}.json`,
  };
}

/** A new Message resource as Twilio answers the create call (sender already chosen). */
export function messageResource(
  account: SandboxAccount,
  fields: { to: string; from: string; body: string; serviceSid: string },
): TwilioMessageResource {
  const sid = newSid('SM');
  const now = rfc2822(new Date());
  const uri = `/${API_VERSION}/Accounts/${account.sid}/Messages/${sid}`;
  return {
    sid,
    account_sid: account.sid,
    messaging_service_sid: fields.serviceSid || null,
    from: fields.from || null,
    to: fields.to,
    body: fields.body,
    // Without a Messaging Service a message starts queued; with one, accepted.
    status: fields.serviceSid ? 'accepted' : 'queued',
    direction: 'outbound-api',
    num_segments: String(segmentCount(fields.body)),
    num_media: '0',
    price: null,
    price_unit: 'USD',
    error_code: null,
    error_message: null,
    date_created: now,
    date_sent: null,
    date_updated: now,
    api_version: API_VERSION,
    uri: `${uri}.json`,
    subresource_uris: { media: `${uri}/Media.json`, feedback: `${uri}/Feedback.json` },
  };
}
