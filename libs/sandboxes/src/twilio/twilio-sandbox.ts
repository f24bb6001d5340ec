import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  answerControlFailure,
  ControlError,
  type ControlRoute,
  flatHeaders,
  HttpSandbox,
  sameSecret,
  queryOf,
  readBody,
  sendJson,
} from '../http';
import { TwilioStatusCallbacks } from './twilio-callbacks';
import { twilioControlRoutes } from './twilio-control';
import { type FormFields, newSecret, newSid, parseForm } from './twilio-wire';
import {
  type TwilioSandboxOptions,
  type SandboxAccount,
  type SandboxApiKey,
  type SandboxMessagingService,
  type ReceivedTwilioRequest,
  type TwilioMessageResource,
  type SandboxFault,
  type FailingNumber,
  type TwilioCallbackRecord,
  accountResource,
  MAX_BODY_CHARS,
  messageResource,
  E164,
  TwilioHttpError,
  twilioError,
  single,
} from './twilio-resources';

/**
 * A local Twilio Programmable Messaging API: Messages.json with Basic auth (auth token or API
 * key), validation errors in Twilio's legacy error shape, and status callbacks signed with
 * X-Twilio-Signature, so the real twilio SDK and our webhook verification run unchanged.
 */
export class TwilioSandbox extends HttpSandbox<ReceivedTwilioRequest, SandboxFault> {
  private readonly accounts = new Map<string, SandboxAccount>();
  private readonly apiKeys = new Map<string, SandboxApiKey>();
  private readonly ownedNumbers = new Map<string, Set<string>>();
  private readonly services = new Map<string, SandboxMessagingService>();
  private readonly failing = new Map<string, FailingNumber>();
  private readonly contentTemplates = new Map<string, string>();
  private readonly whatsAppSessions = new Set<string>();
  private readonly unsubscribed = new Set<string>();
  private readonly stored: TwilioMessageResource[] = [];
  private readonly statusCallbacks: TwilioStatusCallbacks;

  private constructor(callbackMode: 'auto' | 'manual', callbackDelayMs: number) {
    super();
    this.statusCallbacks = new TwilioStatusCallbacks(callbackMode, callbackDelayMs, (sid) => {
      const message = this.stored.find((entry) => entry.sid === sid);
      return { message, account: message && this.accounts.get(message.account_sid) };
    });
  }

  static start(options: TwilioSandboxOptions = {}): Promise<TwilioSandbox> {
    return new TwilioSandbox(options.callbacks ?? 'auto', options.callbackDelayMs ?? 200).listen(
      options,
    );
  }

  override async stop(): Promise<void> {
    this.statusCallbacks.stop();
    await super.stop();
  }

  // ---- control helpers (also reachable over HTTP under /__control/) ----

  seedAccount(account: Partial<SandboxAccount> = {}): SandboxAccount {
    const seeded: SandboxAccount = {
      sid: account.sid ?? newSid('AC'),
      authToken: account.authToken ?? newSecret(),
      friendlyName: account.friendlyName ?? 'Fluxo sandbox account',
      trial: account.trial ?? false,
      verifiedNumbers: account.verifiedNumbers ?? [],
    };
    this.accounts.set(seeded.sid, seeded);
    return seeded;
  }

  seedApiKey(key: {
    accountSid: string;
    sid?: string;
    secret?: string;
    type?: SandboxApiKey['type'];
  }): SandboxApiKey {
    const seeded: SandboxApiKey = {
      accountSid: key.accountSid,
      sid: key.sid ?? newSid('SK'),
      secret: key.secret ?? newSecret(),
      type: key.type === 'main' ? 'main' : 'standard',
    };
    this.apiKeys.set(seeded.sid, seeded);
    return seeded;
  }

  /** A number the account owns: it may be used as `From`. */
  seedNumber(accountSid: string, number: string): void {
    const numbers = this.ownedNumbers.get(accountSid) ?? new Set<string>();
    numbers.add(number);
    this.ownedNumbers.set(accountSid, numbers);
  }

