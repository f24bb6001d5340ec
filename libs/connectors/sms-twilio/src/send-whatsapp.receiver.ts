import {
  type ConnectorContext,
  type DeliveryResult,
  PermanentDeliveryError,
  defineFields,
  defineReceiver,
  phrase,
} from '@fluxo/connector-sdk';
import { createTwilioClient, readTwilioAccountOrThrow, type TwilioAccount } from './client';
import { normalisePhoneNumber, PHONE_FORMAT_EXAMPLE } from './phone-number';
import { twilioStatusCallback } from './status-callback';
import { classifyTwilioError } from './twilio-errors';

export const sendWhatsAppFields = defineFields([
  {
    key: 'to',
    label: 'To',
    type: 'phone',
    required: true,
    placeholder: PHONE_FORMAT_EXAMPLE,
    help: 'The WhatsApp number of the customer. Numbers without a country code go to the default country of the Twilio account.',
  },
  {
    key: 'kind',
    label: 'Message',
    type: 'select',
    required: true,
    default: 'template',
    options: [
      { value: 'template', label: 'Approved template' },
      { value: 'session', label: 'Free text (within 24 hours of their last message)' },
    ],
    help: 'WhatsApp lets a business start a conversation only with a template Meta approved. Free text reaches only a customer who wrote to you in the last 24 hours.',
  },
  {
    key: 'contentSid',
    label: 'Template (Content SID)',
    type: 'text',
    // Required while shown: a template message cannot go without it, so "Ready" waits for it.
    required: true,
    placeholder: 'HX…',
    showWhen: { field: 'kind', equals: ['template', ''] },
    help: 'In the Twilio Console: Messaging › Content Template Builder, the SID of an approved template (HX…).',
  },
  {
    key: 'contentVariables',
    label: 'Template variables',
    type: 'textarea',
    required: false,
    placeholder: '1: {{ customer.first_name }}\n2: {{ product.name }}',
    showWhen: { field: 'kind', equals: ['template', ''] },
    help: 'One per line, as "number: value", for the {{1}}, {{2}} … of the template.',
  },
  {
    key: 'body',
    label: 'Text',
    type: 'textarea',
    required: true,
    showWhen: { field: 'kind', equals: ['session'] },
    help: 'Up to 1600 characters.',
  },
  {
    key: 'from',
    label: 'From WhatsApp number',
    type: 'phone',
    required: false,
    placeholder: '+15005550006',
    help: 'Your WhatsApp sender in Twilio, in international format; the account’s default sender when empty.',
  },
]);

/** What a WhatsApp message needs that the fields did not give, as phrases the editor words. */
export const WHATSAPP_PHRASES = {
  noRecipient: 'Enter the WhatsApp number to send to',
  badRecipient: '"{number}" is not a phone number in international format, e.g. {example}',
  noSender:
    'Choose the WhatsApp number that sends: "From WhatsApp number" or the account’s default sender',
  badSender: 'The sender "{number}" is not a phone number in international format, e.g. {example}',
  noTemplate: 'Enter the Content SID of an approved template (HX…)',
  badTemplate: '"{sid}" is not a Content SID: it starts with HX followed by 32 letters and digits',
  badVariable: 'Template variables, line {line}: write it as "number: value", like "1: Ana"',
  noText: 'Write the text of the message',
} as const;

const CONTENT_SID = /^HX[0-9a-fA-F]{32}$/;
const VARIABLE_LINE = /^\s*(\d{1,2})\s*[:=]\s*(.*)$/;

/** One WhatsApp message, checked and written the way Twilio expects it. */
export interface WhatsAppRequest {
  to: string;
  from: string;
  contentSid?: string;
  contentVariables?: string;
  body?: string;
}

const valueOf = (source: Record<string, unknown>, key: string): string => {
  const value = source[key];
  return value === undefined || value === null || Array.isArray(value) ? '' : String(value).trim();
};

function numberOrThrow(raw: string, account: TwilioAccount, sentence: string): string {
  const number = normalisePhoneNumber(raw, account.defaultCountry || undefined);
  if (!number) {
    throw new PermanentDeliveryError(
      phrase(sentence, { number: raw, example: PHONE_FORMAT_EXAMPLE }),
    );
  }
  return `whatsapp:${number}`;
}

