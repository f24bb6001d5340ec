import type {
  ConnectorGroup,
  ConnectorManifest,
  FieldDefinition,
  StepSettings,
} from '@fluxo/contracts';

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
   * Turns one stored inbound call into items. `eventId` is the host's id for the stored call,
   * a stable fallback key for sources whose payloads carry no identity of their own.
   */
  parse(request: InboundRequest, eventId: string, ctx: ConnectorContext): SourceItem[];
}

export interface PollingSource {
  key: string;
  name: string;
  description: string;
  kind: 'polling';
  fields: FieldDefinition[];
  /** Suggested interval for new connections, in minutes. */
  defaultIntervalMinutes?: number;
  /**
   * Returns the items visible now with stable keys; the engine keeps only keys it has not seen.
   * `cursor` is what the previous poll returned (undefined the first time).
   */
  poll(ctx: ConnectorContext, cursor: unknown): Promise<{ items: SourceItem[]; cursor?: unknown }>;
}

export type SourceDefinition = InstantSource | PollingSource;

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
  deliver(payload: Record<string, unknown>, ctx: ConnectorContext): Promise<DeliveryResult>;
}

export interface AccountCheckResult {
  ok: boolean;
  message: string;
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
  } | null;
  sources: SourceDefinition[];
  receivers: ReceiverDefinition[];
}

/** Identity helper that gives a connector declaration its type. */
export function defineConnector(definition: ConnectorDefinition): ConnectorDefinition {
  return definition;
}

/** The declaration the API serves and the editor renders forms from (no functions). */
export function toManifest(connector: ConnectorDefinition): ConnectorManifest {
  return {
    key: connector.key,
    name: connector.name,
    description: connector.description,
    group: connector.group,
    logoSvg: connector.logoSvg,
    auth: connector.auth ? { fields: connector.auth.fields } : null,
    sources: connector.sources.map(({ key, name, description, kind, fields }) => ({
      key,
      name,
      description,
      kind,
      fields,
    })),
    receivers: connector.receivers.map(({ key, name, description, fields }) => ({
      key,
      name,
      description,
      fields,
    })),
  };
}
