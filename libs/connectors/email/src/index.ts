import { defineConnector } from '@fluxo/connector-sdk';
import { emailAuth } from './auth';
import { emailLogoSvg } from './logo';
import { sendEmailReceiver } from './send-email.receiver';

export const emailConnector = defineConnector({
  key: 'email',
  name: 'E-mail (SMTP)',
  description: 'Send e-mails through any SMTP server: your provider, Gmail, or your own.',
  group: 'email',
  logoSvg: emailLogoSvg,
  auth: emailAuth,
  sources: [],
  receivers: [sendEmailReceiver],
});

export { checkSmtpAccount, emailAuthFields } from './auth';
export { readSmtpSettings, smtpTransportOptions, SMTP_TIMEOUT_MS } from './client';
export type { SmtpSecurity, SmtpSettings } from './client';
export { buildMailOptions, sendEmailFields, sendEmailReceiver } from './send-email.receiver';
export { classifySendError, describeConnectionError } from './smtp-errors';
