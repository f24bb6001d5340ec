export { PortmoneSandbox } from './portmone-sandbox';
export { PORTMONE_SANDBOX_ERRORS } from './portmone-resources';
export type {
  PortmoneBillStatus,
  PortmoneDuplicateOrders,
  PortmoneFault,
  PortmoneNotificationResult,
  PortmonePayee,
  PortmoneReceivedRequest,
  PortmoneSandboxBill,
  PortmoneSandboxOptions,
} from './portmone-resources';
export { portmoneLinkSignature } from './portmone-signature';
