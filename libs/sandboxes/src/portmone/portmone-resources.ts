import type { ServerResponse } from 'node:http';
import { DateTime } from 'luxon';

// Portmone's bills, payees and answers as the sandbox stores and sends them.

/**
 * Business error codes of this sandbox. Portmone's real numbering is not published in what we
 * found (vendor-apis.md §1): these are our own, stable so specs and the connector agree.
 */
export const PORTMONE_SANDBOX_ERRORS = {
  unknownMethod: { errorCode: '1', error: 'Unknown method' },
  payeeNotFound: { errorCode: '2', error: 'Payee not found' },
  badLogin: { errorCode: '3', error: 'Invalid login or password' },
  badSignature: { errorCode: '4', error: 'Invalid signature' },
  badAmount: { errorCode: '5', error: 'Invalid bill amount' },
  duplicateOrder: { errorCode: '6', error: 'Order with this shopOrderNumber already exists' },
  badCurrency: { errorCode: '7', error: 'Currency is not supported' },
  missingParameter: { errorCode: '8', error: 'Required parameter is missing' },
} as const;

export type PortmoneBillStatus = 'CREATED' | 'PAYED' | 'REJECTED' | 'PREAUTH' | 'RETURN';

export interface PortmonePayee {
  payeeId: string;
  login: string;
  password: string;
  /** When set, createLinkPayment must carry a valid `payee.signature`. */
  signatureKey?: string;
}

export interface PortmoneSandboxBill {
  payeeId: string;
  shopBillId: string;
  shopOrderNumber: string;
  billAmount: string;
  billCurrency: string;
  description: string;
  /** Any string: the control API may set vendor variants (e.g. "PAID") to test mappings. */
  status: string;
  createdAt: string;
  changedAt: string;
  /** `dd.mm.yyyy hh:mm:ss`, Kyiv time; empty until the bill is paid or rejected. */
  payDate: string;
  attributes: Record<
    'attribute1' | 'attribute2' | 'attribute3' | 'attribute4' | 'attribute5',
    string
  >;
  emailAddress: string;
  lang: string;
  successUrl: string;
  failureUrl: string;
  expTime: string;
  linkPayment: string;
  cardMask: string;
  returnedAmount: string;
}

/** One call the sandbox received on the vendor side (not the control API). */
export interface PortmoneReceivedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  /** The JSON body as parsed, or the raw text when it was not JSON. */
  body: unknown;
  rawBody: string;
  receivedAt: string;
}

export interface PortmoneFault {
  /** Only calls of this gateway method (createLinkPayment, result, return); all when absent. */
  method?: string;
  /** Answer with this HTTP status and an HTML error page (e.g. 500, 502, 429). */
  status?: number;
  /** Answer HTTP 200 with this business error. */
  errorCode?: string;
  error?: string;
  /** How many calls it applies to; unlimited when absent. */
  times?: number;
}

export type PortmoneDuplicateOrders = 'reject' | 'same-link';

export interface PortmoneSandboxOptions {
  port?: number;
  host?: string;
  /**
   * What createLinkPayment does with a shopOrderNumber the payee already used: refuse it with
   * the duplicate-order error (default) or answer the existing bill's link. Portmone's real
   * behaviour is not confirmed, so both exist.
   */
  duplicateOrders?: PortmoneDuplicateOrders;
}

export interface PortmoneNotificationResult {
  status: number;
  body: string;
}

export const KYIV = 'Europe/Kyiv';
export const CURRENCIES = ['UAH', 'USD', 'EUR', 'GBP', 'PLN', 'KZT'];

export type Json = Record<string, unknown>;

export const str = (value: unknown): string =>
  value === undefined || value === null ? '' : typeof value === 'object' ? '' : String(value);

export const obj = (value: unknown): Json =>
  value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

export class BusinessError extends Error {
  constructor(
    readonly errorCode: string,
    error: string,
  ) {
    super(error);
  }
}

export const fail = (known: { errorCode: string; error: string }, detail = ''): never => {
  throw new BusinessError(known.errorCode, detail ? `${known.error}: ${detail}` : known.error);
};

/** A bill as `result` answers it: the fields the official plugin reads, all strings. */
export function record(bill: PortmoneSandboxBill): Json {
  return {
    errorCode: '0',
    errorMessage: '',
    payee_id: bill.payeeId,
    shopOrderNumber: bill.shopOrderNumber,
    shopBillId: bill.shopBillId,
    billAmount: bill.billAmount,
    status: bill.status,
    pay_date: bill.payDate,
    rrn: bill.status === 'CREATED' ? '' : `4${bill.shopBillId}`,
    authCode: bill.status === 'CREATED' ? '' : bill.shopBillId.slice(-6),
    terminal_id: 'SBX00001',
    merchant_id: 'SBXMERCHANT',
    bank_name: 'Sandbox Bank',
    cardMask: bill.cardMask,
    cardTypeName: bill.cardMask ? 'VISA' : '',
  };
}

export function parseDay(value: string): DateTime | null {
  const day = DateTime.fromFormat(value, 'dd.MM.yyyy', { zone: KYIV });
  return day.isValid ? day.startOf('day') : null;
}

export function sendHtml(response: ServerResponse, status: number, html: string): void {
  response
    .writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
    .end(`<!doctype html><meta charset="utf-8"><title>Portmone sandbox</title>${html}`);
}