  seedMessagingService(service: {
    accountSid: string;
    sid?: string;
    senders?: string[];
  }): SandboxMessagingService {
    const seeded = {
      accountSid: service.accountSid,
      sid: service.sid ?? newSid('MG'),
      senders: service.senders ?? [],
    };
    this.services.set(seeded.sid, seeded);
    return seeded;
  }

  /** Messages to `number` are accepted, then fail with `code` (see FailingNumber). */
  failNumber(number: string, code: number, status: FailingNumber['status'] = 'undelivered'): void {
    this.failing.set(number, { number, code, status });
  }

  /** An approved WhatsApp template (Content Template Builder): `{{1}}`… filled from ContentVariables. */
  seedContentTemplate(body: string, sid: string = newSid('HX')): string {
    this.contentTemplates.set(sid, body);
    return sid;
  }

  /** The customer wrote to the WhatsApp sender: free text may reach them for 24 hours. */
  openWhatsAppSession(number: string): void {
    this.whatsAppSessions.add(number.replace(/^whatsapp:/, ''));
  }

  /** The recipient replied STOP: sending to it answers 21610. */
  unsubscribe(number: string): void {
    this.unsubscribed.add(number);
  }

  messages(): TwilioMessageResource[] {
    return this.stored.map((message) => ({ ...message }));
  }

  callbacks(): { sent: TwilioCallbackRecord[]; pending: number } {
    return this.statusCallbacks.summary();
  }

  /** Posts every queued status callback now, in order; returns what each URL answered. */
  deliverCallbacks(): Promise<TwilioCallbackRecord[]> {
    return this.statusCallbacks.deliverAll();
  }

  /** Forgets everything: accounts, numbers, messages, requests, callbacks and the fault. */
  override reset(): void {
    super.reset();
    for (const collection of [
      this.accounts,
      this.apiKeys,
      this.ownedNumbers,
      this.services,
      this.failing,
      this.contentTemplates,
    ]) {
      collection.clear();
    }
    this.unsubscribed.clear();
    this.whatsAppSessions.clear();
    this.stored.length = 0;
    this.statusCallbacks.clear();
  }

  cliHelp(): string {
    return [
      `Twilio sandbox on ${this.url}`,
      '  Seed an account first (nothing is open by default):',
      `    curl -X POST ${this.url}/__control/accounts -d '{"friendlyName":"Demo"}'`,
      `    curl -X POST ${this.url}/__control/numbers -d '{"accountSid":"AC…","number":"+15005550006"}'`,
      '  Then add an "SMS (Twilio)" account in Fluxo with the returned Account SID and auth token,',
      `  and API address: ${this.url}. Status callbacks are posted and signed like Twilio's.`,
      `  Messages: GET ${this.url}/__control/messages · fault: POST ${this.url}/__control/fault {"status":429}`,
    ].join('\n');
  }

  // ---- HTTP ----

  protected override answerFailure(response: ServerResponse, error: unknown): void {
    answerControlFailure(response, error, { message: 'Sandbox failed' });
  }

  protected override controlRoutes(): ControlRoute[] {
    return twilioControlRoutes(this);
  }

  /** Twilio's faults are its rate limit and its outages; `{"status": null}` heals. */
  protected override parseFault(input: Record<string, unknown>): SandboxFault | null {
    const status = input['status'];
    if (status === null || status === undefined) return null;
    if (status !== 429 && status !== 500 && status !== 503) {
      throw new ControlError(400, 'status must be 429, 500, 503 or null');
    }
    return { status, times: typeof input['times'] === 'number' ? input['times'] : undefined };
  }

