import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ControlRoute,
  HttpSandbox,
  type OutboundAnswer,
  postOnce,
  readBody,
  type RecordedRequest,
  recordRequest,
  sendJson,
  sleep,
} from '../http';
import { mercadoPagoControlRoutes } from './mercado-pago-control';
import {
  type MercadoPagoSandboxOptions,
  type MercadoPagoRecord,
  type MercadoPagoNotificationOptions,
  type MercadoPagoDeliveryAttempt,
  type MercadoPagoNotificationRecord,
  type MercadoPagoFault,
  DEFAULT_STATUS_DETAIL,
  DEFAULT_TOKEN,
  DEFAULT_SECRET,
  COLLECTOR_ID,
  mpError,
  signMercadoPagoManifest,
} from './mercado-pago-resources';

/**
 * A local Mercado Pago: payments, subscriptions (preapprovals) and their recurring charges
 * behind a Bearer token with Mercado Pago's error shape, and a control API that creates and
 * changes them and sends the real signed webhook notification, with Mercado Pago's retries.
 */
export class MercadoPagoSandbox extends HttpSandbox<RecordedRequest, MercadoPagoFault> {
  readonly accessToken: string;
  readonly webhookSecret: string;
  private readonly notificationLog: MercadoPagoNotificationRecord[] = [];
  private readonly payments = new Map<string, MercadoPagoRecord>();
  private readonly preapprovals = new Map<string, MercadoPagoRecord>();
  private readonly authorizedPayments = new Map<string, MercadoPagoRecord>();
  private nextPaymentId = 1312000001;
  private nextNotificationId = 12000000001;

  private constructor(private readonly options: MercadoPagoSandboxOptions) {
    super();
    this.accessToken = options.accessToken ?? DEFAULT_TOKEN;
    this.webhookSecret = options.webhookSecret ?? DEFAULT_SECRET;
  }

  static start(options: MercadoPagoSandboxOptions = {}): Promise<MercadoPagoSandbox> {
    return new MercadoPagoSandbox(options).listen(options);
  }

  cliHelp(): string {
    return [
      `Mercado Pago sandbox on ${this.url}`,
      '  Add a "Mercado Pago" account in Fluxo with:',
      `    Access token:    ${this.accessToken}`,
      `    Webhook secret:  ${this.webhookSecret}`,
      `    API address:     ${this.url}`,
      `  POST ${this.url}/__control/payments        {"status":"approved","transaction_amount":99.9}`,
      `  POST ${this.url}/__control/notifications   {"url":"<hook URL>","dataId":<payment id>}`,
      `  GET  ${this.url}/__control/requests        API calls received`,
    ].join('\n');
  }

  notifications(): MercadoPagoNotificationRecord[] {
    return [...this.notificationLog];
  }

  createPayment(fields: Partial<MercadoPagoRecord> = {}): MercadoPagoRecord {
    const now = new Date().toISOString();
    const id = fields.id ?? this.nextPaymentId++;
    const status = String(fields.status ?? 'pending');
    const payment: MercadoPagoRecord = {
      id,
      date_created: now,
      date_approved: status === 'approved' ? now : null,
      date_last_updated: now,
      money_release_status: null,
      status,
      status_detail: DEFAULT_STATUS_DETAIL[status] ?? status,
      operation_type: 'regular_payment',
      transaction_amount: 150.5,
      transaction_amount_refunded: 0,
      currency_id: 'BRL',
      description: 'Pedido #1001',
      external_reference: 'pedido-1001',
      payment_method_id: 'pix',
      payment_type_id: 'bank_transfer',
      installments: 1,
      collector_id: COLLECTOR_ID,
      payer: {
        id: '987654321',
        type: null,
        email: 'ana.souza@example.com',
        first_name: null,
        last_name: null,
        identification: { type: 'CPF', number: '19119119100' },
        phone: { area_code: null, number: null, extension: null },
      },
      additional_info: {
        items: [
          {
            id: 'SKU-1',
            title: 'Camiseta',
            description: 'Camiseta azul M',
            category_id: 'fashion',
            quantity: '1',
            unit_price: '150.5',
          },
        ],
        payer: {
          first_name: 'Ana',
          last_name: 'Souza',
          phone: { area_code: '11', number: '987654321' },
        },
      },
      metadata: {},
      live_mode: false,
      notification_url: null,
      ...fields,
    };
    this.payments.set(String(id), payment);
    return payment;
  }

  /** Changes a payment like Mercado Pago would (status, detail, dates); other fields as given. */
  updatePayment(id: string | number, fields: Partial<MercadoPagoRecord>): MercadoPagoRecord {
    const payment = this.payments.get(String(id));
    if (!payment) throw new Error(`No payment ${id} in the Mercado Pago sandbox`);
    const now = new Date().toISOString();
    const status = fields.status === undefined ? undefined : String(fields.status);
    Object.assign(payment, {
      ...(status ? { status_detail: DEFAULT_STATUS_DETAIL[status] ?? status } : {}),
      ...(status === 'approved' && !payment['date_approved'] ? { date_approved: now } : {}),
      ...(status === 'refunded'
        ? { transaction_amount_refunded: payment['transaction_amount'] }
        : {}),
      ...fields,
      date_last_updated: now,
    });
    return payment;
  }

