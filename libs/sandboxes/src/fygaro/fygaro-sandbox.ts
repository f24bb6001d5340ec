import { randomBytes, randomUUID } from 'node:crypto';
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
  buildFygaroHook,
  type FygaroHookStyle,
  type FygaroKeys,
  type FygaroPayment,
  type FygaroPaymentInput,
  signHookHeaders,
} from './fygaro-hooks';

export interface FygaroSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The API credential's public key (JWT `kid`); random when not given. */
  publicKey?: string;
  /** The API credential's secret key; random when not given. */
  secret?: string;
  /** The secret that signs Fygaro-Signature headers; the credential's secret by default. */
  hookSecret?: string;
  /** Sent in Fygaro-Key-ID; the public key by default. */
  keyId?: string;
  /** Fygaro tries a hook up to 4 times. */
  maxAttempts?: number;
  /** Growing waits before attempts 2, 3 and 4, in ms (the last value repeats). */
  retryDelaysMs?: number[];
  /** An attempt without an answer within this time counts as failed. */
  attemptTimeoutMs?: number;
  /** Consecutive failed hooks of a button after which its hook is suspended; 0 never. */
  suspendAfterFailedHooks?: number;
}

export interface FygaroSendOptions extends FygaroHookStyle {
  /** The payment to announce; when absent a new one is made from `payment`. */
  reference?: string;
  payment?: FygaroPaymentInput;
  /** Sends the same payment's hook this many times (each with its own retries). */
  repeat?: number;
  maxAttempts?: number;
  retryDelaysMs?: number[];
  attemptTimeoutMs?: number;
}

/** One HTTP attempt and the receiver's answer (status 0: none, or timed out). */
export interface FygaroAttempt {
  attempt: number;
  at: string;
  status: number;
  body: string;
  durationMs: number;
  /** The headers of this attempt: signed hooks are signed again for each attempt. */
  headers: Record<string, string>;
  error?: string;
}

export interface FygaroHookRecord {
  id: string;
  reference: string;
  buttonId: string;
  url: string;
  /** The exact bytes posted (the same on every attempt). */
  body: string;
  attempts: FygaroAttempt[];
  /** Only an answer of exactly 200 counts, as Fygaro says. */
  delivered: boolean;
  /** Not sent: the button's hook was suspended after repeated failures. */
  suspended: boolean;
}

export interface FygaroSendResult {
  payment: FygaroPayment;
  hooks: FygaroHookRecord[];
}

const MAX_REPEAT = 100;
const DEFAULT_BUTTON = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

/**
 * A local stand-in for Fygaro's payment button hooks: records payments and POSTs Fygaro's hook
 * to a URL, signed the legacy way (JWT in the body) or the current way (Fygaro-Signature
 * headers), retrying up to 4 times with growing gaps unless the answer is exactly 200.
 * Fygaro has no API Fluxo calls, so the server only carries the control API under /__control/.
 */
export class FygaroSandbox extends HttpSandbox {
  readonly keys: FygaroKeys;
  private readonly payments = new Map<string, FygaroPayment>();
  private readonly sent: FygaroHookRecord[] = [];
  private readonly failuresInARow = new Map<string, number>();
  private readonly suspendedButtons = new Set<string>();

  private constructor(private readonly options: FygaroSandboxOptions) {
    super();
    const publicKey = options.publicKey ?? `pk_${randomBytes(12).toString('hex')}`;
    const secret = options.secret ?? `sk_${randomBytes(24).toString('hex')}`;
    this.keys = {
      publicKey,
      secret,
      hookSecret: options.hookSecret ?? secret,
      keyId: options.keyId ?? publicKey,
    };
  }

  static start(options: FygaroSandboxOptions = {}): Promise<FygaroSandbox> {
    return new FygaroSandbox(options).listen(options);
  }

  /** Records a successful payment on a button (Fygaro only hooks successful payments). */
  createPayment(input: FygaroPaymentInput = {}): FygaroPayment {
    const amount = input.amount ?? '49.90';
    if (!/^\d+(\.\d{1,2})?$/.test(amount)) {
      throw new ControlError(400, 'amount must be a decimal with up to 2 decimals, e.g. "49.90"');
    }
    const payment: FygaroPayment = {
      reference: randomUUID(),
      customReference: input.customReference ?? `ORDER-${randomBytes(3).toString('hex')}`,
      amount,
      currency: (input.currency ?? 'USD').toUpperCase(),
      createdAt: Math.floor(Date.now() / 1000),
      clientData: {
        name: input.clientData?.name ?? 'Daniela Rojas',
        email: input.clientData?.email ?? 'daniela.rojas@example.com',
        phone: input.clientData?.phone ?? '+50688887777',
      },
      buttonId: input.buttonId ?? DEFAULT_BUTTON,
    };
    this.payments.set(payment.reference, payment);
    return structuredClone(payment);
  }

  listPayments(): FygaroPayment[] {
    return structuredClone([...this.payments.values()]);
  }