  protected override async serveVendor(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
  ): Promise<void> {
    const rawBody = await readBody(request);
    const headers = flatHeaders(request);
    const record: ReceivedTwilioRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: queryOf(url),
      headers,
      form: (headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')
        ? parseForm(rawBody)
        : {},
      rawBody,
      auth: null,
      status: 0,
      receivedAt: new Date().toISOString(),
    };
    this.received.push(record);
    let status: number;
    let body: unknown;
    try {
      [status, body] = this.route(record);
    } catch (error) {
      if (!(error instanceof TwilioHttpError)) throw error;
      status = error.body.status;
      body = error.body;
      if (status === 401) response.setHeader('WWW-Authenticate', 'Basic realm="Twilio API"');
    }
    record.status = status;
    sendJson(response, status, body);
  }

  private route(request: ReceivedTwilioRequest): [number, unknown] {
    this.consumeFault();
    const account = this.authenticate(request);
    const match =
      /^\/2010-04-01\/Accounts\/([^/]+?)(\.json|\/Messages\.json|\/Messages\/([^/]+)\.json)$/.exec(
        request.path,
      );
    const notFound = () =>
      twilioError(404, 20404, `The requested resource ${request.path} was not found`);
    // A path naming another account than the credentials is not found, as for Twilio.
    if (!match || match[1] !== account.sid) throw notFound();
    const [, , kind, messageSid] = match;
    if (kind === '.json' && request.method === 'GET') {
      // Twilio documents that Standard keys cannot read /Accounts; the exact refusal is [?].
      const key = request.auth?.via === 'api-key' && this.apiKeys.get(request.auth.username);
      if (key && key.type === 'standard') {
        throw twilioError(401, 20003, 'Authenticate', 'Standard API keys cannot read Accounts.');
      }
      return [200, accountResource(account)];
    }
    if (kind === '/Messages.json' && request.method === 'POST') {
      return [201, this.createMessage(account, request.form)];
    }
    if (kind === '/Messages.json' && request.method === 'GET') {
      const mine = this.stored.filter((message) => message.account_sid === account.sid);
      const pageSize = Math.max(1, Math.min(1000, Number(request.query['PageSize']) || 50));
      const uri = `${request.path}?PageSize=${pageSize}&Page=0`;
      // Newest first, one page only: enough for the SDK's list() and the connector's check.
      const page = [...mine].reverse().slice(0, pageSize);
      return [
        200,
        {
          messages: page,
          first_page_uri: uri,
          next_page_uri: null,
          previous_page_uri: null,
          page: 0,
          page_size: pageSize,
          start: 0,
          end: Math.max(0, page.length - 1),
          uri,
        },
      ];
    }
    if (messageSid && request.method === 'GET') {
      const found = this.stored.find(
        (message) => message.sid === messageSid && message.account_sid === account.sid,
      );
      if (found) return [200, found];
    }
    throw notFound();
  }

  private consumeFault(): void {
    const fault = this.fault.take();
    if (!fault) return;
    const { status } = fault;
    if (status === 429) throw twilioError(429, 20429, 'Too Many Requests');
    throw twilioError(status, 20500, 'Internal Server Error');
  }

