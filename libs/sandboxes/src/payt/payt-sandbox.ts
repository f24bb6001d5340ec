import { randomBytes } from 'node:crypto';
import {
  ControlError,
  type ControlRoute,
  controlRoute,
  HttpSandbox,
  postOnce,
  postTargetOf,
  sleep,
} from '../http';
import {
  buildPaytPostback,
  PAYT_SANDBOX_EVENTS,
  type PaytPostbackStyle,
  type PaytSale,
  type PaytSaleInput,
  type PaytSandboxEvent,
} from './payt-postbacks';

export interface PaytSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The account's integration key (32 hex like PayT's); random when not given. */
  integrationKey?: string;
  /** PayT documents no retries: 0 by default. Extra attempts after a non-2xx answer. */
  retries?: number;
  /** Wait before each retry, in ms (the last value repeats). */
  retryDelaysMs?: number[];
  /** How long one attempt waits for the answer. */
  attemptTimeoutMs?: number;
}

export interface PaytSendOptions extends PaytPostbackStyle {
  /** The sale to post; when absent a new sale is created from `sale`. */
  saleId?: string;
  sale?: PaytSaleInput;
  /** Sends the identical postback this many times (PayT repeats, the "Testar URL" button). */
  repeat?: number;
  retries?: number;
  retryDelaysMs?: number[];
  attemptTimeoutMs?: number;
}

/** One HTTP attempt and what the receiver answered (status 0: no answer). */
export interface PaytAttempt {
  attempt: number;
  at: string;
  status: number;
  body: string;
  durationMs: number;
  error?: string;
}

/** One postback PayT sent, with every attempt at delivering it. */
export interface PaytPostbackRecord {
  id: string;
  transactionId: string;
  event: PaytSandboxEvent;
  url: string;
  headers: Record<string, string>;
  /** The exact bytes posted. */
  body: string;
  attempts: PaytAttempt[];
  /** The last attempt's answer was 2xx. */
  delivered: boolean;
}

export interface PaytSendResult {
  sale: PaytSaleView;
  postbacks: PaytPostbackRecord[];
}

export interface PaytSaleView {
  transactionId: string;
  cartId: string;
  event: PaytSandboxEvent;
  /** The body PayT would post now, with the valid key. */
  postback: Record<string, unknown>;
}

const MAX_REPEAT = 100;

const code = (length: number): string => {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from(randomBytes(length), (byte) => alphabet[byte % alphabet.length]).join('');
};

/**
 * A local stand-in for PayT's postbacks ("PayT V1"): keeps sales and POSTs PayT's JSON body to
 * a URL, with the account's integration key or a wrong/missing one, and records every answer.
 * PayT has no API Fluxo calls, so the server only carries the control API under /__control/.
 */
export class PaytSandbox extends HttpSandbox {
  readonly integrationKey: string;
  private readonly sales = new Map<string, PaytSale>();
  private readonly sent: PaytPostbackRecord[] = [];

  private constructor(private readonly options: PaytSandboxOptions) {
    super();
    this.integrationKey = options.integrationKey ?? randomBytes(16).toString('hex');
  }

  static start(options: PaytSandboxOptions = {}): Promise<PaytSandbox> {
    return new PaytSandbox(options).listen(options);
  }

  /** Creates a sale at an event (default `approved`). */
  createSale(input: PaytSaleInput = {}): PaytSaleView {
    const event = input.event ?? 'approved';
    if (!PAYT_SANDBOX_EVENTS.includes(event)) {
      throw new ControlError(400, `event must be one of: ${PAYT_SANDBOX_EVENTS.join(', ')}`);
    }
    const now = new Date();
    const sale: PaytSale = {
      transactionId: code(6),
      cartId: code(6),
      sellerId: 'SBX7PT',
      event,
      input,
      startedAt: now,
      updatedAt: now,
    };
    this.sales.set(sale.transactionId, sale);
    return this.view(sale);
  }

  /** Moves a sale to another event; its `updated_at` moves on by at least one second. */
  updateSale(transactionId: string, event: PaytSandboxEvent): PaytSaleView {
    const sale = this.saleOrThrow(transactionId);
    if (!PAYT_SANDBOX_EVENTS.includes(event)) {
      throw new ControlError(400, `event must be one of: ${PAYT_SANDBOX_EVENTS.join(', ')}`);
    }
    sale.event = event;
    sale.input = { ...sale.input, status: undefined, paymentStatus: undefined };
    sale.updatedAt = new Date(Math.max(Date.now(), sale.updatedAt.getTime() + 1000));
    return this.view(sale);
  }

  listSales(): PaytSaleView[] {
    return [...this.sales.values()].map((sale) => this.view(sale));
  }

  /** The exact body a postback would carry, without sending it. */
  postbackBody(transactionId: string, style: PaytPostbackStyle = {}): string {
    return JSON.stringify(
      buildPaytPostback(this.saleOrThrow(transactionId), this.keyFor(style), style),
    );
  }

