export { TwilioSandbox } from './twilio-sandbox';
export type {
  FailingNumber,
  ReceivedTwilioRequest,
  SandboxAccount,
  SandboxApiKey,
  SandboxFault,
  SandboxMessagingService,
  TwilioCallbackRecord,
  TwilioMessageResource,
  TwilioSandboxOptions,
} from './twilio-resources';
export { parseForm, segmentCount, twilioSignature } from './twilio-wire';
export type { FormFields } from './twilio-wire';
