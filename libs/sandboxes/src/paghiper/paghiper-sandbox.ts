import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type ControlRoute,
  HttpSandbox,
  postOnce,
  readBody,
  type RecordedRequest,
  recordRequest,
  sendJson,
  sleep,
} from '../http';
import { pagHiperControlRoutes } from './paghiper-control';
import {
  type PagHiperSandboxOptions,
  type PagHiperKind,
  PAGHIPER_STATUSES,
  type PagHiperStatus,
  type PagHiperItem,
  type PagHiperTransaction,
  type PagHiperNotificationRecord,
  type PagHiperFault,
  DEFAULT_API_KEY,
  DEFAULT_TOKEN,
  paghiperDate,
  WRAPPER,
  type Operation,
  pickPayer,
} from './paghiper-resources';

/**
 * A local PagHiper: boleto calls under `/transaction/…` (the account's API address is the
 * sandbox's URL) and PIX calls under `/pix/invoice/…` (its PIX address is `<url>/pix`), with
 * the credentials in the JSON body and PagHiper's `{<call>_request: {result, …}}` answers. The
 * control API creates charges, changes their status and sends PagHiper's notification POST.
 */
export class PagHiperSandbox extends HttpSandbox<RecordedRequest, PagHiperFault> {
  readonly apiKey: string;
  readonly token: string;
  private readonly transactions = new Map<string, PagHiperTransaction>();
  private readonly notificationLog: PagHiperNotificationRecord[] = [];
  private orderCounter = 1000;

  private constructor(private readonly options: PagHiperSandboxOptions) {
    super();
    this.apiKey = options.apiKey ?? DEFAULT_API_KEY;
    this.token = options.token ?? DEFAULT_TOKEN;
  }

  static start(options: PagHiperSandboxOptions = {}): Promise<PagHiperSandbox> {
    return new PagHiperSandbox(options).listen(options);
  }

  /** The PIX API address (PagHiper: https://pix.paghiper.com). */
  get pixUrl(): string {
    return `${this.url}/pix`;
  }

  cliHelp(): string {
    return [
      `PagHiper sandbox on ${this.url}`,
      '  Add a "PagHiper" account in Fluxo with:',
      `    API key:          ${this.apiKey}`,
      `    Token:            ${this.token}`,
      `    API address:      ${this.url}`,
      `    PIX API address:  ${this.pixUrl}`,
      `  POST ${this.url}/__control/transactions            {"kind":"boleto","notification_url":"<hook URL>"}`,
      `  POST ${this.url}/__control/transactions/<id>/status {"status":"paid","notify":true}`,
      `  GET  ${this.url}/__control/requests                 API calls received`,
    ].join('\n');
  }

  notifications(): PagHiperNotificationRecord[] {
    return [...this.notificationLog];
  }

  listTransactions(): PagHiperTransaction[] {
    return [...this.transactions.values()];
  }

  transaction(id: string): PagHiperTransaction | undefined {
    return this.transactions.get(id);
  }

  /** Creates a charge as PagHiper's create call would; `created_date` may be back-dated. */
  createTransaction(
    fields: Partial<PagHiperTransaction> & { kind?: PagHiperKind } = {},
  ): PagHiperTransaction {
    const kind = fields.kind ?? 'boleto';
    const now = paghiperDate();
    const id = fields.transaction_id ?? randomBytes(8).toString('hex').toUpperCase();
    const items = fields.items ?? [
      { item_id: '1', description: 'Curso online', quantity: 1, price_cents: 12990 },
    ];
    const value = items.reduce((sum, item) => sum + item.quantity * item.price_cents, 0);
    const transaction: PagHiperTransaction = {
      kind,
      transaction_id: id,
      order_id: String(this.orderCounter++),
      status: 'pending',
      created_date: now,
      status_date: now,
      paid_date: null,
      due_date: paghiperDate(new Date(Date.now() + 3 * 86_400_000), false),
      value_cents: value + (fields.shipping_price_cents ?? 0) - (fields.discount_cents ?? 0),
      value_cents_paid: null,
      value_fee_cents: kind === 'pix' ? 99 : 349,
      discount_cents: 0,
      shipping_price_cents: 0,
      payer_name: 'João da Silva',
      payer_email: 'joao.silva@example.com',
      payer_cpf_cnpj: '11144477735',
      payer_phone: '11987654321',
      notification_url: '',
      items,
      ...(kind === 'boleto'
        ? {
            bank_slip: {
              digitable_line: `34191.79001 01043.510047 91020.150008 1 ${String(value).padStart(14, '0')}`,
              url_slip: `https://www.paghiper.com/checkout/boleto/${id}`,
              url_slip_pdf: `https://www.paghiper.com/checkout/boleto/${id}/pdf`,
              bar_code_number_to_image: `34191${String(value).padStart(14, '0')}1790010104351004791020150008`,
            },
          }
        : {
            pix_code: {
              qrcode_base64:
                'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
              qrcode_image_url: `https://pix.paghiper.com/qrcode/${id}.png`,
              emv: `00020101021226860014br.gov.bcb.pix2564pix.paghiper.com/qr/v2/${id}5204000053039865802BR5913PAGHIPER6009SAO PAULO62070503***6304ABCD`,
              pix_url: `https://pix.paghiper.com/checkout/${id}`,
              bacen_url: `https://pix.bcb.gov.br/qr/${id}`,
            },
          }),
      ...fields,
    };
    this.transactions.set(id, transaction);
    return transaction;
  }