  /**
   * POSTs PayT's postback for a sale (a new one from `options.sale` when no `saleId`) to
   * `targetUrl`, `repeat` times, and records each attempt's answer.
   */
  async sendPostback(targetUrl: string, options: PaytSendOptions = {}): Promise<PaytSendResult> {
    const sale = this.saleOrThrow(options.saleId ?? this.createSale(options.sale).transactionId);
    const repeat = Math.min(Math.max(1, Math.trunc(options.repeat ?? 1)), MAX_REPEAT);
    const body = JSON.stringify(buildPaytPostback(sale, this.keyFor(options), options));
    const postbacks: PaytPostbackRecord[] = [];
    for (let index = 0; index < repeat; index += 1) {
      postbacks.push(await this.deliver(targetUrl, sale, body, options));
    }
    return { sale: this.view(sale), postbacks };
  }

  /** Every postback sent so far, oldest first. */
  postbacks(): PaytPostbackRecord[] {
    return structuredClone(this.sent);
  }

  clearPostbacks(): void {
    this.sent.length = 0;
  }

  cliHelp(): string {
    return [
      `PayT sandbox on ${this.url}`,
      '  Add a "PayT" account in Fluxo with:',
      `    Integration key: ${this.integrationKey}`,
      '  Then send a postback to your connection’s address:',
      `    curl -X POST ${this.url}/__control/postbacks -H 'content-type: application/json' \\`,
      `      -d '{"url":"<connection address>","sale":{"event":"approved"}}'`,
      '  Options: "key":"wrong"|"missing", "test":true, "repeat":3, "shape":"flat";',
      `  events: ${PAYT_SANDBOX_EVENTS.join(', ')}.`,
      `  GET ${this.url}/__control/postbacks lists what was sent and the answers.`,
    ].join('\n');
  }

  private keyFor(style: PaytPostbackStyle): string | null {
    if (style.key === 'missing') return null;
    if (style.key === 'wrong') return randomBytes(16).toString('hex');
    return this.integrationKey;
  }

  private saleOrThrow(transactionId: string): PaytSale {
    const sale = this.sales.get(transactionId);
    if (!sale) throw new ControlError(404, `No sale ${transactionId}`);
    return sale;
  }

  private view(sale: PaytSale): PaytSaleView {
    return {
      transactionId: sale.transactionId,
      cartId: sale.cartId,
      event: sale.event,
      postback: buildPaytPostback(sale, this.integrationKey),
    };
  }

  private async deliver(
    url: string,
    sale: PaytSale,
    body: string,
    options: PaytSendOptions,
  ): Promise<PaytPostbackRecord> {
    const headers = {
      'content-type': 'application/json',
      accept: 'application/json',
      'user-agent': 'PayT-Postback/1.0 (Fluxo sandbox)',
    };
    const record: PaytPostbackRecord = {
      id: `pb_${randomBytes(6).toString('hex')}`,
      transactionId: sale.transactionId,
      event: sale.event,
      url,
      headers,
      body,
      attempts: [],
      delivered: false,
    };
    this.sent.push(record);
    const retries = Math.max(0, options.retries ?? this.options.retries ?? 0);
    const delays = options.retryDelaysMs ?? this.options.retryDelaysMs ?? [1000];
    const timeoutMs = options.attemptTimeoutMs ?? this.options.attemptTimeoutMs ?? 10_000;
    for (let attempt = 1; attempt <= retries + 1; attempt += 1) {
      if (attempt > 1) await sleep(delays[Math.min(attempt - 2, delays.length - 1)] ?? 0);
      const { status, ...answer } = await postOnce(url, headers, body, timeoutMs);
      const result: PaytAttempt = { attempt, ...answer, status: status ?? 0 };
      record.attempts.push(result);
      record.delivered = result.status >= 200 && result.status < 300;
      if (record.delivered) break;
    }
    return record;
  }

  protected override controlRoutes(): ControlRoute[] {
    return [
      controlRoute('GET', '/account', () => [200, { integrationKey: this.integrationKey }]),
      controlRoute('GET', '/sales', () => [200, this.listSales()]),
      controlRoute('POST', '/sales', async (call) => [
        201,
        this.createSale((await call.json()) as PaytSaleInput),
      ]),
      controlRoute('POST', /\/sales\/([^/]+)\/event/, async (call) => {
        const { event } = await call.json();
        return [200, this.updateSale(call.params[0] ?? '', event as PaytSandboxEvent)];
      }),
      controlRoute('GET', '/postbacks', () => [200, this.postbacks()]),
      controlRoute('DELETE', '/postbacks', () => {
        this.clearPostbacks();
        return [204];
      }),
      controlRoute('POST', '/postbacks', async (call) => {
        const { url, options } = postTargetOf(await call.json());
        return [200, await this.sendPostback(url, options as PaytSendOptions)];
      }),
    ];
  }
}
