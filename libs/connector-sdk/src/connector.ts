import type { ConnectorTranslations } from './connector-texts';
import type {
  ConnectorGroup,
  DynamicFieldsDeclaration,
  DynamicOptions,
  FieldDefinition,
  FieldRule,
  OutputField,
  StepSettings,
} from '@fluxo/contracts';
import type { HostedPage } from './hosted-page';

/** Plain values of an account's credentials, decrypted just for the call. */
export type Credentials = Record<string, string | number | boolean>;

/** What the host hands a connector for one call. A connector never touches the DB or Nest. */
export interface ConnectorContext {
  /** Decrypted credentials of the chosen account; empty when the connector needs none. */
  credentials: Credentials;
  /** Settings of the step (source or receiver), as saved by the editor. */
  settings: StepSettings;
  logger: ConnectorLogger;
  /** Aborted when the host gives up on the call (timeout, shutdown). */
  signal?: AbortSignal;
  /**
   * The host's outbound guard. Connectors that open their own sockets (SMTP) must connect to
   * the address it returns, so the address checked is the address connected.
   */
  network?: OutboundNetwork;
  /**
   * Stable per delivery across retries and restarts. Receivers pass it to the vendor (an
   * e-mail's Message-ID, an Idempotency-Key header) so a resend after a crash can be dropped.
   */
  idempotencyKey?: string;
  /**
   * Receivers with a `statusCallback`: the public URL the vendor should call back with this
   * delivery's status (Twilio's StatusCallback). Absent when the host has no public URL.
   */
  statusCallbackUrl?: string;
  /**
   * Sends a message through another account of the workspace (an `account` field's value),
   * using that account's connector `messenger`. Lets Portmone send its invoice link by e-mail
   * or SMS without depending on those connectors.
   */
  messaging?: Messaging;
  /**
   * Keeps credentials the vendor renewed during the call (a refreshed OAuth access token) with
   * the account, encrypted, so the next call does not refresh again. Only `oauth*` keys.
   */
  saveCredentials?(changes: Credentials): Promise<void>;
}

export interface OAuth2Declaration {
  authorizeUrl: string;
  tokenUrl: string;
  scopes: string[];
  /** Extra consent-page parameters (Google: access_type=offline, prompt=consent). */
  authorizeParams?: Record<string, string>;
}

/** A message handed to another connector's messenger. */
export interface OutboundMessage {
  /** An e-mail address or a phone number, as the channel expects. */
  to: string;
  subject?: string;
  text: string;
  html?: string;
}

export interface Messaging {
  send(accountId: string, message: OutboundMessage): Promise<DeliveryResult>;
}

export interface OutboundNetwork {
  /**
   * Resolves `host` to one address the host may connect to. Throws BlockedHostError when it
   * resolves to a private, loopback or link-local address not opened by the operator.
   */
  resolveAllowedAddress(host: string): Promise<string>;
}

export interface ConnectorLogger {
  debug(message: string, meta?: Record<string, unknown>): void;
  warn(message: string, meta?: Record<string, unknown>): void;
}

/** One inbound HTTP call to a hook URL, after the host parsed its body. */
export interface InboundRequest {
  method: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  query: Record<string, string>;
  contentType: string;
  /** The body parsed by content type: JSON value, or form fields (repeated names become arrays). */
  body: unknown;
  /** Metadata of uploaded files (multipart); the host does not keep file contents. */
  files: UploadedFileInfo[];
  /** The bytes as received: signatures are computed over these, never over a re-serialisation. */
  rawBody: Buffer;
  /** The full public URL the vendor called (Twilio signs it), query string included. */
  url: string;
}

export interface UploadedFileInfo {
  field: string;
  filename: string;
  mimeType: string;
  size: number;
}

/** One unit of work from a source; `key` makes it unique per connection (dedupe). */
export interface SourceItem {
  key: string;
  payload: Record<string, unknown>;
  /** When the item happened at the vendor (ISO 8601); lets users start "since a date". */
  occurredAt?: string;
}

