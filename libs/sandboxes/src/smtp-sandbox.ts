import { EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';
import { type AddressObject, simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';

export interface SmtpSandboxOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** When set, clients must log in (AUTH PLAIN or LOGIN, no TLS) with exactly these. */
  auth?: { username: string; password: string };
  /** Holds each message this long before accepting it, as a distant or slow server would. */
  holdMs?: number;
}

export type SmtpFaultMode = 'none' | 'reject-permanent' | 'reject-transient';

export const SMTP_FAULT_MODES: readonly SmtpFaultMode[] = [
  'none',
  'reject-permanent',
  'reject-transient',
];

/** One message the sandbox accepted, as a test would want to assert it. */
export interface ReceivedEmail {
  /** What the client said in MAIL FROM / RCPT TO; includes Bcc recipients. */
  envelope: { from: string; to: string[] };
  /** The From header, as written, e.g. `"Ana" <ana@example.com>`. */
  from: string;
  to: string[];
  cc: string[];
  replyTo: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: string;
  /** The whole message as received (headers and body). */
  raw: string;
}

class SmtpReplyError extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const groups = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return groups.flatMap((group) =>
    group.value.flatMap((entry) =>
      entry.group ? entry.group.map((member) => member.address ?? '') : [entry.address ?? ''],
    ),
  );
}

function envelopeAddress(address: SMTPServerAddress | false): string {
  return address ? address.address : '';
}

/**
 * A local SMTP server that accepts mail over plain TCP and records it, so tests and demos can
 * send with the real nodemailer and assert exactly what a mail server received.
 */
export class SmtpSandbox {
  private readonly received: ReceivedEmail[] = [];
  private readonly events = new EventEmitter();
  private fault: SmtpFaultMode = 'none';
  private openSessions = 0;
  private peakOpenSessions = 0;

  private readonly server: SMTPServer;
  private listening = { host: '', port: 0 };

