import {
  type Credentials,
  guardedFetch,
  type OutboundNetwork,
  PermanentDeliveryError,
} from '@fluxo/connector-sdk';
import type Twilio from 'twilio';
import type RequestClient from 'twilio/lib/base/RequestClient';
import type TwilioResponse from 'twilio/lib/http/response';

export const TWILIO_API_BASE_URL = 'https://api.twilio.com';
export const TWILIO_TIMEOUT_MS = 30_000;

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;

/** The account's values, trimmed, with the credentials Twilio's API is called with. */
export interface TwilioAccount {
  accountSid: string;
  /** Needed to verify status callbacks, which Twilio signs with the auth token only. */
  authToken: string;
  /** Basic auth user and password: the API key and its secret when given, else SID + token. */
  username: string;
  password: string;
  usesApiKey: boolean;
  defaultCountry: string;
  defaultFrom: string;
  defaultMessagingServiceSid: string;
  apiBaseUrl: string;
}

const text = (credentials: Credentials, key: string): string => {
  const value = credentials[key];
  return value === undefined || value === null ? '' : String(value).trim();
};

/** Reads and checks the account; throws PermanentDeliveryError in words a user can act on. */
export function readTwilioAccountOrThrow(credentials: Credentials): TwilioAccount {
  const accountSid = text(credentials, 'accountSid');
  if (!ACCOUNT_SID.test(accountSid)) {
    throw new PermanentDeliveryError(
      'The Account SID of the Twilio account must start with AC followed by 32 letters and digits; copy it from the Twilio Console',
    );
  }
  // Secrets are kept exactly as typed but for surrounding spaces, which no Twilio secret has.
  const authToken = text(credentials, 'authToken');
  const apiKeySid = text(credentials, 'apiKeySid');
  const apiKeySecret = text(credentials, 'apiKeySecret');
  if (apiKeySid && !API_KEY_SID.test(apiKeySid)) {
    throw new PermanentDeliveryError(
      'The API key SID of the Twilio account must start with SK followed by 32 letters and digits',
    );
  }
  if (apiKeySid && !apiKeySecret) {
    throw new PermanentDeliveryError('Add the secret of the API key to the Twilio account');
  }
  const usesApiKey = Boolean(apiKeySid && apiKeySecret);
  if (!usesApiKey && !authToken) {
    throw new PermanentDeliveryError(
      'Add the auth token (or an API key and its secret) to the Twilio account',
    );
  }
  const apiBaseUrl = (text(credentials, 'apiBaseUrl') || TWILIO_API_BASE_URL).replace(/\/+$/, '');
  if (!/^https?:\/\/[^/]/.test(apiBaseUrl)) {
    throw new PermanentDeliveryError('The API address of the Twilio account is not a web address');
  }
  return {
    accountSid,
    authToken,
    username: usesApiKey ? apiKeySid : accountSid,
    password: usesApiKey ? apiKeySecret : authToken,
    usesApiKey,
    defaultCountry: text(credentials, 'defaultCountry'),
    defaultFrom: text(credentials, 'defaultFrom'),
    defaultMessagingServiceSid: text(credentials, 'defaultMessagingServiceSid'),
    apiBaseUrl,
  };
}

export interface GuardedHttpOptions {
  network: OutboundNetwork;
  /** Where requests the SDK addresses to https://api.twilio.com really go. */
  apiBaseUrl: string;
  signal?: AbortSignal;
  /** Added to every request, e.g. I-Twilio-Idempotency-Token. */
  headers?: Record<string, string>;
}

type FormValue = string | number | boolean | Array<string | number | boolean>;

function toSearchParams(values: object): URLSearchParams {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values as Record<string, FormValue | undefined>)) {
    if (value === undefined || value === null) continue;
    // Repeated names (MediaUrl) as the SDK's own client sends them (qs, arrayFormat "repeat").
    for (const entry of Array.isArray(value) ? value : [value]) params.append(name, String(entry));
  }
  return params;
}

type TwilioSdk = typeof Twilio;

