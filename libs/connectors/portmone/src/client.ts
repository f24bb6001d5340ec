import { createHmac } from 'node:crypto';
import {
  type ConnectorContext,
  type Credentials,
  guardedFetch,
  networkFailureOf,
  PermanentDeliveryError,
  permanentCauseOf,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import { DateTime } from 'luxon';

export const PORTMONE_API_BASE_URL = 'https://www.portmone.com.ua';
/** Portmone's dates (`dt`, `startDate`, `pay_date`) are Kyiv wall-clock time. */
export const PORTMONE_ZONE = 'Europe/Kyiv';

export interface PortmoneAccount {
  payeeId: string;
  login: string;
  password: string;
  signatureKey: string;
  gatewayUrl: string;
}

const text = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value).trim();

/** The gateway is one endpoint, `<base>/gateway/`; a base already ending in /gateway is kept. */
export function gatewayUrlFor(apiBaseUrl: string): string {
  const base = (apiBaseUrl || PORTMONE_API_BASE_URL).replace(/\/+$/, '');
  return /\/gateway$/.test(base) ? `${base}/` : `${base}/gateway/`;
}

export function readAccount(credentials: Credentials): PortmoneAccount {
  return {
    payeeId: text(credentials.payeeId),
    login: text(credentials.login),
    password: String(credentials.password ?? ''),
    signatureKey: String(credentials.signatureKey ?? ''),
    gatewayUrl: gatewayUrlFor(text(credentials.apiBaseUrl)),
  };
}

/** A Portmone answer with a non-"0" errorCode (HTTP 200). */
export class PortmoneBusinessError extends Error {
  constructor(
    readonly errorCode: string,
    readonly portmoneMessage: string,
  ) {
    super(`Portmone error ${errorCode}: ${portmoneMessage}`);
    this.name = 'PortmoneBusinessError';
  }
}

const hex = (value: string): string => Buffer.from(value, 'utf8').toString('hex');

/**
 * createLinkPayment's `payee.signature` as the official plugin computes it: HMAC-SHA256 with
 * the key over UPPER(payeeId + dt + HEX(shopOrderNumber) + billAmount) + UPPER(HEX(login)).
 */
export function linkPaymentSignature(
  fields: {
    payeeId: string;
    dt: string;
    shopOrderNumber: string;
    billAmount: string;
    login: string;
  },
  key: string,
): string {
  const message =
    `${fields.payeeId}${fields.dt}${hex(fields.shopOrderNumber)}${fields.billAmount}`.toUpperCase() +
    hex(fields.login).toUpperCase();
  return createHmac('sha256', key).update(message, 'utf8').digest('hex').toUpperCase();
}

/** `YYYYMMDDhhmmss` in Kyiv time, 24-hour (the PHP plugin's 12-hour `h` is a bug). */
export function portmoneTimestamp(now: Date = new Date()): string {
  return DateTime.fromJSDate(now).setZone(PORTMONE_ZONE).toFormat('yyyyMMddHHmmss');
}

type GatewayContext = Pick<ConnectorContext, 'network' | 'signal'>;

/**
 * POSTs one JSON body to the gateway and returns the parsed answer. Transport problems are
 * TransientDeliveryError (5xx, 429, network) or PermanentDeliveryError (other HTTP answers);
 * business errors are left to the caller, whose answer shapes differ per method.
 */
export async function callGateway(
  account: PortmoneAccount,
  body: Record<string, unknown>,
  ctx: GatewayContext,
): Promise<unknown> {
  if (!ctx.network) {
    throw new PermanentDeliveryError(
      'The host gave this connector no network access, so it cannot reach Portmone.',
    );
  }
  let response: Awaited<ReturnType<typeof guardedFetch>>;
  try {
    response = await guardedFetch(ctx.network, account.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      // The payee's login and password travel in the body: never to wherever a redirect points.
      maxRedirects: 0,
      signal: ctx.signal,
    });
  } catch (error) {
    if (error instanceof PermanentDeliveryError) throw error;
    // A refused host (SSRF guard) reaches us as the cause of undici's "fetch failed".
    const refused = permanentCauseOf(error);
    if (refused) throw refused;
    throw new TransientDeliveryError(
      `Could not reach Portmone at ${account.gatewayUrl}: ${networkFailureOf(error)?.reason ?? (error as Error).message}. Fluxo will try again.`,
    );
  }
  const raw = await response.text();
  if (response.status !== 200) {
    const message = `Portmone answered HTTP ${response.status} at ${account.gatewayUrl}`;
    if (response.status >= 500 || response.status === 429 || response.status === 408) {
      throw new TransientDeliveryError(`${message}; Fluxo will try again.`);
    }
    throw new PermanentDeliveryError(`${message}. Check the API address of the Portmone account.`);
  }
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw new TransientDeliveryError(
      'Portmone answered with something that is not JSON (perhaps a maintenance page); Fluxo will try again.',
    );
  }
}

/** Throws PortmoneBusinessError when an answer object carries a non-"0" errorCode. */
export function throwIfBusinessError(answer: unknown): void {
  if (!answer || typeof answer !== 'object' || Array.isArray(answer)) return;
  const { errorCode, error, errorMessage } = answer as Record<string, unknown>;
  if (errorCode === undefined || errorCode === null || String(errorCode) === '0') return;
  throw new PortmoneBusinessError(String(errorCode), text(error) || text(errorMessage));
}

/** One bill as `result` answers it (all strings; unknown extra fields kept). */
export type PortmoneBillRecord = Record<string, unknown> & {
  shopOrderNumber?: string;
  shopBillId?: string;
  billAmount?: string;
  status?: string;
  pay_date?: string;
  cardMask?: string;
};

export type ResultSelector =
  | { shopbillId: string }
  | { shopOrderNumber: string; status?: string }
  | { startDate: string; endDate: string; status?: string };

/** The `result` status method: an array of bills, or a business error. */
export async function fetchBills(
  account: PortmoneAccount,
  selector: ResultSelector,
  ctx: GatewayContext,
): Promise<PortmoneBillRecord[]> {
  const answer = await callGateway(
    account,
    {
      method: 'result',
      params: {
        data: {
          login: account.login,
          password: account.password,
          payeeId: account.payeeId,
          ...selector,
        },
      },
      id: '1',
    },
    ctx,
  );
  throwIfBusinessError(answer);
  if (!Array.isArray(answer)) {
    throw new TransientDeliveryError(
      'Portmone answered the status request in an unexpected shape.',
    );
  }
  return answer.filter(
    (entry): entry is PortmoneBillRecord => !!entry && typeof entry === 'object',
  );
}

/** `dd.mm.yyyy` in Kyiv time, the format of `result`'s date window. */
export function portmoneDay(date: Date): string {
  return DateTime.fromJSDate(date).setZone(PORTMONE_ZONE).toFormat('dd.MM.yyyy');
}
