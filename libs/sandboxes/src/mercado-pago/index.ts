export { MercadoPagoSandbox, signMercadoPagoManifest } from './mercado-pago-sandbox';
export type {
  MercadoPagoDeliveryAttempt,
  MercadoPagoFault,
  MercadoPagoNotificationOptions,
  MercadoPagoNotificationRecord,
  MercadoPagoRecord,
  MercadoPagoSandboxOptions,
  MercadoPagoSignatureMode,
} from './mercado-pago-sandbox';
export type { RecordedRequest as MercadoPagoRecordedRequest } from '../http';