  private constructor(
    private readonly credentials: SmtpSandboxOptions['auth'],
    private readonly holdMs = 0,
  ) {
    this.server = new SMTPServer({
      logger: false,
      // Tests stop the sandbox right after sending; don't wait 30 s for idle clients.
      closeTimeout: 500,
      banner: 'Fluxo SMTP sandbox',
      // There is no certificate here: clients must be configured with security "None".
      disabledCommands: credentials ? ['STARTTLS'] : ['STARTTLS', 'AUTH'],
      authOptional: !credentials,
      allowInsecureAuth: true,
      authMethods: ['PLAIN', 'LOGIN'],
      size: 25 * 1024 * 1024,
      onConnect: (_session, callback) => {
        this.openSessions += 1;
        this.peakOpenSessions = Math.max(this.peakOpenSessions, this.openSessions);
        callback();
      },
      onClose: () => {
        this.openSessions -= 1;
      },
      onAuth: (auth, _session, callback) => {
        if (auth.username === credentials?.username && auth.password === credentials?.password) {
          callback(null, { user: auth.username });
          return;
        }
        callback(new SmtpReplyError(535, '5.7.8 Authentication credentials invalid'));
      },
      onRcptTo: (address, _session, callback) => callback(this.rcptFault(address.address)),
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          simpleParser(raw)
            .then(async (parsed) => {
              if (this.holdMs > 0) await new Promise((held) => setTimeout(held, this.holdMs));
              this.record({
                envelope: {
                  from: envelopeAddress(session.envelope.mailFrom),
                  to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                },
                from: parsed.from?.text ?? '',
                to: addresses(parsed.to),
                cc: addresses(parsed.cc),
                replyTo: addresses(parsed.replyTo),
                subject: parsed.subject ?? '',
                // mailparser appends a line break to single-part text bodies; drop it so a test
                // compares exactly what the client sent.
                text: (parsed.text ?? '').replace(/\r?\n$/, ''),
                html: typeof parsed.html === 'string' ? parsed.html : '',
                messageId: parsed.messageId ?? '',
                receivedAt: new Date().toISOString(),
                raw,
              });
              callback(null, 'Message queued as sandbox');
            })
            .catch((error: unknown) => callback(error as Error));
        });
      },
    });
    // Connection-level errors (a client hanging up) must not crash the test process.
    this.server.on('error', () => undefined);
  }

  static async start(options: SmtpSandboxOptions = {}): Promise<SmtpSandbox> {
    const sandbox = new SmtpSandbox(options.auth, options.holdMs);
    const host = options.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      sandbox.server.server.once('error', reject);
      sandbox.server.listen(options.port ?? 0, host, () => {
        sandbox.server.server.off('error', reject);
        resolve();
      });
    });
    const { port } = sandbox.server.server.address() as AddressInfo;
    sandbox.listening = { host, port };
    return sandbox;
  }

  get host(): string {
    return this.listening.host;
  }

  /** What `npm run sandboxes` prints: how to point an account at it, and how to try a wrong password. */
  cliHelp(): string {
    const { credentials } = this;
    return [
      `SMTP sandbox on ${this.host}:${this.port}`,
      '  Add an "E-mail (SMTP)" account in Fluxo with:',
      `    SMTP server:  ${this.host}`,
      `    Port:         ${this.port}`,
      '    Security:     None (local servers only)',
      credentials
        ? `    User name:    ${credentials.username}\n    Password:     ${credentials.password} (any other is refused, to try a wrong one)`
        : '    User name / password: leave empty',
      '    From address: any address, e.g. fluxo@example.com',
      credentials
        ? '  It checks passwords (SANDBOX_SMTP_USER and SANDBOX_SMTP_PASSWORD are set).'
        : '  To make it check passwords (and try a wrong one), start it with\n' +
          '    SANDBOX_SMTP_USER=demo SANDBOX_SMTP_PASSWORD=secret npm run sandboxes',
      '  Nothing leaves this machine: every message is kept here.',
    ].join('\n');
  }

  get port(): number {
    return this.listening.port;
  }

  /** Every accepted message, oldest first (a copy). */
  messages(): ReceivedEmail[] {
    return [...this.received];
  }

  /**
   * Resolves with the first message (already received or arriving) that matches. The wait is
   * long because only a failing test waits it out: a browser walk on a busy 2-core machine once
   * took more than 5 s from a form post to its e-mail.
   */
  waitForMessage(
    predicate: (message: ReceivedEmail) => boolean = () => true,
    timeoutMs = 15_000,
  ): Promise<ReceivedEmail> {
    const existing = this.received.find(predicate);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const onMessage = (message: ReceivedEmail) => {
        if (!predicate(message)) return;
        clearTimeout(timer);
        this.events.off('message', onMessage);
        resolve(message);
      };
      const timer = setTimeout(() => {
        this.events.off('message', onMessage);
        reject(new Error(`No matching e-mail reached the SMTP sandbox within ${timeoutMs} ms`));
      }, timeoutMs);
      this.events.on('message', onMessage);
    });
  }

  /** Calls `listener` with each message as it is accepted; answers a function that stops it. */
  onMessage(listener: (message: ReceivedEmail) => void): () => void {
    this.events.on('message', listener);
    return () => this.events.off('message', listener);
  }

  /** The most SMTP sessions that were open at once since the start (or the last clear). */
  get peakSessions(): number {
    return this.peakOpenSessions;
  }

  clear(): void {
    this.received.length = 0;
    this.peakOpenSessions = this.openSessions;
  }

  /** Makes RCPT TO fail the way real servers do, to exercise retry classification. */
  setFault(mode: SmtpFaultMode): void {
    if (!SMTP_FAULT_MODES.includes(mode)) throw new Error(`Unknown SMTP fault mode "${mode}"`);
    this.fault = mode;
  }

  get faultMode(): SmtpFaultMode {
    return this.fault;
  }

  async stop(): Promise<void> {
    this.events.removeAllListeners();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private rcptFault(address: string): Error | null {
    switch (this.fault) {
      case 'reject-permanent':
        // Postfix's wording for an unknown mailbox.
        return new SmtpReplyError(
          550,
          `5.1.1 <${address}>: Recipient address rejected: User unknown in local recipient table`,
        );
      case 'reject-transient':
        // Greylisting: the most common temporary refusal a sender meets.
        return new SmtpReplyError(
          451,
          `4.7.1 <${address}>: Recipient address rejected: Greylisted, please try again later`,
        );
      default:
        return null;
    }
  }

  private record(message: ReceivedEmail): void {
    this.received.push(message);
    this.events.emit('message', message);
  }
}