  /** Moves a charge to a new status with the dates PagHiper would set. */
  setStatus(id: string, status: PagHiperStatus): PagHiperTransaction {
    const transaction = this.transactions.get(id);
    if (!transaction) throw new Error(`No transaction ${id} in the PagHiper sandbox`);
    if (!PAGHIPER_STATUSES.includes(status)) throw new Error(`Unknown status "${status}"`);
    const now = paghiperDate();
    transaction.status = status;
    transaction.status_date = now;
    if ((status === 'paid' || status === 'completed') && !transaction.paid_date) {
      transaction.paid_date = now;
      transaction.value_cents_paid = transaction.value_cents;
    }
    return transaction;
  }

  /**
   * Sends PagHiper's notification: a form POST of `notification_id`, `transaction_id`,
   * `apiKey` and `notification_date` to the charge's `notification_url` (or `url`).
   */
  async notify(
    id: string,
    options: { url?: string; apiKey?: string; retry?: boolean } = {},
  ): Promise<PagHiperNotificationRecord> {
    const transaction = this.transactions.get(id);
    if (!transaction) throw new Error(`No transaction ${id} in the PagHiper sandbox`);
    const url = options.url ?? transaction.notification_url;
    if (!url) throw new Error(`Transaction ${id} has no notification_url; pass a url`);
    const fields = {
      notification_id: randomBytes(16).toString('hex').toUpperCase(),
      transaction_id: id,
      apiKey: options.apiKey ?? this.apiKey,
      notification_date: paghiperDate(),
    };
    const record: PagHiperNotificationRecord = {
      notification_id: fields.notification_id,
      transaction_id: id,
      url,
      fields,
      attempts: [],
      acknowledged: false,
    };
    this.notificationLog.push(record);
    const body = new URLSearchParams(fields).toString();
    const delays = options.retry === false ? [] : (this.options.retryDelaysMs ?? [100, 200, 400]);
    for (let attempt = 0; attempt <= delays.length; attempt++) {
      if (attempt > 0) await sleep(delays[attempt - 1]);
      const answer = await postOnce(
        url,
        { 'Content-Type': 'application/x-www-form-urlencoded', 'User-Agent': 'PagHiper' },
        body,
        this.options.notificationTimeoutMs ?? 10_000,
      );
      record.attempts.push({
        at: new Date().toISOString(),
        status: answer.status,
        ...(answer.error ? { error: answer.error } : {}),
        durationMs: answer.durationMs,
      });
      if (answer.status !== null && answer.status >= 200 && answer.status < 300) {
        record.acknowledged = true;
        break;
      }
    }
    return record;
  }

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    sendJson(response, 500, { error: error instanceof Error ? error.message : 'failed' });
  }

  protected override controlRoutes(): ControlRoute[] {
    return pagHiperControlRoutes(this);
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const text = await readBody(request);
    this.received.push(recordRequest(request, url, text));
    const route =
      /^\/(?:(transaction)|pix\/(invoice))\/(create|status|cancel|notification|list)\/?$/.exec(
        url.pathname,
      );
    if (!route || request.method !== 'POST') {
      return sendJson(response, 404, { error: `Endpoint ${url.pathname} não existe` });
    }
    const kind: PagHiperKind = route[1] ? 'boleto' : 'pix';
    const operation = route[3] as Operation;
    const wrapper = WRAPPER[operation];
    const reject = (status: number, message: string) =>
      sendJson(response, status, {
        [wrapper]: { result: 'reject', response_message: message, http_code: String(status) },
      });
    const fault = this.fault.take();
    if (fault) return sendJson(response, fault.status, { error: 'Serviço indisponível' });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(text || '{}') as Record<string, unknown>;
    } catch {
      return reject(400, 'JSON inválido');
    }
    if (body['apiKey'] !== this.apiKey || body['token'] !== this.token) {
      return reject(401, 'apiKey ou token inválidos');
    }
    const found = () => {
      const transaction = this.transactions.get(String(body['transaction_id'] ?? ''));
      return transaction && transaction.kind === kind ? transaction : undefined;
    };
    const success = (fields: Record<string, unknown>) =>
      sendJson(response, 201, {
        [wrapper]: { result: 'success', ...fields, http_code: '201' },
      });
    switch (operation) {
      case 'create': {
        if (!body['order_id']) return reject(400, 'order_id é obrigatório');
        if (!body['notification_url']) return reject(400, 'notification_url é obrigatório');
        const transaction = this.createTransaction({
          kind,
          order_id: String(body['order_id']),
          notification_url: String(body['notification_url']),
          ...(Array.isArray(body['items']) ? { items: body['items'] as PagHiperItem[] } : {}),
          ...pickPayer(body),
        });
        return success({
          response_message: 'transação criada',
          ...this.view(transaction, 'create'),
        });
      }
      case 'status':
      case 'notification': {
        if (operation === 'notification') {
          const known = this.notificationLog.some(
            (entry) =>
              entry.notification_id === body['notification_id'] &&
              entry.transaction_id === body['transaction_id'],
          );
          if (!known) return reject(404, 'notification_id não encontrado');
        }
        const transaction = found();
        if (!transaction) return reject(404, 'transação não encontrada');
        return success({
          response_message: 'transacao encontrada',
          ...this.view(transaction, 'status'),
        });
      }
      case 'cancel': {
        const transaction = found();
        if (!transaction) return reject(404, 'transação não encontrada');
        if (transaction.status !== 'pending') {
          return reject(400, 'somente transações pendentes podem ser canceladas');
        }
        this.setStatus(transaction.transaction_id, 'canceled');
        return success({ response_message: 'A transação foi cancelada com sucesso' });
      }
      case 'list':
        return success({ response_message: 'lista de transações', ...this.list(kind, body) });
    }
  }

  private list(kind: PagHiperKind, body: Record<string, unknown>) {
    const filterField = String(body['filter_date'] || 'create_date');
    const column: keyof PagHiperTransaction =
      filterField === 'paid_date'
        ? 'paid_date'
        : filterField === 'status_date'
          ? 'status_date'
          : filterField === 'due_date'
            ? 'due_date'
            : 'created_date';
    // Without a range PagHiper lists the last 90 days.
    const from = String(
      body['initial_date'] || paghiperDate(new Date(Date.now() - 90 * 86_400_000), false),
    );
    const to = String(body['final_date'] || paghiperDate(new Date(), false));
    const limit = Math.min(Math.max(Number(body['limit']) || 50, 1), 100);
    const page = Math.max(Number(body['page']) || 1, 1);
    const matching = [...this.transactions.values()]
      .filter((t) => t.kind === kind)
      .filter((t) => !body['status'] || t.status === body['status'])
      .filter((t) => {
        const day = (t[column] as string | null)?.slice(0, 10);
        return day !== undefined && day >= from && day <= to;
      })
      .sort((a, b) => b.created_date.localeCompare(a.created_date));
    return {
      transaction_list: matching
        .slice((page - 1) * limit, page * limit)
        .map((t) => this.view(t, 'list')),
      total_transactions: matching.length,
      current_page: page,
      total_pages: Math.ceil(matching.length / limit),
    };
  }

  private view(transaction: PagHiperTransaction, shape: 'create' | 'status' | 'list') {
    const { kind: _kind, created_date, notification_url: _url, ...rest } = transaction;
    if (shape === 'create') {
      return {
        transaction_id: rest.transaction_id,
        created_date,
        value_cents: rest.value_cents,
        status: rest.status,
        order_id: rest.order_id,
        due_date: rest.due_date,
        ...(rest.bank_slip ? { bank_slip: rest.bank_slip } : {}),
        ...(rest.pix_code ? { pix_code: rest.pix_code } : {}),
      };
    }
    // The list names the creation date `create_date`; the other calls `created_date`.
    return shape === 'list' ? { ...rest, create_date: created_date } : { ...rest, created_date };
  }
}