export interface InstantSource {
  key: string;
  name: string;
  description: string;
  kind: 'instant';
  fields: FieldDefinition[];
  /**
   * Signed sources: the account (its secret) must be chosen before any event is accepted; until
   * then the editor warns "unverified" and the host refuses calls with 401.
   */
  requiresAccount?: boolean;
  /**
   * Proves the call came from the vendor (signature, shared key), with constant-time
   * comparisons. Throws InboundRejectedError; the host stores the call with the reason and
   * answers with its status. Runs before `parse`, with the account's credentials.
   */
  verify?(request: InboundRequest, ctx: ConnectorContext): void;
  /**
   * Body fields that carry a credential (PayT's `integration_key`): dotted paths into a JSON
   * body, or form field names. The host stores the call with them masked, and the original
   * only sealed with the instance key.
   */
  secretBodyPaths?: readonly string[];
  /**
   * The account's shared key as the call itself carries it (PayT's integration key), and the
   * account field it goes in: a user who never found the key may trust the one a held call
   * brings, rather than look for it in the vendor's panel.
   */
  keyInCall?: { field: string; read(request: InboundRequest): string | null };
  /**
   * Turns one stored inbound call into items. `eventId` is the host's id for the stored call,
   * a stable fallback key for sources whose payloads carry no identity of their own.
   * Returning no items acknowledges the call and ignores it (an event kind not ticked).
   */
  parse(request: InboundRequest, eventId: string, ctx: ConnectorContext): SourceItem[];
  /**
   * Completes an item in the run, not in the hook call, so the vendor gets its answer at once:
   * Mercado Pago's notification names a payment that must be fetched with the access token.
   * Returns the item's full payload; throwing TransientDeliveryError retries the run later.
   */
  hydrate?(
    payload: Record<string, unknown>,
    ctx: ConnectorContext,
  ): Promise<Record<string, unknown>>;
  /**
   * Example variables for test data before the platform has called the URL; a function when
   * they follow the settings (a hosted form's questions).
   */
  sample?: Record<string, unknown> | ((settings: StepSettings) => Record<string, unknown>);
  /** Serves a public page at /f/:token whose submissions feed this source (hosted forms). */
  hostedPage?: HostedPage;
  /** Its dynamic-selects' loaders, by the name the manifest gives them (see defineSource). */
  optionLoaders?: Readonly<Record<string, OptionsLoader>>;
}

export interface PollingSource {
  key: string;
  name: string;
  description: string;
  kind: 'polling';
  fields: FieldDefinition[];
  /** Suggested interval for new connections, in minutes. */
  defaultIntervalMinutes?: number;
  /** What counts as "new", in the user's words; the editor shows it beside the source. */
  newItemsRule?: string;
  /**
   * Calls the vendor pushes to the connection's URL between polls (PagHiper's notification
   * POST): handled like an instant source's, so a change arrives at once and the next poll,
   * which lists the same status, finds it already there (same `_statusKey`).
   */
  push?: Pick<InstantSource, 'verify' | 'parse' | 'hydrate' | 'secretBodyPaths'>;
  /**
   * Returns the items visible now with stable keys; the engine keeps only keys it has not seen.
   * `cursor` is what the previous poll returned (undefined the first time).
   */
  poll(ctx: ConnectorContext, cursor: unknown): Promise<PollResult>;
  /** Its dynamic-selects' loaders, by the name the manifest gives them (see defineSource). */
  optionLoaders?: Readonly<Record<string, OptionsLoader>>;
}

/** What one poll read: its items, where the next poll starts, and what it could not read. */
export interface PollResult {
  items: SourceItem[];
  cursor?: unknown;
  /**
   * Parts of the read that failed while the rest was read (PagHiper's PIX list, say): each is
   * shown on the run, worded from the connector's phrases, so a partial read is never silent.
   */
  warnings?: string[];
}

export type SourceDefinition = InstantSource | PollingSource;

/** What handles the calls a source takes at its URL: verify, parse, hydrate and secret fields. */
export type PushHandler = Pick<
  InstantSource,
  'verify' | 'parse' | 'hydrate' | 'secretBodyPaths' | 'hostedPage' | 'keyInCall'
> & {
  /** Calls are refused until the source's account (its secret) is chosen. */
  requiresAccount: boolean;
};

/**
 * The push handler of any source: an instant source is its own; a polled one may take pushes
 * between polls (PagHiper), always signed by the account's vendor; null when it takes none.
 */
export function pushHandlerOf(source: SourceDefinition): PushHandler | null {
  if (source.kind === 'instant') {
    return { ...source, requiresAccount: Boolean(source.requiresAccount) };
  }
  return source.push ? { ...source.push, requiresAccount: true } : null;
}

