export { PagHiperSandbox } from './paghiper-sandbox';
export { PAGHIPER_STATUSES, paghiperDate } from './paghiper-resources';
export type {
  PagHiperFault,
  PagHiperItem,
  PagHiperKind,
  PagHiperNotificationAttempt,
  PagHiperNotificationRecord,
  PagHiperSandboxOptions,
  PagHiperStatus,
  PagHiperTransaction,
} from './paghiper-resources';
