import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

export interface SunkEmail {
  subject: string;
  receivedAt: string;
}

type ChildReport = { type: 'ready'; port: number } | ({ type: 'message' } & SunkEmail);

/**
 * The e-mail scenario's receiving mail server (smtp-sink.child.ts), in a child process of its
 * own, as a real mail server would be. In the bench's own process it shared one event loop
 * with the load generator: at 1,000 POSTs/s that loop was busy, every SMTP reply waited for
 * it, and Fluxo's deliveries looked stalled while the POSTs went out.
 */
export class SmtpSink {
  private received: SunkEmail[] = [];

  private constructor(
    private readonly child: ChildProcess,
    readonly port: number,
  ) {
    child.on('message', (report: ChildReport) => {
      if (report.type === 'message') {
        this.received.push({ subject: report.subject, receivedAt: report.receivedAt });
      }
    });
  }

  static async start(options: { holdMs: number }): Promise<SmtpSink> {
    // fork() keeps this process's execArgv, so the child runs TypeScript through tsx too.
    const child = fork(resolve(__dirname, 'smtp-sink.child.ts'), {
      env: { ...process.env, SMTP_SINK_HOLD_MS: String(options.holdMs) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ready = new Promise<number>((done, fail) => {
      child.on('message', (report: ChildReport) => {
        if (report.type === 'ready') done(report.port);
      });
      child.once('exit', (code) =>
        fail(new Error(`the SMTP sink exited (${code}) before it listened`)),
      );
    });
    return new SmtpSink(child, await ready);
  }

  /** Every accepted message so far, oldest first (a copy). */
  messages(): SunkEmail[] {
    return [...this.received];
  }

  /** Forgets the messages counted so far (the child keeps none). */
  clear(): void {
    this.received = [];
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    const exited = once(this.child, 'exit');
    this.child.send({ type: 'stop' });
    await exited;
  }
}