/**
 * The twilio SDK's HTTP client, replaced by one that goes through the host's SSRF guard and
 * to the account's API address. The SDK builds the request (path, form body, headers) and
 * parses the answer exactly as it would against Twilio. A class made from the loaded SDK,
 * which is loaded on first use: it is ~10 MB an instance that sends no SMS never needs.
 */
function guardedHttpClientClass(twilio: TwilioSdk) {
  return class GuardedTwilioHttpClient extends twilio.RequestClient {
    constructor(private readonly options: GuardedHttpOptions) {
      super({ autoRetry: false });
    }

    override async request<TData>(
      opts: RequestClient.RequestOptions<TData>,
    ): Promise<TwilioResponse<TData>> {
      const target = new URL(opts.uri);
      const url =
        target.origin === TWILIO_API_BASE_URL
          ? new URL(this.options.apiBaseUrl + target.pathname + target.search)
          : target;
      if (opts.params) {
        for (const [name, value] of toSearchParams(opts.params))
          url.searchParams.append(name, value);
      }

      const headers: Record<string, string> = { ...this.options.headers };
      for (const [name, value] of Object.entries(opts.headers ?? {})) {
        // undici manages the connection itself and refuses this header.
        if (name.toLowerCase() !== 'connection' && value !== undefined)
          headers[name] = String(value);
      }
      if (opts.username && opts.password) {
        headers['Authorization'] =
          `Basic ${Buffer.from(`${opts.username}:${opts.password}`).toString('base64')}`;
      } else if (opts.authStrategy) {
        headers['Authorization'] = await opts.authStrategy.getAuthString();
      }

      let body: string | undefined;
      if (opts.data) {
        const type = headers['Content-Type'] ?? '';
        body =
          type === 'application/json'
            ? JSON.stringify(opts.data)
            : toSearchParams(opts.data).toString();
      }

      const response = await guardedFetch(this.options.network, url, {
        method: opts.method.toUpperCase(),
        headers,
        body,
        signal: this.options.signal,
        timeoutMs: opts.timeout ?? TWILIO_TIMEOUT_MS,
        maxRedirects: opts.allowRedirects ? 5 : 0,
      });
      const responseBody = await response.text();
      // The SDK parses the JSON itself (and reads Twilio's error shape from it).
      return {
        statusCode: response.status,
        body: responseBody as TData,
        headers: Object.fromEntries(response.headers),
      } as TwilioResponse<TData>;
    }
  };
}

let sdk: Promise<{
  twilio: TwilioSdk;
  HttpClient: ReturnType<typeof guardedHttpClientClass>;
}> | null = null;

function loadTwilio() {
  sdk ??= import('twilio').then(({ default: twilio }) => ({
    twilio,
    HttpClient: guardedHttpClientClass(twilio),
  }));
  return sdk;
}

export interface TwilioClientContext {
  network?: OutboundNetwork;
  signal?: AbortSignal;
  idempotencyKey?: string;
}

/** The real twilio SDK, pointed at the account's API address through the guarded client. */
export async function createTwilioClient(account: TwilioAccount, ctx: TwilioClientContext) {
  if (!ctx.network) {
    throw new PermanentDeliveryError(
      'Fluxo gave this connector no network access, so it cannot reach Twilio',
    );
  }
  const { twilio, HttpClient } = await loadTwilio();
  const httpClient = new HttpClient({
    network: ctx.network,
    apiBaseUrl: account.apiBaseUrl,
    signal: ctx.signal,
    // Twilio documents no idempotency key for Messages.json [?]; this is the header its own
    // webhooks carry, and the same delivery always sends the same token, so a resend after a
    // crash is recognisable wherever it is honoured (and in the sandbox's request log).
    headers: ctx.idempotencyKey ? { 'I-Twilio-Idempotency-Token': ctx.idempotencyKey } : {},
  });
  return twilio(account.username, account.password, {
    accountSid: account.accountSid,
    httpClient,
    // The SDK would otherwise read TWILIO_EDGE / TWILIO_REGION from the host's environment and
    // rewrite api.twilio.com, sending around the account's API address.
    env: {},
    edge: '',
    region: '',
  });
}
