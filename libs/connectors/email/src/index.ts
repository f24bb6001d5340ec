import { defineConnector } from '@fluxo/connector-sdk';
import { emailAuth } from './auth';
import { emailMessenger } from './email.messenger';
import { emailLogoSvg } from './logo';
import { sendEmailReceiver } from './send-email.receiver';
import { SMTP_PHRASES } from './smtp-errors';
import { emailTranslations } from './translations';

export const emailConnector = defineConnector({
  key: 'email',
  name: 'E-mail (SMTP)',
  description: 'Send e-mails through any SMTP server: your provider, Gmail, or your own.',
  group: 'email',
  logoSvg: emailLogoSvg,
  auth: emailAuth,
  sources: [],
  receivers: [sendEmailReceiver],
  messenger: emailMessenger,
  translations: emailTranslations,
  phrases: Object.values(SMTP_PHRASES),
});

export { checkSmtpAccount, emailAuthFields } from './auth';
export { emailMessenger } from './email.messenger';
export {
  readSmtpSettings,
  smtpCredentialsFromUrl,
  smtpTransportOptions,
  SMTP_TIMEOUT_MS,
} from './client';
export type { SmtpSecurity, SmtpSettings } from './client';
export { buildMailOptions, sendEmailFields, sendEmailReceiver } from './send-email.receiver';
export { classifySendError, describeConnectionError } from './smtp-errors';
