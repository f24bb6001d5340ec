export { PaytSandbox } from './payt-sandbox';
export type {
  PaytAttempt,
  PaytPostbackRecord,
  PaytSaleView,
  PaytSandboxOptions,
  PaytSendOptions,
  PaytSendResult,
} from './payt-sandbox';
export { buildPaytPostback, paytDate, PAYT_SANDBOX_EVENTS } from './payt-postbacks';
export type {
  PaytCustomerInput,
  PaytPaymentMethod,
  PaytPostbackStyle,
  PaytProductInput,
  PaytSaleInput,
  PaytSandboxEvent,
  PaytTrackingInput,
} from './payt-postbacks';
