import {
  BlockedHostError,
  causeChainOf,
  phrase,
  PermanentDeliveryError,
  TransientDeliveryError,
  guardedFetch,
  type ConnectorContext,
  type Credentials,
  type OutboundNetwork,
} from '@fluxo/connector-sdk';
import type { drive_v3 } from 'googleapis/build/src/apis/drive';
import type { auth as GoogleAuth, sheets_v4 } from 'googleapis/build/src/apis/sheets';

export const DEFAULT_API_BASE_URL = 'https://sheets.googleapis.com/';
const DEFAULT_DRIVE_BASE_URL = 'https://www.googleapis.com/';
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
const REQUEST_TIMEOUT_MS = 30_000;

export const GOOGLE_SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive.metadata.readonly',
];

/** Sentences of the errors below, as phrases the editor words in the user's language. */
export const SHEETS_ERRORS = {
  badApiAddress: 'The API address "{address}" is not a web address.',
  apiAddressScheme: 'The API address "{address}" must start with https://',
  pasteKey: 'Paste the service account key (the JSON file).',
  keyNotJson:
    'The service account key is not valid JSON: paste the whole file you downloaded from Google Cloud.',
  keyIncomplete:
    'The service account key has no client_email or private_key: paste the whole JSON key file.',
  keyRefused:
    'Google refused the service account key ({reason}): the key may have been deleted. Create a new key and paste it into the account.',
  unreachable: 'Fluxo could not reach Google{code}; it will try again.',
  quota:
    'Google Sheets says too many requests were made in the last minute (quota). Fluxo will try again shortly.',
  unavailable:
    'Google Sheets is not answering properly right now ({status}); Fluxo will try again.',
  accessRefused: 'Google Sheets refused access to the spreadsheet{spreadsheet} ({detail}).',
  notFound: 'Google Sheets could not find the spreadsheet{spreadsheet}: check the link.',
  noSuchSheet:
    'The spreadsheet has no sheet called "{sheet}". Choose the sheet again (was it renamed?).',
  refused: 'Google Sheets refused the request: {detail}',
  chooseSpreadsheet: 'Choose a spreadsheet or paste its link.',
  notALink:
    '"{text}" is not a Google Sheets link or spreadsheet id. Open the spreadsheet and copy the address from the browser.',
  noSheets: 'The spreadsheet has no sheets.',
} as const;

/** Added to a refusal when Fluxo signs in as a service account the sheet may not be shared with. */
const SHARE_HINT = ' Share the spreadsheet with {email} (as Editor to add rows).';

export const REVOKED_MESSAGE =
  "Google no longer accepts this account's sign-in (access was revoked or expired). " +
  'Connect the account again.';

type AuthClient = InstanceType<typeof GoogleAuth.OAuth2> | InstanceType<typeof GoogleAuth.JWT>;

export interface GoogleClients {
  sheets: sheets_v4.Sheets;
  drive: drive_v3.Drive;
  auth: AuthClient;
  /** The service account's e-mail, for messages like "share the sheet with …". */
  serviceAccountEmail?: string;
}

interface ServiceAccountKey {
  client_email: string;
  private_key: string;
  token_uri?: string;
}

/**
 * gaxios (under googleapis and google-auth-library) takes a `fetchImplementation`: every
 * request of the SDK, token requests included, goes through the host's SSRF guard this way.
 */
export function gaxiosFetch(network: OutboundNetwork, signal?: AbortSignal): typeof fetch {
  const guarded = async (input: string | URL | Request, init: RequestInit = {}) => {
    const url = typeof input === 'string' || input instanceof URL ? input : input.url;
    const signals = [init.signal, signal].filter((s): s is AbortSignal => !!s);
    return guardedFetch(network, url, {
      method: init.method,
      headers: init.headers as Record<string, string> | undefined,
      body: init.body as string | undefined,
      signal: signals.length > 1 ? AbortSignal.any(signals) : signals[0],
      timeoutMs: REQUEST_TIMEOUT_MS,
    });
  };
  return guarded as unknown as typeof fetch;
}