  /**
   * POSTs Fygaro's hook for a payment (a new one from `options.payment` when no `reference`)
   * to `targetUrl`, `repeat` times, each retried as Fygaro does, and records every answer.
   */
  async sendHook(targetUrl: string, options: FygaroSendOptions = {}): Promise<FygaroSendResult> {
    const reference = options.reference ?? this.createPayment(options.payment).reference;
    const payment = this.payments.get(reference);
    if (!payment) throw new ControlError(404, `No payment ${reference}`);
    const repeat = Math.min(Math.max(1, Math.trunc(options.repeat ?? 1)), MAX_REPEAT);
    const hooks: FygaroHookRecord[] = [];
    for (let index = 0; index < repeat; index += 1) {
      hooks.push(await this.deliver(targetUrl, payment, options));
    }
    return { payment: structuredClone(payment), hooks };
  }

  /** Every hook sent so far, oldest first. */
  hooks(): FygaroHookRecord[] {
    return structuredClone(this.sent);
  }

  clearHooks(): void {
    this.sent.length = 0;
  }

  isSuspended(buttonId = DEFAULT_BUTTON): boolean {
    return this.suspendedButtons.has(buttonId);
  }

  /** Lifts a suspension, as Fygaro's support would. */
  resumeHooks(buttonId = DEFAULT_BUTTON): void {
    this.suspendedButtons.delete(buttonId);
    this.failuresInARow.delete(buttonId);
  }

  cliHelp(): string {
    return [
      `Fygaro sandbox on ${this.url}`,
      '  Add a "Fygaro" account in Fluxo with:',
      `    Public key: ${this.keys.publicKey}`,
      `    Secret key: ${this.keys.secret}`,
      '  Then send a payment hook to your connection’s address:',
      `    curl -X POST ${this.url}/__control/hooks -H 'content-type: application/json' \\`,
      `      -d '{"url":"<connection address>","payment":{"amount":"49.90","currency":"USD"}}'`,
      '  Options: "generation":"jwt"|"headers", "signature":"wrong"|"missing",',
      '  "timestampOffsetSeconds":-600, "alg":"HS512", "repeat":2, "retryDelaysMs":[100,200,400].',
      `  GET ${this.url}/__control/hooks lists what was sent and the answers.`,
    ].join('\n');
  }

  private async deliver(
    url: string,
    payment: FygaroPayment,
    options: FygaroSendOptions,
  ): Promise<FygaroHookRecord> {
    const nowSeconds = () => Math.floor(Date.now() / 1000);
    const first = buildFygaroHook(payment, this.keys, options, nowSeconds());
    const record: FygaroHookRecord = {
      id: `hk_${randomBytes(6).toString('hex')}`,
      reference: payment.reference,
      buttonId: payment.buttonId,
      url,
      body: first.body,
      attempts: [],
      delivered: false,
      suspended: this.suspendedButtons.has(payment.buttonId),
    };
    this.sent.push(record);
    if (record.suspended) return record;

    const maxAttempts = Math.max(1, options.maxAttempts ?? this.options.maxAttempts ?? 4);
    const delays = options.retryDelaysMs ?? this.options.retryDelaysMs ?? [2_000, 10_000, 30_000];
    const timeoutMs = options.attemptTimeoutMs ?? this.options.attemptTimeoutMs ?? 10_000;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      if (attempt > 1) await sleep(delays[Math.min(attempt - 2, delays.length - 1)] ?? 0);
      // Same body every time; signed headers carry a fresh timestamp per attempt.
      const headers =
        attempt === 1
          ? first.headers
          : { ...first.headers, ...signHookHeaders(first.body, this.keys, options, nowSeconds()) };
      const { status, ...answer } = await postOnce(url, headers, record.body, timeoutMs);
      const result: FygaroAttempt = { attempt, ...answer, status: status ?? 0, headers };
      record.attempts.push(result);
      record.delivered = result.status === 200;
      if (record.delivered) break;
    }
    this.countOutcome(payment.buttonId, record.delivered);
    return record;
  }

  private countOutcome(buttonId: string, delivered: boolean): void {
    if (delivered) {
      this.failuresInARow.delete(buttonId);
      return;
    }
    const failures = (this.failuresInARow.get(buttonId) ?? 0) + 1;
    this.failuresInARow.set(buttonId, failures);
    const limit = this.options.suspendAfterFailedHooks ?? 5;
    if (limit > 0 && failures >= limit) this.suspendedButtons.add(buttonId);
  }

  protected override controlRoutes(): ControlRoute[] {
    return [
      controlRoute('GET', '/credential', () => [
        200,
        { publicKey: this.keys.publicKey, secret: this.keys.secret },
      ]),
      controlRoute('GET', '/payments', () => [200, this.listPayments()]),
      controlRoute('POST', '/payments', async (call) => [
        201,
        this.createPayment((await call.json()) as FygaroPaymentInput),
      ]),
      controlRoute('GET', '/hooks', () => [200, this.hooks()]),
      controlRoute('DELETE', '/hooks', () => {
        this.clearHooks();
        return [204];
      }),
      controlRoute('POST', '/hooks', async (call) => {
        const { url, options } = postTargetOf(await call.json());
        return [200, await this.sendHook(url, options as FygaroSendOptions)];
      }),
      controlRoute('POST', '/resume', async (call) => {
        const { buttonId } = await call.json();
        this.resumeHooks(typeof buttonId === 'string' ? buttonId : undefined);
        return [204];
      }),
    ];
  }
}
