import { defineConnector } from '@fluxo/connector-sdk';
import { paghiperAuth, PAGHIPER_CHECK_PHRASES } from './auth';
import { paghiperLogoSvg } from './logo';
import { paymentNotificationSource } from './payment-notification.source';
import { PAGHIPER_POLL_PHRASES, paymentStatusChangedSource } from './payment-status-changed.source';
import { paghiperTranslations } from './translations';

export const paghiperConnector = defineConnector({
  key: 'paghiper',
  name: 'PagHiper',
  description:
    'Start a connection when a PagHiper boleto or PIX charge changes status (paid, cancelled, ' +
    'refunded, …), with the payer, amounts and boleto or PIX data.',
  group: 'payment-gateways',
  logoSvg: paghiperLogoSvg,
  auth: paghiperAuth,
  sources: [paymentStatusChangedSource, paymentNotificationSource],
  receivers: [],
  translations: paghiperTranslations,
  phrases: [...Object.values(PAGHIPER_CHECK_PHRASES), ...Object.values(PAGHIPER_POLL_PHRASES)],
});

export { checkPagHiperAccount, paghiperAuthFields } from './auth';
export {
  callPagHiper,
  PAGHIPER_API_BASE_URL,
  PAGHIPER_PIX_API_BASE_URL,
  PagHiperRejectedError,
  paghiperUrl,
} from './client';
export type { PagHiperKind } from './client';
export {
  hydratePagHiperNotification,
  parsePagHiperNotification,
  paymentNotificationSource,
  verifyPagHiperNotification,
} from './payment-notification.source';
export {
  brasiliaDay,
  LIST_WINDOW_DAYS,
  paymentStatusChangedSource,
  pollPaymentStatus,
} from './payment-status-changed.source';
export type { PagHiperCursor } from './payment-status-changed.source';
export { PAGHIPER_STATUSES, paghiperDateToIso, transactionVariables } from './transaction';
