import type { Messenger } from '@fluxo/connector-sdk';
import { sendEmail } from './send-email.receiver';

/**
 * Lets other connectors (Portmone's invoice link) send an e-mail through a workspace's SMTP
 * account. It is the "Send e-mail" receiver with a fixed set of fields, so the pooled
 * transport, the Message-ID from the idempotency key and the error sorting are the same.
 */
export const emailMessenger: Messenger = {
  channel: 'email',
  send: (message, ctx) =>
    sendEmail(
      {
        to: message.to,
        subject: message.subject ?? '',
        text: message.text,
        html: message.html ?? '',
      },
      ctx,
    ),
};
