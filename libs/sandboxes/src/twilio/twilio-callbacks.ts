import { postOnce } from '../http';
import {
  API_VERSION,
  type FailingNumber,
  type PendingCallback,
  type SandboxAccount,
  type TwilioCallbackRecord,
  type TwilioMessageResource,
} from './twilio-resources';
import { encodeForm, newSecret, rfc2822, twilioSignature } from './twilio-wire';

/** How the callbacks find a message and the account that signs for it. */
export type MessageLookup = (messageSid: string) => {
  message?: TwilioMessageResource;
  account?: SandboxAccount;
};

/**
 * The status callbacks Twilio posts as a message moves on (queued → sent → delivered, or its
 * failure), signed with X-Twilio-Signature: posted on timers ('auto') or held until
 * deliverAll() ('manual'), and remembered with what each URL answered.
 */
export class TwilioStatusCallbacks {
  private readonly pending: PendingCallback[] = [];
  private readonly sent: TwilioCallbackRecord[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly mode: 'auto' | 'manual',
    private readonly delayMs: number,
    private readonly find: MessageLookup,
  ) {}

  summary(): { sent: TwilioCallbackRecord[]; pending: number } {
    return { sent: [...this.sent], pending: this.pending.length };
  }

  /** Posts every queued callback now, in order; returns what each URL answered. */
  async deliverAll(): Promise<TwilioCallbackRecord[]> {
    const delivered: TwilioCallbackRecord[] = [];
    while (this.pending.length > 0) {
      delivered.push(await this.post(this.pending.shift() as PendingCallback));
    }
    return delivered;
  }

  clear(): void {
    this.pending.length = 0;
    this.sent.length = 0;
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /** Queues the callbacks Twilio would post; none for the initial status. */
  schedule(message: TwilioMessageResource, url: string, failure?: FailingNumber): void {
    const steps: Array<{ status: string; errorCode?: number }> = [];
    if (message.status === 'accepted') steps.push({ status: 'queued' });
    if (failure?.status === 'failed') {
      steps.push({ status: 'failed', errorCode: failure.code });
    } else {
      steps.push({ status: 'sent' });
      steps.push(
        failure ? { status: 'undelivered', errorCode: failure.code } : { status: 'delivered' },
      );
    }
    const callbacks = steps.map((step) => ({ messageSid: message.sid, url, ...step }));
    if (this.mode === 'manual') {
      this.pending.push(...callbacks);
      return;
    }
    const next = (index: number) => {
      if (index >= callbacks.length) return;
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        void this.post(callbacks[index]).then(() => next(index + 1));
      }, this.delayMs);
      this.timers.add(timer);
    };
    next(0);
  }

  private async post(callback: PendingCallback): Promise<TwilioCallbackRecord> {
    const { message, account } = this.find(callback.messageSid);
    if (!message || !account) {
      const record = { url: callback.url, params: {}, signature: '', responseStatus: null };
      return { ...record, error: 'The message or its account is gone (sandbox reset)' };
    }
    const now = rfc2822(new Date());
    message.status = callback.status;
    message.date_updated = now;
    if (callback.status === 'sent') message.date_sent = now;
    if (callback.errorCode !== undefined) message.error_code = callback.errorCode;

    const params: Record<string, string> = {
      ApiVersion: API_VERSION,
      AccountSid: account.sid,
      MessageSid: message.sid,
      SmsSid: message.sid,
      MessageStatus: callback.status,
      SmsStatus: callback.status,
      To: message.to,
      ...(message.from ? { From: message.from } : {}),
      ...(message.messaging_service_sid
        ? { MessagingServiceSid: message.messaging_service_sid }
        : {}),
      ...(callback.errorCode !== undefined ? { ErrorCode: String(callback.errorCode) } : {}),
    };
    // Twilio signs with the account's auth token, even when the message was sent with an API key.
    const signature = twilioSignature(account.authToken, callback.url, params);
    const record: TwilioCallbackRecord = {
      url: callback.url,
      params,
      signature,
      responseStatus: null,
    };
    const answer = await postOnce(
      callback.url,
      {
        'content-type': 'application/x-www-form-urlencoded',
        'user-agent': 'TwilioProxy/1.1',
        'x-twilio-signature': signature,
        'i-twilio-idempotency-token': newSecret(),
      },
      encodeForm(params),
      5_000,
    );
    record.responseStatus = answer.status;
    if (answer.error) record.error = answer.error;
    this.sent.push(record);
    return record;
  }
}
