import {
  type ConnectorContext,
  type DeliveryResult,
  PermanentDeliveryError,
  defineFields,
  defineReceiver,
} from '@fluxo/connector-sdk';
import type { StepSettings } from '@fluxo/contracts';
import { createTwilioClient, readTwilioAccountOrThrow, type TwilioAccount } from './client';
import { isShortCodeOrSenderId, normalisePhoneNumber, PHONE_FORMAT_EXAMPLE } from './phone-number';
import { twilioStatusCallback } from './status-callback';
import { classifyTwilioError } from './twilio-errors';

export const sendSmsFields = defineFields([
  {
    key: 'to',
    label: 'To',
    type: 'phone',
    required: true,
    placeholder: PHONE_FORMAT_EXAMPLE,
    help: 'The mobile number to text. Numbers without a country code go to the default country of the Twilio account.',
  },
  {
    key: 'body',
    label: 'Message',
    type: 'textarea',
    required: true,
    help: 'Up to 1600 characters. Long texts, and texts with emoji or some accented letters, are sent (and billed) as several SMS.',
  },
  {
    key: 'from',
    label: 'From number',
    type: 'phone',
    required: false,
    placeholder: '+15005550006',
    help: 'Your Twilio number, in international format',
  },
  {
    key: 'messagingServiceSid',
    label: 'Messaging Service',
    type: 'text',
    required: false,
    placeholder: 'MG…',
    help: 'Or a Messaging Service SID (MG…)',
  },
]);

const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;

/** One SMS, checked and written the way Twilio expects it. */
export interface SmsRequest {
  to: string;
  body: string;
  from?: string;
  messagingServiceSid?: string;
}

const valueOf = (source: Record<string, unknown>, key: string): string => {
  const value = source[key];
  return value === undefined || value === null || Array.isArray(value) ? '' : String(value).trim();
};

function recipientOrThrow(raw: string, account: TwilioAccount): string {
  if (!raw) throw new PermanentDeliveryError('Enter the phone number to send the SMS to');
  const number = normalisePhoneNumber(raw, account.defaultCountry || undefined);
  if (number) return number;
  const hint =
    !account.defaultCountry && !/^\s*(\+|00)/.test(raw)
      ? ' (or choose a default country in the Twilio account)'
      : '';
  throw new PermanentDeliveryError(
    `"${raw}" is not a phone number in international format, e.g. ${PHONE_FORMAT_EXAMPLE}${hint}`,
  );
}

function senderOrThrow(raw: string, account: TwilioAccount): string {
  const number = normalisePhoneNumber(raw, account.defaultCountry || undefined);
  if (number) return number;
  // Twilio also sends from short codes and, in some countries, from a name (alphanumeric ID).
  if (isShortCodeOrSenderId(raw)) return raw;
  throw new PermanentDeliveryError(
    `The sender "${raw}" is not a phone number in international format, e.g. ${PHONE_FORMAT_EXAMPLE}`,
  );
}

/**
 * Builds the SMS from the mapped fields. The sender comes from the step (its mapping, then its
 * settings); only when the step names none do the account's default sender fields apply.
 */
export function buildSmsOrThrow(
  payload: Record<string, unknown>,
  settings: StepSettings,
  account: TwilioAccount,
): SmsRequest {
  const body = valueOf(payload, 'body');
  if (!body) throw new PermanentDeliveryError('Write the text of the SMS');
  const to = recipientOrThrow(valueOf(payload, 'to'), account);

  const stepFrom = valueOf(payload, 'from') || valueOf(settings, 'from');
  const stepService =
    valueOf(payload, 'messagingServiceSid') || valueOf(settings, 'messagingServiceSid');
  const stepNamesSender = Boolean(stepFrom || stepService);
  const from = stepNamesSender ? stepFrom : account.defaultFrom;
  const service = stepNamesSender ? stepService : account.defaultMessagingServiceSid;
  if (!from && !service) {
    throw new PermanentDeliveryError(
      'Choose who sends the SMS: enter your Twilio number in "From number" or a Messaging Service SID (MG…)',
    );
  }
  if (service && !MESSAGING_SERVICE_SID.test(service)) {
    throw new PermanentDeliveryError(
      `"${service}" is not a Messaging Service SID: it starts with MG followed by 32 letters and digits`,
    );
  }
  return {
    to,
    body,
    ...(from ? { from: senderOrThrow(from, account) } : {}),
    ...(service ? { messagingServiceSid: service } : {}),
  };
}

/** Sends one SMS with the real twilio SDK; the host retries what is transient. */
export async function sendSms(
  sms: SmsRequest,
  account: TwilioAccount,
  ctx: Pick<ConnectorContext, 'network' | 'signal' | 'idempotencyKey' | 'statusCallbackUrl'>,
): Promise<DeliveryResult> {
  const client = await createTwilioClient(account, ctx);
  try {
    const message = await client.messages.create({
      to: sms.to,
      body: sms.body,
      ...(sms.from ? { from: sms.from } : {}),
      ...(sms.messagingServiceSid ? { messagingServiceSid: sms.messagingServiceSid } : {}),
      ...(ctx.statusCallbackUrl ? { statusCallback: ctx.statusCallbackUrl } : {}),
    });
    const segments = Number(message.numSegments);
    return {
      response: {
        sid: message.sid,
        status: message.status,
        to: message.to,
        ...(message.from ? { from: message.from } : {}),
        ...(message.messagingServiceSid
          ? { messagingServiceSid: message.messagingServiceSid }
          : {}),
        ...(Number.isInteger(segments) && segments > 0 ? { segments } : {}),
      },
    };
  } catch (error) {
    throw classifyTwilioError(error, {
      to: sms.to,
      from: sms.from,
      messagingServiceSid: sms.messagingServiceSid,
      usesApiKey: account.usesApiKey,
    });
  }
}

export const sendSmsReceiver = defineReceiver({
  key: 'send-sms',
  recipientField: 'to',
  outputs: [
    { key: 'sid', label: 'Message SID', example: 'SM0123456789abcdef0123456789abcdef' },
    { key: 'status', label: 'Status', example: 'queued' },
  ],
  name: 'Send SMS',
  description:
    'Texts a phone number through your Twilio account and follows whether it was delivered.',
  fields: sendSmsFields,
  deliver: async (payload, ctx) => {
    const account = readTwilioAccountOrThrow(ctx.credentials);
    return sendSms(buildSmsOrThrow(payload, ctx.settings, account), account, ctx);
  },
  statusCallback: twilioStatusCallback,
});
