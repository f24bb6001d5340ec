export { PortmoneSandbox, PORTMONE_SANDBOX_ERRORS } from './portmone-sandbox';
export type {
  PortmoneBillStatus,
  PortmoneDuplicateOrders,
  PortmoneFault,
  PortmoneNotificationResult,
  PortmonePayee,
  PortmoneReceivedRequest,
  PortmoneSandboxBill,
  PortmoneSandboxOptions,
} from './portmone-sandbox';
export { portmoneLinkSignature } from './portmone-signature';