  /**
   * `GET /v1/payments/search` as Mercado Pago answers it: `range` names the date filtered on
   * (date_created, date_approved, date_last_updated) between `begin_date` and `end_date`
   * (ISO dates), sorted on `sort` by `criteria` (asc, desc), paged by `offset` and `limit`
   * (at most 1000). The answer is `{ paging: { total, limit, offset }, results }`.
   */
  private searchPayments(params: URLSearchParams): Record<string, unknown> {
    const range = params.get('range') ?? 'date_created';
    const begin = Date.parse(params.get('begin_date') ?? '') || Number.NEGATIVE_INFINITY;
    const end = Date.parse(params.get('end_date') ?? '') || Number.POSITIVE_INFINITY;
    const sort = params.get('sort') ?? 'date_created';
    const direction = params.get('criteria') === 'desc' ? -1 : 1;
    const limit = Math.min(Math.max(Number(params.get('limit')) || 30, 1), 1000);
    const offset = Math.max(Number(params.get('offset')) || 0, 0);
    const matching = [...this.payments.values()]
      .filter((payment) => {
        const at = Date.parse(String(payment[range] ?? ''));
        return Number.isFinite(at) && at >= begin && at <= end;
      })
      .sort(
        (a, b) =>
          direction *
          (Date.parse(String(a[sort] ?? '')) - Date.parse(String(b[sort] ?? '')) ||
            Number(a.id) - Number(b.id)),
      );
    return {
      paging: { total: matching.length, limit, offset },
      results: matching.slice(offset, offset + limit),
    };
  }

  createPreapproval(fields: Partial<MercadoPagoRecord> = {}): MercadoPagoRecord {
    const now = new Date().toISOString();
    const id = fields.id ?? `2c9380848${randomUUID().replace(/-/g, '').slice(0, 23)}`;
    const preapproval: MercadoPagoRecord = {
      id,
      payer_id: 987654321,
      payer_email: 'ana.souza@example.com',
      collector_id: COLLECTOR_ID,
      application_id: 5555555555,
      status: 'authorized',
      reason: 'Plano mensal',
      external_reference: 'assinatura-42',
      date_created: now,
      last_modified: now,
      init_point: `https://www.mercadopago.com.br/subscriptions/checkout?preapproval_id=${id}`,
      auto_recurring: {
        frequency: 1,
        frequency_type: 'months',
        transaction_amount: 49.9,
        currency_id: 'BRL',
        start_date: now,
      },
      summarized: {
        quotas: null,
        charged_quantity: 0,
        charged_amount: 0,
        pending_charge_quantity: null,
      },
      payment_method_id: 'master',
      back_url: 'https://example.com/obrigado',
      next_payment_date: now,
      ...fields,
    };
    this.preapprovals.set(String(id), preapproval);
    return preapproval;
  }

  updatePreapproval(id: string, fields: Partial<MercadoPagoRecord>): MercadoPagoRecord {
    const preapproval = this.preapprovals.get(String(id));
    if (!preapproval) throw new Error(`No preapproval ${id} in the Mercado Pago sandbox`);
    Object.assign(preapproval, fields, { last_modified: new Date().toISOString() });
    return preapproval;
  }

  createAuthorizedPayment(fields: Partial<MercadoPagoRecord> = {}): MercadoPagoRecord {
    const now = new Date().toISOString();
    const id = fields.id ?? this.nextPaymentId++;
    const record: MercadoPagoRecord = {
      id,
      type: 'scheduled',
      date_created: now,
      last_modified: now,
      preapproval_id: [...this.preapprovals.keys()][0] ?? null,
      reason: 'Plano mensal',
      external_reference: 'assinatura-42',
      currency_id: 'BRL',
      transaction_amount: 49.9,
      debit_date: now,
      retry_attempt: 0,
      status: 'processed',
      summarized: 'approved',
      payment: { id: this.nextPaymentId++, status: 'approved', status_detail: 'accredited' },
      ...fields,
    };
    this.authorizedPayments.set(String(id), record);
    return record;
  }

