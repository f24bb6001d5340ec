import { defineConnector } from '@fluxo/connector-sdk';
import { twilioAuth, TWILIO_CHECK_PHRASES } from './auth';
import { smsTwilioLogoSvg } from './logo';
import { twilioMessenger } from './messenger';
import { sendSmsReceiver } from './send-sms.receiver';
import { TWILIO_ERROR_PHRASES } from './twilio-errors';
import { sendWhatsAppReceiver, WHATSAPP_PHRASES } from './send-whatsapp.receiver';
import { smsTwilioTranslations } from './translations';

export const smsTwilioConnector = defineConnector({
  key: 'sms-twilio',
  name: 'SMS (Twilio)',
  description:
    'Send text messages from your Twilio number or Messaging Service and see whether they arrived.',
  group: 'messaging',
  logoSvg: smsTwilioLogoSvg,
  auth: twilioAuth,
  sources: [],
  receivers: [sendSmsReceiver, sendWhatsAppReceiver],
  messenger: twilioMessenger,
  translations: smsTwilioTranslations,
  phrases: [
    ...Object.values(TWILIO_CHECK_PHRASES),
    ...TWILIO_ERROR_PHRASES,
    ...Object.values(WHATSAPP_PHRASES),
  ],
});

export { checkTwilioAccount, twilioAuthFields } from './auth';
export { createTwilioClient, readTwilioAccountOrThrow, TWILIO_API_BASE_URL } from './client';
export type { TwilioAccount } from './client';
export { twilioMessenger } from './messenger';
export {
  CALLING_COUNTRIES,
  callingCountryOptions,
  E164_PATTERN,
  normalisePhoneNumber,
} from './phone-number';
export { buildSmsOrThrow, sendSms, sendSmsFields, sendSmsReceiver } from './send-sms.receiver';
export type { SmsRequest } from './send-sms.receiver';
export {
  describeDeliveryError,
  isValidTwilioSignature,
  twilioStatusCallback,
} from './status-callback';
export { classifyTwilioError } from './twilio-errors';
export {
  buildWhatsAppOrThrow,
  contentVariablesOrThrow,
  sendWhatsAppReceiver,
} from './send-whatsapp.receiver';
