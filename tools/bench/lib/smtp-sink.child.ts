import { SmtpSandbox } from '@fluxo/sandboxes';

/**
 * The bench's SMTP server in a process of its own (see smtp-sink.ts): reports each accepted
 * message's subject and arrival time to its parent.
 */
async function main(): Promise<void> {
  const holdMs = Number(process.env.SMTP_SINK_HOLD_MS ?? 0);
  const smtp = await SmtpSandbox.start({ host: '127.0.0.1', port: 0, holdMs });
  smtp.onMessage((message) => {
    process.send?.({ type: 'message', subject: message.subject, receivedAt: message.receivedAt });
  });
  process.on('message', (command: { type: string }) => {
    if (command.type === 'clear') smtp.clear();
    if (command.type === 'stop') void smtp.stop().finally(() => process.exit(0));
  });
  process.send?.({ type: 'ready', port: smtp.port });
}

void main();