  private authenticate(request: ReceivedTwilioRequest): SandboxAccount {
    const refused = () =>
      twilioError(401, 20003, 'Authenticate', 'Your AccountSid or AuthToken was incorrect.');
    const header = request.headers['authorization'] ?? '';
    const match = /^Basic\s+(.+)$/i.exec(header);
    if (!match) throw refused();
    const decoded = Buffer.from(match[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) throw refused();
    const username = decoded.slice(0, colon);
    const password = decoded.slice(colon + 1);
    const account = this.accounts.get(username);
    if (account && sameSecret(password, account.authToken)) {
      request.auth = { username, via: 'auth-token' };
      return account;
    }
    const key = this.apiKeys.get(username);
    const keyAccount = key && this.accounts.get(key.accountSid);
    if (key && keyAccount && sameSecret(password, key.secret)) {
      request.auth = { username, via: 'api-key' };
      return keyAccount;
    }
    throw refused();
  }

  private createMessage(account: SandboxAccount, form: FormFields): TwilioMessageResource {
    const toAddress = single(form, 'To');
    const fromAddress = single(form, 'From');
    // WhatsApp addresses are numbers with a "whatsapp:" channel prefix, on both sides.
    const whatsApp = toAddress.startsWith('whatsapp:');
    if (fromAddress && whatsApp !== fromAddress.startsWith('whatsapp:')) {
      throw twilioError(
        400,
        21910,
        'Invalid From and To pair. From and To should be of the same channel',
      );
    }
    const to = toAddress.replace(/^whatsapp:/, '');
    const from = fromAddress.replace(/^whatsapp:/, '');
    const serviceSid = single(form, 'MessagingServiceSid');
    const contentSid = single(form, 'ContentSid');
    const template = contentSid ? this.contentTemplates.get(contentSid) : undefined;
    if (contentSid && template === undefined) {
      throw twilioError(400, 21655, 'The ContentSid is Invalid');
    }
    const body =
      template === undefined
        ? single(form, 'Body')
        : fillTemplate(template, single(form, 'ContentVariables'));
    const statusCallback = single(form, 'StatusCallback');
    if (!to) throw twilioError(400, 21604, "A 'To' phone number is required.");
    if (!from && !serviceSid) {
      throw twilioError(
        400,
        21603,
        "A 'From' or 'MessagingServiceSid' parameter is required to send a message.",
      );
    }
    if (!body && !form['MediaUrl'] && !form['ContentSid']) {
      throw twilioError(400, 21602, 'Message body is required.');
    }
    if (!E164.test(to)) {
      throw twilioError(400, 21211, `The 'To' number ${to} is not a valid phone number.`);
    }
    const service = serviceSid ? this.services.get(serviceSid) : undefined;
    if (serviceSid && service?.accountSid !== account.sid) {
      // [?] the code Twilio answers for an unknown Messaging Service is from memory.
      throw twilioError(400, 21701, `The Messaging Service Sid ${serviceSid} is invalid.`);
    }
    if (from && !this.ownedNumbers.get(account.sid)?.has(from)) {
      throw twilioError(
        400,
        21606,
        `The 'From' phone number provided (${from}) is not a valid message-capable Twilio phone number for this destination/account.`,
      );
    }
    if ([...body].length > MAX_BODY_CHARS) {
      throw twilioError(
        400,
        21617,
        'The concatenated message body exceeds the 1600 character limit.',
      );
    }
    if (account.trial && !account.verifiedNumbers.includes(to)) {
      throw twilioError(
        400,
        21608,
        `The number ${to} is unverified. Trial accounts may only send messages to verified numbers.`,
      );
    }
    if (this.unsubscribed.has(to)) {
      throw twilioError(400, 21610, 'Attempt to send to unsubscribed recipient');
    }

    const message = messageResource(account, {
      to: whatsApp ? `whatsapp:${to}` : to,
      body,
      serviceSid,
      // With a Messaging Service and no From, Twilio picks the sender from the pool.
      from: from ? (whatsApp ? `whatsapp:${from}` : from) : service?.senders[0] || '',
    });
    this.stored.push(message);
    // Free text outside the customer's 24-hour window is accepted, then fails (as Twilio does).
    const outsideWindow: FailingNumber | undefined =
      whatsApp && !contentSid && !this.whatsAppSessions.has(to)
        ? { number: to, code: 63016, status: 'failed' }
        : undefined;
    if (statusCallback) {
      this.statusCallbacks.schedule(message, statusCallback, outsideWindow ?? this.failing.get(to));
    }
    return message;
  }
}

/** An approved template's text with its `{{1}}`… filled from the ContentVariables JSON. */
function fillTemplate(template: string, variablesJson: string): string {
  let variables: Record<string, unknown> = {};
  try {
    const parsed: unknown = variablesJson ? JSON.parse(variablesJson) : {};
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
      variables = parsed as Record<string, unknown>;
    }
  } catch {
    throw twilioError(400, 21656, 'The ContentVariables Parameter is invalid');
  }
  return template.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, key: string) =>
    key in variables ? String(variables[key]) : whole,
  );
}
