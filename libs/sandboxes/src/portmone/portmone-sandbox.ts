import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DateTime } from 'luxon';
import {
  answerControlFailure,
  ControlError,
  type ControlRoute,
  flatHeaders,
  HttpSandbox,
  sameSecret,
  postOnce,
  readBody,
  sendJson,
} from '../http';
import { portmoneControlRoutes } from './portmone-control';
import { servePayPage } from './portmone-pay-page';
import { portmoneLinkSignature } from './portmone-signature';
import {
  PORTMONE_SANDBOX_ERRORS,
  type PortmonePayee,
  type PortmoneSandboxBill,
  type PortmoneReceivedRequest,
  type PortmoneFault,
  type PortmoneDuplicateOrders,
  type PortmoneSandboxOptions,
  type PortmoneNotificationResult,
  KYIV,
  CURRENCIES,
  type Json,
  str,
  obj,
  BusinessError,
  fail,
  record,
  parseDay,
  sendHtml,
} from './portmone-resources';

/**
 * A local Portmone gateway: `POST /gateway/` with JSON bodies dispatched on `method`
 * (createLinkPayment, result, return), business errors as HTTP 200 with a non-"0" errorCode,
 * payment pages at the links it hands out, and a control API under `/__control/`.
 */
export class PortmoneSandbox extends HttpSandbox<PortmoneReceivedRequest, PortmoneFault> {
  private readonly payees = new Map<string, PortmonePayee>();
  private readonly bills: PortmoneSandboxBill[] = [];
  private nextBillId = 1_000_001;
  private duplicateOrders: PortmoneDuplicateOrders;

  private constructor(options: PortmoneSandboxOptions) {
    super();
    this.duplicateOrders = options.duplicateOrders ?? 'reject';
  }

  static start(options: PortmoneSandboxOptions = {}): Promise<PortmoneSandbox> {
    return new PortmoneSandbox(options).listen(options);
  }

  get gatewayUrl(): string {
    return `${this.url}/gateway/`;
  }

  seedPayee(payee: PortmonePayee): void {
    this.payees.set(payee.payeeId, { ...payee });
  }

  /** Creates a bill directly, as if a payer had been invoiced earlier. */
  seedBill(
    bill: Partial<PortmoneSandboxBill> & { payeeId: string; billAmount: string },
  ): PortmoneSandboxBill {
    const now = new Date().toISOString();
    const shopBillId = bill.shopBillId ?? String(this.nextBillId++);
    const token = randomBytes(12).toString('hex');
    const created: PortmoneSandboxBill = {
      shopOrderNumber: `SEED-${shopBillId}`,
      billCurrency: 'UAH',
      description: '',
      status: 'CREATED',
      createdAt: now,
      changedAt: now,
      payDate: '',
      emailAddress: '',
      lang: 'uk',
      successUrl: '',
      failureUrl: '',
      expTime: '',
      linkPayment: `${this.url}/pay/${token}`,
      cardMask: '',
      returnedAmount: '',
      ...bill,
      attributes: {
        attribute1: '',
        attribute2: '',
        attribute3: '',
        attribute4: '',
        attribute5: '',
        ...bill.attributes,
      },
      shopBillId,
    };
    this.bills.push(created);
    return { ...created };
  }

  /** Every bill, oldest first (copies). */
  listBills(): PortmoneSandboxBill[] {
    return this.bills.map((bill) => ({ ...bill, attributes: { ...bill.attributes } }));
  }

  /** The gateway calls' parsed bodies, oldest first, optionally of one method only. */
  gatewayCalls(method?: string): Json[] {
    return this.received
      .filter((request) => request.path === '/gateway/' || request.path === '/gateway')
      .map((request) => obj(request.body))
      .filter((body) => method === undefined || body.method === method);
  }

  setDuplicateOrders(mode: PortmoneDuplicateOrders): void {
    this.duplicateOrders = mode;
  }

  /** Forgets payees, bills, requests and faults. */
  override reset(): void {
    super.reset();
    this.payees.clear();
    this.bills.length = 0;
    this.duplicateOrders = 'reject';
  }

  /**
   * Moves a bill to a status (PAYED, REJECTED, PREAUTH, RETURN, or a variant spelling) and,
   * when `notifyUrl` is given, posts Portmone's server-to-server notification to it.
   */
  async setBillStatus(
    shopBillId: string,
    status: string,
    options: { cardMask?: string; notifyUrl?: string } = {},
  ): Promise<PortmoneNotificationResult | null> {
    const bill = this.bills.find((candidate) => candidate.shopBillId === shopBillId);
    if (!bill) throw new Error(`No bill ${shopBillId}`);
    const now = DateTime.now().setZone(KYIV);
    bill.status = status;
    bill.changedAt = now.toUTC().toISO() ?? new Date().toISOString();
    if (status !== 'RETURN' || !bill.payDate) bill.payDate = now.toFormat('dd.MM.yyyy HH:mm:ss');
    if (status === 'PAYED' || status === 'PREAUTH') {
      bill.cardMask = options.cardMask ?? '444433******1111';
    }
    if (status === 'RETURN') bill.returnedAmount = bill.billAmount;
    if (!options.notifyUrl) return null;
    const answer = await postOnce(
      options.notifyUrl,
      { 'content-type': 'application/json' },
      JSON.stringify({ shopOrderNumber: bill.shopOrderNumber, shopBillId: bill.shopBillId }),
      10_000,
    );
    if (answer.status === null) {
      throw new Error(`The notification to ${options.notifyUrl} failed: ${answer.error}`);
    }
    return { status: answer.status, body: answer.body };
  }

