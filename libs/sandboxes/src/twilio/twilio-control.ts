import { ControlError, type ControlRoute, controlRoute } from '../http';
import type {
  FailingNumber,
  SandboxAccount,
  SandboxApiKey,
  SandboxMessagingService,
  TwilioCallbackRecord,
  TwilioMessageResource,
} from './twilio-resources';

/** What the control API drives: the sandbox's public helpers, also used by specs directly. */
export interface TwilioControls {
  seedAccount(account: Partial<SandboxAccount>): SandboxAccount;
  seedApiKey(key: { accountSid: string; sid?: string; secret?: string }): SandboxApiKey;
  seedNumber(accountSid: string, number: string): void;
  seedMessagingService(service: { accountSid: string }): SandboxMessagingService;
  failNumber(number: string, code: number, status: FailingNumber['status']): void;
  unsubscribe(number: string): void;
  messages(): TwilioMessageResource[];
  callbacks(): { sent: TwilioCallbackRecord[]; pending: number };
  deliverCallbacks(): Promise<TwilioCallbackRecord[]>;
}

/** /__control/ of the Twilio sandbox: accounts, keys, numbers, failures, messages, callbacks. */
export function twilioControlRoutes(sandbox: TwilioControls): ControlRoute[] {
  const text = (input: Record<string, unknown>, name: string) =>
    typeof input[name] === 'string' ? input[name] : '';
  const accountSidOf = (input: Record<string, unknown>) => {
    if (!text(input, 'accountSid')) throw new ControlError(400, 'accountSid?');
    return text(input, 'accountSid');
  };
  return [
    controlRoute('POST', '/accounts', async (call) => [
      201,
      sandbox.seedAccount((await call.json()) as Partial<SandboxAccount>),
    ]),
    controlRoute('POST', '/api-keys', async (call) => {
      const input = await call.json();
      return [201, sandbox.seedApiKey({ ...input, accountSid: accountSidOf(input) })];
    }),
    controlRoute('POST', '/numbers', async (call) => {
      const input = await call.json();
      const [accountSid, number] = [text(input, 'accountSid'), text(input, 'number')];
      if (!accountSid || !number) throw new ControlError(400, 'Send {"accountSid","number"}');
      sandbox.seedNumber(accountSid, number);
      return [201, { accountSid, number }];
    }),
    controlRoute('POST', '/messaging-services', async (call) => {
      const input = await call.json();
      return [201, sandbox.seedMessagingService({ ...input, accountSid: accountSidOf(input) })];
    }),
    controlRoute('POST', '/failing-numbers', async (call) => {
      const input = await call.json();
      const code = Number(input['code']);
      const status = input['status'] === 'failed' ? 'failed' : 'undelivered';
      if (!text(input, 'number') || !Number.isInteger(code)) {
        throw new ControlError(400, 'Send {"number","code","status"?}');
      }
      sandbox.failNumber(text(input, 'number'), code, status);
      return [201, { number: text(input, 'number'), code, status }];
    }),
    controlRoute('POST', '/unsubscribed', async (call) => {
      const number = text(await call.json(), 'number');
      if (!number) throw new ControlError(400, 'Send {"number"}');
      sandbox.unsubscribe(number);
      return [201, { number }];
    }),
    controlRoute('GET', '/messages', () => [200, sandbox.messages()]),
    controlRoute('GET', '/callbacks', () => [200, sandbox.callbacks()]),
    controlRoute('POST', '/callbacks/deliver', async () => [200, await sandbox.deliverCallbacks()]),
  ];
}
