export { SmtpSandbox, SMTP_FAULT_MODES } from './smtp-sandbox';
export type { ReceivedEmail, SmtpFaultMode, SmtpSandboxOptions } from './smtp-sandbox';
export { startControlServer } from './control-server';
export type { ControlServer, ControlServerOptions } from './control-server';