  /**
   * Sends Mercado Pago's webhook notification to `url` (JSON body, `data.id` and `type` in the
   * query, `x-request-id` and `x-signature`), re-delivering on the configured schedule until the
   * receiver answers 200 or 201. Resolves when every delivery has ended.
   */
  async sendNotification(
    options: MercadoPagoNotificationOptions,
  ): Promise<MercadoPagoNotificationRecord> {
    const topic = options.topic ?? 'payment';
    const dataId = String(options.dataId);
    const body = {
      id: options.notificationId ?? this.nextNotificationId++,
      live_mode: false,
      type: topic,
      date_created: new Date().toISOString(),
      user_id: COLLECTOR_ID,
      api_version: 'v1',
      action: options.action ?? `${topic === 'payment' ? 'payment' : topic}.updated`,
      data: { id: dataId },
    };
    const target = new URL(options.url);
    target.searchParams.set('data.id', dataId);
    target.searchParams.set('type', topic);
    const record: MercadoPagoNotificationRecord = {
      notificationId: body.id,
      url: target.toString(),
      body,
      attempts: [],
      acknowledged: false,
    };
    this.notificationLog.push(record);
    const rawBody = JSON.stringify(body);
    const delays = this.options.retryDelaysMs ?? [100, 200, 400, 800, 1600];
    for (let delivery = 1; delivery <= (options.deliveries ?? 1); delivery++) {
      record.acknowledged = false;
      for (let retry = 0; retry <= (options.retry === false ? 0 : delays.length); retry++) {
        if (retry > 0) await sleep(delays[retry - 1]);
        const attempt = await this.deliverOnce(record.url, rawBody, dataId, options, retry);
        record.attempts.push({ ...attempt, delivery, retry });
        if (attempt.status === 200 || attempt.status === 201) {
          record.acknowledged = true;
          break;
        }
      }
    }
    return record;
  }

  private async deliverOnce(
    url: string,
    rawBody: string,
    dataId: string,
    options: MercadoPagoNotificationOptions,
    retry: number,
  ): Promise<Omit<MercadoPagoDeliveryAttempt, 'delivery' | 'retry'>> {
    const mode = options.signature ?? 'valid';
    // Each HTTP call has its own request id, so each one is signed afresh.
    const requestId = randomUUID();
    const nowMs = Date.now() - (mode === 'stale' ? 60 * 60 * 1000 : 0);
    const ts = mode === 'valid-ms' ? String(nowMs) : String(Math.floor(nowMs / 1000));
    const signedId = options.signIdAs === 'lower-case' ? dataId.toLowerCase() : dataId;
    const secret = mode === 'wrong' ? `${this.webhookSecret}-not` : this.webhookSecret;
    const signature =
      mode === 'missing'
        ? null
        : `ts=${ts},v1=${signMercadoPagoManifest(secret, signedId, requestId, ts)}`;
    const canonical = options.headerCase === 'canonical';
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      'User-Agent': 'MercadoPago WebHook v1.0 payment',
      [canonical ? 'X-Request-Id' : 'x-request-id']: requestId,
      ...(signature ? { [canonical ? 'X-Signature' : 'x-signature']: signature } : {}),
    };
    const timeoutMs =
      retry === 0
        ? (this.options.firstAttemptTimeoutMs ?? 22_000)
        : (this.options.retryTimeoutMs ?? 5_000);
    const answer: OutboundAnswer = await postOnce(url, headers, rawBody, timeoutMs);
    return {
      at: new Date().toISOString(),
      requestId,
      signature,
      status: answer.status,
      ...(answer.error ? { error: answer.error } : {}),
      durationMs: answer.durationMs,
    };
  }

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    const message = error instanceof Error ? error.message : 'failed';
    sendJson(response, 500, mpError(500, 'internal_error', message));
  }

  protected override controlRoutes(): ControlRoute[] {
    return mercadoPagoControlRoutes(this);
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const entry = recordRequest(request, url, await readBody(request));
    this.received.push(entry);
    const { headers } = entry;
    if (headers['authorization'] !== `Bearer ${this.accessToken}`) {
      // Mercado Pago's answer to a missing or unknown token.
      return sendJson(response, 401, mpError(401, 'unauthorized', 'invalid access token'));
    }
    const fault = this.fault.take();
    if (fault) {
      const { status, retryAfterSeconds } = fault;
      return sendJson(
        response,
        status,
        mpError(status, status === 429 ? 'too_many_requests' : 'internal_error', 'sandbox fault'),
        retryAfterSeconds !== undefined ? { 'retry-after': String(retryAfterSeconds) } : {},
      );
    }
    if (request.method !== 'GET') {
      return sendJson(response, 405, mpError(405, 'method_not_allowed', 'Method not allowed'));
    }
    if (url.pathname === '/v1/payments/search') {
      return sendJson(response, 200, this.searchPayments(url.searchParams));
    }
    const match = /^\/(v1\/payments|preapproval|authorized_payments)\/([^/]+)$/.exec(url.pathname);
    if (match) {
      const [, collection, rawId] = match;
      const id = decodeURIComponent(rawId);
      const store =
        collection === 'v1/payments'
          ? this.payments
          : collection === 'preapproval'
            ? this.preapprovals
            : this.authorizedPayments;
      const found = store.get(id);
      if (!found) {
        const noun = collection === 'v1/payments' ? 'Payment' : 'Resource';
        return sendJson(response, 404, mpError(404, 'not_found', `${noun} not found`));
      }
      return sendJson(response, 200, found);
    }
    if (url.pathname === '/users/me') {
      return sendJson(response, 200, {
        id: COLLECTOR_ID,
        nickname: 'LOJA_SANDBOX',
        email: 'loja@example.com',
        site_id: 'MLB',
        country_id: 'BR',
      });
    }
    return sendJson(response, 404, mpError(404, 'not_found', `resource ${url.pathname} not found`));
  }
}