/**
 * Transport options shared by the API and the token clients. gaxios would retry a 429/5xx
 * three times with growing pauses inside one call; retries are off (`retry: 0`) so the answer
 * reaches the host at once and its own backoff (visible in the run history) decides.
 */
function transportOptions(ctx: Pick<ConnectorContext, 'network' | 'signal'>) {
  if (!ctx.network) {
    throw new PermanentDeliveryError(
      'The host gave Google Sheets no network to use: it cannot call Google.',
    );
  }
  return {
    fetchImplementation: gaxiosFetch(ctx.network, ctx.signal),
    retryConfig: { retry: 0, noResponseRetries: 0 },
    timeout: REQUEST_TIMEOUT_MS,
  };
}

export function apiBaseUrl(credentials: Credentials): string | undefined {
  const raw = String(credentials.apiBaseUrl ?? '').trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PermanentDeliveryError(phrase(SHEETS_ERRORS.badApiAddress, { address: raw }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new PermanentDeliveryError(phrase(SHEETS_ERRORS.apiAddressScheme, { address: raw }));
  }
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

export function parseServiceAccountKey(raw: unknown): ServiceAccountKey {
  const text = String(raw ?? '').trim();
  if (!text) throw new PermanentDeliveryError(SHEETS_ERRORS.pasteKey);
  let key: Partial<ServiceAccountKey>;
  try {
    key = JSON.parse(text) as Partial<ServiceAccountKey>;
  } catch {
    throw new PermanentDeliveryError(SHEETS_ERRORS.keyNotJson);
  }
  if (typeof key.client_email !== 'string' || typeof key.private_key !== 'string') {
    throw new PermanentDeliveryError(SHEETS_ERRORS.keyIncomplete);
  }
  return key as ServiceAccountKey;
}

export const NO_ACCOUNT_MESSAGE = 'Choose a Google Sheets account for this step first';

/** Every sentence a Google Sheets failure is described with, as phrases the editor words. */
export const SHEETS_ERROR_PHRASES = [
  ...Object.values(SHEETS_ERRORS),
  SHEETS_ERRORS.accessRefused + SHARE_HINT,
  SHEETS_ERRORS.notFound + SHARE_HINT,
  REVOKED_MESSAGE,
  NO_ACCOUNT_MESSAGE,
];

function authClient(
  googleAuth: typeof GoogleAuth,
  credentials: Credentials,
  transport: ReturnType<typeof transportOptions>,
  saveCredentials?: ConnectorContext['saveCredentials'],
): { auth: AuthClient; serviceAccountEmail?: string } {
  // No account chosen: the step has no credentials at all, and no key was ever asked for.
  if (!credentials.authType && !credentials.serviceAccountKey) {
    throw new PermanentDeliveryError(NO_ACCOUNT_MESSAGE);
  }
  if (credentials.authType === 'oauth2') {
    if (!credentials.oauthRefreshToken && !credentials.oauthAccessToken) {
      throw new PermanentDeliveryError(REVOKED_MESSAGE);
    }
    const client = new googleAuth.OAuth2({
      clientId: String(credentials.oauthClientId ?? ''),
      clientSecret: String(credentials.oauthClientSecret ?? ''),
      endpoints: { oauth2TokenUrl: String(credentials.oauthTokenUrl || GOOGLE_TOKEN_URL) },
      transporterOptions: transport,
    });
    client.setCredentials({
      access_token: credentials.oauthAccessToken ? String(credentials.oauthAccessToken) : null,
      refresh_token: credentials.oauthRefreshToken ? String(credentials.oauthRefreshToken) : null,
      expiry_date: credentials.oauthExpiresAt ? Number(credentials.oauthExpiresAt) : null,
    });
    // A refreshed access token is kept with the account, so the next call does not refresh.
    client.on('tokens', (tokens) => {
      if (!tokens.access_token || !saveCredentials) return;
      void saveCredentials({
        oauthAccessToken: tokens.access_token,
        oauthExpiresAt: tokens.expiry_date ?? Date.now() + 3_000_000,
        ...(tokens.refresh_token ? { oauthRefreshToken: tokens.refresh_token } : {}),
      }).catch(() => undefined);
    });
    return { auth: client };
  }
  const key = parseServiceAccountKey(credentials.serviceAccountKey);
  const client = new googleAuth.JWT({
    email: key.client_email,
    key: key.private_key,
    scopes: GOOGLE_SCOPES,
    transporterOptions: transport,
  });
  // gtoken always posts to Google's token URL; a key that names another token_uri (a
  // sandbox, a private universe) gets its token requests sent there instead.
  const tokenUri = key.token_uri;
  if (tokenUri && tokenUri !== GOOGLE_TOKEN_URL) {
    client.transporter.interceptors.request.add({
      resolved: async (config) => {
        if (String(config.url) === GOOGLE_TOKEN_URL) config.url = new URL(tokenUri);
        return config;
      },
    });
  }
  return { auth: client, serviceAccountEmail: key.client_email };
}

/**
 * googleapis' Sheets and Drive modules hold ≈19 MB once loaded: they load on the first Google
 * call, so an instance that never talks to Google does not carry them (idle RSS).
 */
async function googleApis() {
  const [{ auth, sheets }, { drive }] = await Promise.all([
    import('googleapis/build/src/apis/sheets'),
    import('googleapis/build/src/apis/drive'),
  ]);
  return { auth, sheets, drive };
}

/** googleapis' Sheets and Drive clients for the account, both on the guarded transport. */
export async function googleClients(
  ctx: Pick<ConnectorContext, 'credentials' | 'network' | 'signal' | 'saveCredentials'>,
): Promise<GoogleClients> {
  const transport = transportOptions(ctx);
  const { auth: googleAuth, sheets, drive } = await googleApis();
  const { auth, serviceAccountEmail } = authClient(
    googleAuth,
    ctx.credentials,
    transport,
    ctx.saveCredentials,
  );
  const base = apiBaseUrl(ctx.credentials);
  return {
    auth,
    serviceAccountEmail,
    sheets: sheets({
      version: 'v4',
      auth,
      rootUrl: base ?? DEFAULT_API_BASE_URL,
      ...transport,
    }),
    // Drive lives on www.googleapis.com; a test base URL serves both APIs.
    drive: drive({ version: 'v3', auth, rootUrl: base ?? DEFAULT_DRIVE_BASE_URL, ...transport }),
  };
}

interface GaxiosLikeError {
  status?: number;
  code?: string | number;
  message?: string;
  cause?: unknown;
  response?: { status?: number; data?: unknown };
}

function googleMessage(data: unknown): string | undefined {
  const error = (data as { error?: unknown } | undefined)?.error;
  if (typeof error === 'object' && error && 'message' in error) {
    return String((error as { message: unknown }).message);
  }
  return undefined;
}

/**
 * Turns what googleapis threw into the SDK's errors with a message a shop owner can act on.
 * 429 and 5xx are transient (the host retries with backoff); revoked sign-ins, missing
 * sharing and bad ranges are permanent.
 */
export function toDeliveryError(
  error: unknown,
  context: { spreadsheetId?: string; sheet?: string; serviceAccountEmail?: string } = {},
): PermanentDeliveryError | TransientDeliveryError {
  if (error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError) {
    return error;
  }
  const failure = (error ?? {}) as GaxiosLikeError;
  const blocked = causeChainOf(failure.cause).find((cause) => cause instanceof BlockedHostError);
  if (blocked) return blocked as BlockedHostError;
  const status = failure.response?.status ?? failure.status;
  const data = failure.response?.data as { error?: unknown; error_description?: string };
  if (data && data.error === 'invalid_grant') {
    if (context.serviceAccountEmail) {
      const reason = data.error_description ?? 'invalid_grant';
      return new PermanentDeliveryError(phrase(SHEETS_ERRORS.keyRefused, { reason }));
    }
    return new PermanentDeliveryError(REVOKED_MESSAGE);
  }
  if (!status) {
    const code = failure.code ? ` (${failure.code})` : '';
    return new TransientDeliveryError(phrase(SHEETS_ERRORS.unreachable, { code }));
  }
  const detail = googleMessage(data) ?? failure.message ?? `status ${status}`;
  if (status === 429) {
    return new TransientDeliveryError(SHEETS_ERRORS.quota);
  }
  if (status >= 500) {
    return new TransientDeliveryError(phrase(SHEETS_ERRORS.unavailable, { status }));
  }
  if (status === 401) {
    return new PermanentDeliveryError(REVOKED_MESSAGE);
  }
  const params = {
    spreadsheet: context.spreadsheetId ? ` ${context.spreadsheetId}` : '',
    detail,
    email: context.serviceAccountEmail ?? '',
  };
  const withShareHint = (sentence: string) =>
    phrase(context.serviceAccountEmail ? sentence + SHARE_HINT : sentence, params);
  if (status === 403) {
    return new PermanentDeliveryError(withShareHint(SHEETS_ERRORS.accessRefused));
  }
  if (status === 404) {
    return new PermanentDeliveryError(withShareHint(SHEETS_ERRORS.notFound));
  }
  if (status === 400 && context.sheet && /Unable to parse range/i.test(detail)) {
    return new PermanentDeliveryError(phrase(SHEETS_ERRORS.noSuchSheet, { sheet: context.sheet }));
  }
  return new PermanentDeliveryError(phrase(SHEETS_ERRORS.refused, { detail }));
}

const URL_ID = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/;
const BARE_ID = /^[A-Za-z0-9_-]+$/;

export interface SpreadsheetRef {
  id: string;
  /** The tab named by `#gid=` in a pasted link, if any. */
  gid?: number;
}

/** Accepts a spreadsheet id or a link like https://docs.google.com/spreadsheets/d/<id>/edit#gid=0. */
export function parseSpreadsheetRef(value: unknown): SpreadsheetRef {
  const text = String(value ?? '').trim();
  if (!text) throw new PermanentDeliveryError(SHEETS_ERRORS.chooseSpreadsheet);
  const fromUrl = URL_ID.exec(text);
  if (fromUrl) {
    const gid = /[#&?]gid=(\d+)/.exec(text)?.[1];
    return { id: fromUrl[1], ...(gid !== undefined ? { gid: Number(gid) } : {}) };
  }
  if (BARE_ID.test(text)) return { id: text };
  throw new PermanentDeliveryError(phrase(SHEETS_ERRORS.notALink, { text }));
}

/** `My Sheet` -> `'My Sheet'` so a tab name is always read as a sheet, never as a cell. */
export function sheetRange(title: string, cells = ''): string {
  const quoted = `'${title.replace(/'/g, "''")}'`;
  return cells ? `${quoted}!${cells}` : quoted;
}

/**
 * The tab to use: the one chosen, else the one a pasted link points at (`#gid=`), else the
 * first tab of the spreadsheet.
 */
export async function resolveSheetTitle(
  clients: GoogleClients,
  ref: SpreadsheetRef,
  chosen: unknown,
): Promise<string> {
  const title = String(chosen ?? '').trim();
  if (title) return title;
  let tabs: sheets_v4.Schema$Sheet[];
  try {
    const { data } = await clients.sheets.spreadsheets.get({
      spreadsheetId: ref.id,
      fields: 'sheets.properties(sheetId,title)',
    });
    tabs = data.sheets ?? [];
  } catch (error) {
    throw toDeliveryError(error, {
      spreadsheetId: ref.id,
      serviceAccountEmail: clients.serviceAccountEmail,
    });
  }
  const tab = tabs.find((candidate) => candidate.properties?.sheetId === ref.gid) ?? tabs[0];
  if (!tab?.properties?.title) throw new PermanentDeliveryError(SHEETS_ERRORS.noSheets);
  return tab.properties.title;
}
