export { MercadoPagoSandbox } from './mercado-pago-sandbox';
export { signMercadoPagoManifest } from './mercado-pago-resources';
export type {
  MercadoPagoDeliveryAttempt,
  MercadoPagoFault,
  MercadoPagoNotificationOptions,
  MercadoPagoNotificationRecord,
  MercadoPagoRecord,
  MercadoPagoSandboxOptions,
  MercadoPagoSignatureMode,
} from './mercado-pago-resources';
export type { RecordedRequest as MercadoPagoRecordedRequest } from '../http';
