import { spawn } from 'node:child_process';
import { waitUntil } from '../lib/fluxo-server';
import type { SmtpSink } from '../lib/smtp-sink';

export interface SmtpCeiling {
  mails: number;
  /** Mails accepted by the sink per second, nodemailer alone sending as fast as it can. */
  mailsPerSecond: number;
}

const SUBJECT_PREFIX = 'ceiling ';

/**
 * The receiver's speed on this machine: nodemailer alone, in a process of its own (as Fluxo's
 * API is), with the pool Fluxo gives an e-mail account (`connections` at once, 100 messages per
 * connection), hands `mails` e-mails like Fluxo's to the same SMTP sink, all queued at once.
 * What it reaches is what "sent at the receiver's speed" means here: Fluxo's send rate is
 * printed as a share of it, so figures from different machines compare.
 */
export async function measureSmtpCeiling(
  smtp: SmtpSink,
  connections: number,
  mails: number,
): Promise<SmtpCeiling> {
  smtp.clear();
  const script = `
    const transport = require(${JSON.stringify(require.resolve('nodemailer'))}).createTransport({
      host: '127.0.0.1', port: ${smtp.port}, secure: false, ignoreTLS: true,
      pool: true, maxConnections: ${connections}, maxMessages: 100 });
    const sends = [];
    for (let n = 0; n < ${mails}; n++) {
      sends.push(transport.sendMail({ from: 'shop@example.com', to: 'w-' + n + '@example.com',
        subject: ${JSON.stringify(SUBJECT_PREFIX)} + n, text: 'Pay today' }));
    }
    Promise.all(sends).then(() => { transport.close(); }, (error) => {
      console.error(error); process.exit(1); });`;
  const child = spawn(process.execPath, ['-e', script], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const code = await new Promise<number | null>((done, fail) => {
    child.once('error', fail);
    child.once('exit', done);
  });
  if (code !== 0) throw new Error(`the SMTP ceiling's sender exited (${code})`);
  const arrivals = () =>
    smtp
      .messages()
      .filter((m) => m.subject.startsWith(SUBJECT_PREFIX))
      .map((m) => Date.parse(m.receivedAt));
  // The sink reports each message over IPC; the last reports may trail the sender's exit.
  await waitUntil(() => arrivals().length >= mails, 10_000, 100);
  const times = arrivals();
  smtp.clear();
  if (times.length < mails) {
    throw new Error(`the SMTP ceiling's sink counted ${times.length} of ${mails} e-mails`);
  }
  // From the first arrival to the last: the sender's start-up is not the receiver's speed.
  const first = times.reduce((a, b) => Math.min(a, b));
  const last = times.reduce((a, b) => Math.max(a, b));
  const spanSeconds = (last - first) / 1000;
  return { mails, mailsPerSecond: (mails - 1) / Math.max(0.001, spanSeconds) };
}