/** What a receiver reports after a successful send; recorded on the delivery. */
export interface DeliveryResult {
  /** The vendor's answer, reduced to what a user can read (ids, links, status). */
  response: Record<string, unknown>;
}

export interface ReceiverDefinition {
  key: string;
  name: string;
  description: string;
  /** Mappable fields; required ones are enforced before `deliver` is called. */
  fields: FieldDefinition[];
  /**
   * Checks over several fields `deliver` would make (one of text or HTML body): declared, they
   * are enforced before `deliver` is called, and the editor and previews show them first.
   */
  fieldRules?: FieldRule[];
  /**
   * Values read from `deliver`'s response that later receivers of the connection may map
   * (Portmone's payment link, an SMS's id), each with an example for previews.
   */
  outputs?: OutputField[];
  /** The field that names to whom it sends (an address, a number, a URL), shown in the send queue. */
  recipientField?: string;
  deliver(payload: Record<string, unknown>, ctx: ConnectorContext): Promise<DeliveryResult>;
  /** Vendors that report a message's fate later (Twilio's StatusCallback). */
  statusCallback?: StatusCallbackHandler;
  /** Mappable fields listed from the account, e.g. one per column of the chosen sheet. */
  dynamicFields?: DynamicFieldsDeclaration;
  /** The loaders of its dynamic-selects and dynamic fields, by name (see defineReceiver). */
  optionLoaders?: Readonly<Record<string, OptionsLoader>>;
}

/** The statuses a delivery's vendor may report after it accepted the message. */
export type VendorDeliveryStatus = 'sent' | 'delivered' | 'failed';

export interface StatusCallbackHandler {
  /** Throws InboundRejectedError when the callback is not signed by the account's secret. */
  verify(request: InboundRequest, credentials: Credentials): void;
  /** Null when the callback reports a state Fluxo does not show (queued, sending). */
  parse(request: InboundRequest): VendorStatusUpdate | null;
}

export interface VendorStatusUpdate {
  status: VendorDeliveryStatus;
  /** The vendor's own word for the state (e.g. "undelivered"). */
  vendorStatus: string;
  /** Vendor error code and message, when it failed. */
  errorCode?: string;
  errorMessage?: string;
}

export interface AccountCheckResult {
  ok: boolean;
  message: string;
}

/**
 * Lists a dynamic-select's choices from the account and the step's current settings. Returns
 * a hint instead of throwing when something must be chosen first.
 */
export type OptionsLoader = (ctx: ConnectorContext) => Promise<DynamicOptions>;

/** A connector that can carry a message for another connector (e-mail, SMS). */
export interface Messenger {
  channel: 'email' | 'sms';
  send(message: OutboundMessage, ctx: ConnectorContext): Promise<DeliveryResult>;
}

export interface ConnectorDefinition {
  key: string;
  name: string;
  description: string;
  group: ConnectorGroup;
  logoSvg: string;
  auth: {
    fields: FieldDefinition[];
    /** "Check connection": proves the credentials work, in words a user understands. */
    check(
      credentials: Credentials,
      ctx: Omit<ConnectorContext, 'credentials' | 'settings'>,
    ): Promise<AccountCheckResult>;
    /**
     * Accounts connected through the vendor's consent page with the instance's own client id
     * and secret. The host runs the redirect and stores `oauthRefreshToken`, `oauthAccessToken`
     * and `oauthExpiresAt` (ms) with `authType: 'oauth2'`; at call time it adds
     * `oauthClientId`, `oauthClientSecret` and `oauthTokenUrl` to the credentials.
     */
    oauth2?: OAuth2Declaration;
  } | null;
  sources: SourceDefinition[];
  receivers: ReceiverDefinition[];
  /**
   * Every loader its steps declare, by the name the manifest gives it: the field's key, or
   * `<receiver>-fields` for a receiver's listed fields. Built by defineConnector.
   */
  optionLoaders: Readonly<Record<string, OptionsLoader>>;
  messenger?: Messenger;
  /** Its texts in the other languages Fluxo speaks (see localizeManifest). */
  translations?: ConnectorTranslations;
  /**
   * The English sentences, with `{name}` parts, its check results and errors are written with
   * (see `phrase`): translated like its other texts, so the editor words those messages too.
   */
  phrases?: readonly string[];
}