  /** A few lines for `npm run sandboxes`. */
  cliHelp(): string {
    const payees = [...this.payees.values()];
    const example = payees[0] ?? { payeeId: '<seeded>', login: '<seeded>', password: '<seeded>' };
    return [
      `Portmone sandbox on ${this.url} (gateway ${this.gatewayUrl})`,
      '  Add a "Portmone" account in Fluxo with:',
      `    Payee ID: ${example.payeeId}   Login: ${example.login}   Password: ${example.password}`,
      `    API address: ${this.url}`,
      '  Payment links open a stub page here where you can pay or decline.',
      `  Control: GET ${this.url}/__control/requests · GET ${this.url}/__control/bills ·`,
      `    POST ${this.url}/__control/bills/<shopBillId>/status {"status":"PAYED"} ·`,
      `    POST ${this.url}/__control/fault {"status":500} or {"errorCode":"6"}`,
    ].join('\n');
  }

  // ---------------------------------------------------------------- HTTP

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    answerControlFailure(response, error, { error: 'Sandbox failure' });
  }

  protected override controlRoutes(): ControlRoute[] {
    return portmoneControlRoutes(this);
  }

  /** A fault needs an HTTP status or a business error code; it may name one gateway method. */
  protected override parseFault(body: Record<string, unknown>): PortmoneFault {
    const fault: PortmoneFault = {
      ...(str(body.method) ? { method: str(body.method) } : {}),
      ...(typeof body.status === 'number' ? { status: body.status } : {}),
      ...(str(body.errorCode) ? { errorCode: str(body.errorCode) } : {}),
      ...(str(body.error) ? { error: str(body.error) } : {}),
      ...(typeof body.times === 'number' ? { times: body.times } : {}),
    };
    if (!fault.status && !fault.errorCode) {
      throw new ControlError(400, 'Give "status" (e.g. 500) or "errorCode"');
    }
    return fault;
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const raw = await readBody(request);
    let body: unknown = raw;
    try {
      body = raw ? JSON.parse(raw) : undefined;
    } catch {
      body = raw;
    }
    this.received.push({
      method: request.method ?? 'GET',
      path: url.pathname,
      headers: flatHeaders(request),
      body,
      rawBody: raw,
      receivedAt: new Date().toISOString(),
    });
    if (url.pathname === '/gateway/' || url.pathname === '/gateway') {
      if (request.method !== 'POST') return sendHtml(response, 405, 'Method Not Allowed');
      return this.handleGateway(request, body, response);
    }
    const pay = /^\/pay\/([a-f0-9]+)$/.exec(url.pathname);
    if (pay) {
      const bill = this.bills.find((candidate) => candidate.linkPayment.endsWith(`/pay/${pay[1]}`));
      return servePayPage(bill, request.method ?? 'GET', raw, response, (status) => {
        if (bill) void this.setBillStatus(bill.shopBillId, status);
      });
    }
    return sendHtml(response, 404, 'Not Found');
  }

  private handleGateway(request: IncomingMessage, body: unknown, response: ServerResponse): void {
    const method = str(obj(body).method);
    const fault = this.fault.take((candidate) => !candidate.method || candidate.method === method);
    if (fault?.status) return sendHtml(response, fault.status, `Error ${fault.status}`);
    if (fault?.errorCode) {
      return sendJson(response, 200, { errorCode: fault.errorCode, error: fault.error ?? 'Error' });
    }
    try {
      if (!(request.headers['content-type'] ?? '').includes('application/json')) {
        fail(PORTMONE_SANDBOX_ERRORS.missingParameter, 'send a JSON body');
      }
      switch (method) {
        case 'createLinkPayment':
          return sendJson(response, 200, this.createLinkPayment(obj(body)));
        case 'result':
          return sendJson(response, 200, this.result(obj(obj(obj(body).params).data)));
        case 'return':
          return sendJson(response, 200, this.refund(obj(obj(obj(body).params).data)));
        default:
          return fail(PORTMONE_SANDBOX_ERRORS.unknownMethod, method || '(none)');
      }
    } catch (error) {
      if (!(error instanceof BusinessError)) throw error;
      return sendJson(response, 200, { errorCode: error.errorCode, error: error.message });
    }
  }

  private payeeFor(payeeId: string): PortmonePayee {
    const payee = this.payees.get(payeeId);
    return payee ?? fail(PORTMONE_SANDBOX_ERRORS.payeeNotFound, payeeId || '(empty)');
  }

  private createLinkPayment(body: Json): Json {
    const payee = obj(body.payee);
    const order = obj(body.order);
    const payer = obj(body.payer);
    const account = this.payeeFor(str(payee.payeeId));
    if (str(payee.login) !== account.login) fail(PORTMONE_SANDBOX_ERRORS.badLogin);
    const shopOrderNumber = str(order.shopOrderNumber);
    if (!shopOrderNumber) fail(PORTMONE_SANDBOX_ERRORS.missingParameter, 'shopOrderNumber');
    const billAmount = str(order.billAmount);
    if (account.signatureKey) {
      const expected = portmoneLinkSignature(
        {
          payeeId: account.payeeId,
          dt: str(payee.dt),
          shopOrderNumber,
          billAmount,
          login: account.login,
        },
        account.signatureKey,
      );
      if (!sameSecret(str(payee.signature), expected)) fail(PORTMONE_SANDBOX_ERRORS.badSignature);
    }
    if (!/^\d+(\.\d{1,2})?$/.test(billAmount) || Number(billAmount) <= 0) {
      fail(PORTMONE_SANDBOX_ERRORS.badAmount, billAmount || '(empty)');
    }
    const billCurrency = str(order.billCurrency) || 'UAH';
    if (!CURRENCIES.includes(billCurrency)) fail(PORTMONE_SANDBOX_ERRORS.badCurrency, billCurrency);
    const existing = this.bills.find(
      (bill) => bill.payeeId === account.payeeId && bill.shopOrderNumber === shopOrderNumber,
    );
    if (existing) {
      if (this.duplicateOrders === 'reject') fail(PORTMONE_SANDBOX_ERRORS.duplicateOrder);
      return { errorCode: '0', error: '', linkPayment: existing.linkPayment };
    }
    const bill = this.seedBill({
      payeeId: account.payeeId,
      shopOrderNumber,
      billAmount,
      billCurrency,
      description: str(order.description),
      attributes: {
        attribute1: str(order.attribute1),
        attribute2: str(order.attribute2),
        attribute3: str(order.attribute3),
        attribute4: str(order.attribute4),
        attribute5: str(order.attribute5),
      },
      emailAddress: str(payer.emailAddress),
      lang: str(payer.lang) || 'uk',
      successUrl: str(order.successUrl),
      failureUrl: str(order.failureUrl),
      expTime: str(order.expTime),
    });
    return { errorCode: '0', error: '', linkPayment: bill.linkPayment };
  }

  private authenticate(data: Json): PortmonePayee {
    const account = this.payeeFor(str(data.payeeId));
    const loginOk = sameSecret(str(data.login), account.login);
    const passwordOk = sameSecret(str(data.password), account.password);
    if (!loginOk || !passwordOk) fail(PORTMONE_SANDBOX_ERRORS.badLogin);
    return account;
  }

  private result(data: Json): Json | Json[] {
    const account = this.authenticate(data);
    const mine = this.bills.filter((bill) => bill.payeeId === account.payeeId);
    const status = str(data.status);
    const withStatus = (bills: PortmoneSandboxBill[]) =>
      status ? bills.filter((bill) => bill.status === status) : bills;
    const billId = str(data.shopbillId) || str(data.shopBillId);
    if (billId) return withStatus(mine.filter((bill) => bill.shopBillId === billId)).map(record);
    const orderNumber = str(data.shopOrderNumber);
    if (orderNumber) {
      return withStatus(mine.filter((bill) => bill.shopOrderNumber === orderNumber)).map(record);
    }
    const start = parseDay(str(data.startDate));
    const end = parseDay(str(data.endDate));
    if (!start || !end) {
      return fail(
        PORTMONE_SANDBOX_ERRORS.missingParameter,
        'shopbillId, shopOrderNumber or startDate/endDate',
      );
    }
    const inWindow = (iso: string) => {
      const day = DateTime.fromISO(iso).setZone(KYIV).startOf('day');
      return day >= start && day <= end;
    };
    // [?] Which date the window matches is not documented: here a bill created or changed in it.
    return withStatus(
      mine.filter((bill) => inWindow(bill.createdAt) || inWindow(bill.changedAt)),
    ).map(record);
  }

  private refund(data: Json): Json {
    const account = this.authenticate(data);
    const bill = this.bills.find(
      (candidate) =>
        candidate.payeeId === account.payeeId &&
        candidate.shopOrderNumber === str(data.shopOrderNumber),
    );
    if (!bill) return fail(PORTMONE_SANDBOX_ERRORS.missingParameter, 'no such shopOrderNumber');
    const amount = str(data.returnAmount) || bill.billAmount;
    if (!/^\d+(\.\d{1,2})?$/.test(amount) || Number(amount) > Number(bill.billAmount)) {
      fail(PORTMONE_SANDBOX_ERRORS.badAmount, amount);
    }
    bill.status = 'RETURN';
    bill.returnedAmount = amount;
    bill.changedAt = new Date().toISOString();
    return record(bill);
  }
}
