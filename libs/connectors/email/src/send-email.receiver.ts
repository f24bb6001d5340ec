import {
  type ConnectorContext,
  type DeliveryResult,
  PermanentDeliveryError,
  defineFields,
  defineReceiver,
} from '@fluxo/connector-sdk';
import type { SendMailOptions } from 'nodemailer';
import { readSmtpSettings, resolveConnectAddress } from './client';
import { smtpTransportPool } from './transport-pool';
import { classifySendError } from './smtp-errors';

export const sendEmailFields = defineFields([
  {
    key: 'to',
    label: 'To',
    type: 'email',
    required: true,
    help: 'One address, or several separated by commas.',
  },
  { key: 'cc', label: 'Cc', type: 'email', required: false },
  { key: 'bcc', label: 'Bcc', type: 'email', required: false },
  { key: 'replyTo', label: 'Reply to', type: 'email', required: false },
  { key: 'subject', label: 'Subject', type: 'text', required: true },
  { key: 'text', label: 'Text body', type: 'textarea', required: false },
  {
    key: 'html',
    label: 'HTML body',
    type: 'textarea',
    required: false,
    help: 'Optional. When both bodies are filled in, mail apps show the HTML one.',
  },
]);

const field = (payload: Record<string, unknown>, key: string): string => {
  const value = payload[key];
  return value === undefined || value === null ? '' : String(value).trim();
};

/** Builds the message; empty optional fields are left out rather than sent as blank headers. */
export function buildMailOptions(
  payload: Record<string, unknown>,
  from: { address: string; name: string },
): SendMailOptions {
  const text = field(payload, 'text');
  const html = field(payload, 'html');
  if (!text && !html) throw new PermanentDeliveryError('Write a text or HTML body');
  const to = field(payload, 'to');
  if (!to) throw new PermanentDeliveryError('To is required');
  if (!from.address) {
    throw new PermanentDeliveryError('Add a From address to the e-mail account');
  }

  const optional: Array<[keyof SendMailOptions, string]> = [
    ['cc', field(payload, 'cc')],
    ['bcc', field(payload, 'bcc')],
    ['replyTo', field(payload, 'replyTo')],
    ['text', text],
    ['html', html],
  ];
  return {
    // The object form lets nodemailer quote names with commas or non-ASCII letters.
    from: from.name ? { name: from.name, address: from.address } : from.address,
    to,
    subject: field(payload, 'subject'),
    ...Object.fromEntries(optional.filter(([, value]) => value !== '')),
  };
}

export async function sendEmail(
  payload: Record<string, unknown>,
  ctx: ConnectorContext,
): Promise<DeliveryResult> {
  const settings = readSmtpSettings(ctx.credentials);
  const mail = buildMailOptions(payload, {
    address: settings.fromAddress,
    name: settings.fromName,
  });
  // A refused host is a BlockedHostError: permanent, and not an SMTP error to classify.
  const address = await resolveConnectAddress(settings, ctx.network);
  const transport = await smtpTransportPool.acquire(settings, address);
  try {
    const info = await transport.sendMail({
      ...mail,
      // The same delivery always carries the same Message-ID, so a resend after a crash is
      // recognisable as a duplicate by the receiving side.
      ...(ctx.idempotencyKey ? { messageId: `<${ctx.idempotencyKey}@fluxo.delivery>` } : {}),
      signal: ctx.signal,
    });
    return {
      response: {
        messageId: info.messageId,
        accepted: info.accepted,
        rejected: info.rejected,
        smtpResponse: info.response,
      },
    };
  } catch (error) {
    // A refused recipient leaves the session usable; anything else may not.
    if (!isRecipientRefusal(error)) smtpTransportPool.discard(settings, address);
    throw classifySendError(error, settings);
  }
}

export const sendEmailReceiver = defineReceiver({
  key: 'send-email',
  name: 'Send e-mail',
  description: 'Sends an e-mail through your own SMTP server.',
  fields: sendEmailFields,
  // buildMailOptions refuses a message with neither body; declared, the editor says so first.
  fieldRules: [{ type: 'oneOf', fields: ['text', 'html'] }],
  recipientField: 'to',
  outputs: [
    { key: 'messageId', label: 'Message-ID', example: '<3f1c9a2e@fluxo.delivery>' },
    { key: 'smtpResponse', label: 'Server answer', example: '250 2.0.0 OK queued' },
  ],
  deliver: sendEmail,
});

function isRecipientRefusal(error: unknown): boolean {
  const { command, responseCode } = error as { command?: string; responseCode?: number };
  return command === 'RCPT TO' && typeof responseCode === 'number';
}
