import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/**
 * The bench's SMTP server in a process of its own (see smtp-sink.ts): a real SMTP server
 * (smtp-server, as the SMTP sandbox) that reports each accepted message's subject and arrival
 * time to its parent and keeps nothing.
 *
 * It reads only the Subject header. Parsing every message whole with mailparser, as the
 * sandbox does for tests, took 42 % of a core at 333 messages a second on a 2-core box: on
 * the same cores as Fluxo, the sink was slowing what it measured.
 */
function subjectOf(message: Buffer): string {
  const end = message.indexOf('\r\n\r\n');
  const head = message.toString('utf8', 0, end < 0 ? message.length : end);
  const match = /^subject:[ \t]*(.*(?:\r\n[ \t].*)*)/im.exec(head);
  if (!match) return '';
  // Long subjects are folded over lines. The bench's subjects are ASCII, which nodemailer
  // sends as they are (it encodes only other characters, as =?UTF-8?…?= words).
  return match[1].replace(/\r\n[ \t]/g, ' ');
}

async function main(): Promise<void> {
  const holdMs = Number(process.env.SMTP_SINK_HOLD_MS ?? 0);
  const server = new SMTPServer({
    logger: false,
    closeTimeout: 500,
    disabledCommands: ['STARTTLS', 'AUTH'],
    authOptional: true,
    size: 25 * 1024 * 1024,
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const subject = subjectOf(Buffer.concat(chunks));
        // Arrived once accepted, as the sandbox counts it: a held message after its hold.
        const accept = () => {
          process.send?.({ type: 'message', subject, receivedAt: new Date().toISOString() });
          callback(null, 'Message queued as sink');
        };
        if (holdMs > 0) setTimeout(accept, holdMs);
        else accept();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.on('message', (command: { type: string }) => {
    if (command.type === 'stop') server.close(() => process.exit(0));
  });
  process.send?.({ type: 'ready', port: (server.server.address() as AddressInfo).port });
}

void main();
