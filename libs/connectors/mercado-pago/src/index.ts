import { defineConnector } from '@fluxo/connector-sdk';
import { mercadoPagoAuth, MERCADO_PAGO_CHECK_PHRASES } from './auth';
import { mercadoPagoLogoSvg } from './logo';
import { notificationsSource } from './notifications.source';
import { paymentsPolledSource } from './payments-polled.source';
import { mercadoPagoTranslations } from './translations';

export const mercadoPagoConnector = defineConnector({
  key: 'mercado-pago',
  name: 'Mercado Pago',
  description:
    'Start a connection when Mercado Pago notifies a payment or a subscription event, with the ' +
    "payment's amount, payer and items.",
  group: 'payment-gateways',
  logoSvg: mercadoPagoLogoSvg,
  auth: mercadoPagoAuth,
  sources: [notificationsSource, paymentsPolledSource],
  receivers: [],
  translations: mercadoPagoTranslations,
  phrases: Object.values(MERCADO_PAGO_CHECK_PHRASES),
});

export { checkMercadoPagoAccount, mercadoPagoAuthFields } from './auth';
export { getMercadoPagoResource, MERCADO_PAGO_API_BASE_URL, mercadoPagoBaseUrl } from './client';
export {
  hydrateNotification,
  MERCADO_PAGO_EVENTS,
  notificationsSource,
  parseNotification,
  paymentEvent,
} from './notifications.source';
export type { MercadoPagoEvent, MercadoPagoNotification } from './notifications.source';
export {
  SIGNATURE_TOLERANCE_SECONDS,
  signatureManifest,
  verifyMercadoPagoSignature,
} from './signature';
export { paymentsPolledSource, pollPayments } from './payments-polled.source';