/** `1: Ana` lines → Twilio's ContentVariables JSON (`{"1":"Ana"}`). */
export function contentVariablesOrThrow(text: string): string | undefined {
  const variables: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    if (!line.trim()) continue;
    const match = VARIABLE_LINE.exec(line);
    if (!match) {
      throw new PermanentDeliveryError(phrase(WHATSAPP_PHRASES.badVariable, { line: index + 1 }));
    }
    variables[String(Number(match[1]))] = match[2].trim();
  }
  return Object.keys(variables).length ? JSON.stringify(variables) : undefined;
}

/** Builds the message from the mapped fields; the account's default sender when none. */
export function buildWhatsAppOrThrow(
  payload: Record<string, unknown>,
  account: TwilioAccount,
): WhatsAppRequest {
  const rawTo = valueOf(payload, 'to');
  if (!rawTo) throw new PermanentDeliveryError(WHATSAPP_PHRASES.noRecipient);
  const to = numberOrThrow(rawTo, account, WHATSAPP_PHRASES.badRecipient);
  const rawFrom = valueOf(payload, 'from') || account.defaultFrom;
  if (!rawFrom) throw new PermanentDeliveryError(WHATSAPP_PHRASES.noSender);
  const from = numberOrThrow(rawFrom, account, WHATSAPP_PHRASES.badSender);
  if (valueOf(payload, 'kind') === 'session') {
    const body = valueOf(payload, 'body');
    if (!body) throw new PermanentDeliveryError(WHATSAPP_PHRASES.noText);
    return { to, from, body };
  }
  const contentSid = valueOf(payload, 'contentSid');
  if (!contentSid) throw new PermanentDeliveryError(WHATSAPP_PHRASES.noTemplate);
  if (!CONTENT_SID.test(contentSid)) {
    throw new PermanentDeliveryError(phrase(WHATSAPP_PHRASES.badTemplate, { sid: contentSid }));
  }
  const contentVariables = contentVariablesOrThrow(valueOf(payload, 'contentVariables'));
  return { to, from, contentSid, ...(contentVariables ? { contentVariables } : {}) };
}

/** Sends one WhatsApp message with the real twilio SDK; the host retries what is transient. */
export async function sendWhatsApp(
  message: WhatsAppRequest,
  account: TwilioAccount,
  ctx: Pick<ConnectorContext, 'network' | 'signal' | 'idempotencyKey' | 'statusCallbackUrl'>,
): Promise<DeliveryResult> {
  const client = await createTwilioClient(account, ctx);
  try {
    const sent = await client.messages.create({
      to: message.to,
      from: message.from,
      ...(message.body ? { body: message.body } : {}),
      ...(message.contentSid ? { contentSid: message.contentSid } : {}),
      ...(message.contentVariables ? { contentVariables: message.contentVariables } : {}),
      ...(ctx.statusCallbackUrl ? { statusCallback: ctx.statusCallbackUrl } : {}),
    });
    return { response: { sid: sent.sid, status: sent.status, to: sent.to, from: sent.from } };
  } catch (error) {
    throw classifyTwilioError(error, {
      to: message.to,
      from: message.from,
      usesApiKey: account.usesApiKey,
    });
  }
}

export const sendWhatsAppReceiver = defineReceiver({
  key: 'send-whatsapp',
  recipientField: 'to',
  outputs: [
    { key: 'sid', label: 'Message SID', example: 'SM0123456789abcdef0123456789abcdef' },
    { key: 'status', label: 'Status', example: 'queued' },
  ],
  name: 'Send WhatsApp message',
  description:
    'Sends a WhatsApp message through your Twilio account (an approved template, or free text within 24 hours of the customer’s last message) and follows whether it was delivered.',
  fields: sendWhatsAppFields,
  deliver: async (payload, ctx) => {
    const account = readTwilioAccountOrThrow(ctx.credentials);
    return sendWhatsApp(buildWhatsAppOrThrow(payload, account), account, ctx);
  },
  statusCallback: twilioStatusCallback,
});
