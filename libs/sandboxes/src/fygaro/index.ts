export { FygaroSandbox } from './fygaro-sandbox';
export type {
  FygaroAttempt,
  FygaroHookRecord,
  FygaroSandboxOptions,
  FygaroSendOptions,
  FygaroSendResult,
} from './fygaro-sandbox';
export { buildFygaroHook, signatureHeader, signHookHeaders, signJwt } from './fygaro-hooks';
export type {
  BuiltHook,
  FygaroClientData,
  FygaroHookStyle,
  FygaroJwtAlgorithm,
  FygaroKeys,
  FygaroPayment,
  FygaroPaymentInput,
} from './fygaro-hooks';
