import { defineConnector } from '@fluxo/connector-sdk';
import { PORTMONE_CHECK_PHRASES, portmoneAuth } from './auth';
import { PORTMONE_ERROR_PHRASES } from './portmone-errors';
import { invoiceStatusChangedSource } from './invoice-status-changed.source';
import { portmoneLogoSvg } from './logo';
import { sendInvoiceEmailReceiver, sendInvoiceSmsReceiver } from './send-invoice.receiver';
import { portmoneTranslations } from './translations';

export const portmoneConnector = defineConnector({
  key: 'portmone',
  name: 'Portmone',
  description:
    'Bill your customers through Portmone: send payment links by e-mail or SMS and react when they pay.',
  group: 'payment-gateways',
  logoSvg: portmoneLogoSvg,
  auth: portmoneAuth,
  sources: [invoiceStatusChangedSource],
  receivers: [sendInvoiceEmailReceiver, sendInvoiceSmsReceiver],
  translations: portmoneTranslations,
  phrases: [...Object.values(PORTMONE_CHECK_PHRASES), ...PORTMONE_ERROR_PHRASES],
});

export { checkPortmoneAccount, portmoneAuthFields } from './auth';
export { billStatusWord } from './bill-status';
export type { BillStatusWord } from './bill-status';
export {
  gatewayUrlFor,
  linkPaymentSignature,
  PORTMONE_API_BASE_URL,
  PortmoneBusinessError,
  readAccount,
} from './client';
export type { PortmoneAccount, PortmoneBillRecord } from './client';
export { generatedOrderNumber, parseAmount, parseExpiry } from './invoice-input';
export { invoiceStatusChangedSource, pollInvoiceStatuses } from './invoice-status-changed.source';
export type { InvoiceStatusCursor } from './invoice-status-changed.source';
export { describePortmoneError, PORTMONE_ERROR_CODES } from './portmone-errors';
export { sendInvoiceEmailFields, sendInvoiceSmsFields } from './send-invoice.fields';
export {
  createLinkPaymentBody,
  sendInvoiceEmailReceiver,
  sendInvoiceSmsReceiver,
} from './send-invoice.receiver';
