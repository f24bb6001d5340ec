export { PAGHIPER_STATUSES, PagHiperSandbox, paghiperDate } from './paghiper-sandbox';
export type {
  PagHiperFault,
  PagHiperItem,
  PagHiperKind,
  PagHiperNotificationAttempt,
  PagHiperNotificationRecord,
  PagHiperSandboxOptions,
  PagHiperStatus,
  PagHiperTransaction,
} from './paghiper-sandbox';
