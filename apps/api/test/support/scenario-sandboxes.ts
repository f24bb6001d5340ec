import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import {
  GoogleSheetsSandbox,
  PaytSandbox,
  PortmoneSandbox,
  SmtpSandbox,
  TwilioSandbox,
  type PortmonePayee,
  type SandboxAccount,
} from '@fluxo/sandboxes';

/** Every vendor the payment scenarios talk to, each a real local server. */
export interface ScenarioSandboxes {
  smtp: SmtpSandbox;
  twilio: TwilioSandbox;
  payt: PaytSandbox;
  sheets: GoogleSheetsSandbox;
  portmone: PortmoneSandbox;
  /** Forgets what the previous test sent, seeded and broke. */
  reset(): void;
  stop(): Promise<void>;
}

export async function startScenarioSandboxes(): Promise<ScenarioSandboxes> {
  const [smtp, twilio, payt, sheets, portmone] = await Promise.all([
    SmtpSandbox.start({ port: 0 }),
    // Manual callbacks: a spec decides when Twilio reports, so nothing races the assertions.
    TwilioSandbox.start({ callbacks: 'manual' }),
    PaytSandbox.start(),
    GoogleSheetsSandbox.start(),
    PortmoneSandbox.start(),
  ]);
  return {
    smtp,
    twilio,
    payt,
    sheets,
    portmone,
    reset() {
      smtp.clear();
      smtp.setFault('none');
      twilio.reset();
      payt.clearPostbacks();
      sheets.reset();
      portmone.reset();
    },
    async stop() {
      await Promise.all([smtp.stop(), twilio.stop(), payt.stop(), sheets.stop(), portmone.stop()]);
    },
  };
}

/** A port nobody listens on right now, so the app's public URL can be known before it starts. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

// What a user types into each account form to point Fluxo at the sandbox.

export function emailCredentials(smtp: SmtpSandbox) {
  return {
    host: '127.0.0.1',
    port: smtp.port,
    security: 'none',
    fromAddress: 'shop@example.com',
    fromName: 'My Shop',
    password: 'smtp-secret',
  };
}

export function twilioCredentials(twilio: TwilioSandbox, account: SandboxAccount, from: string) {
  return {
    accountSid: account.sid,
    authToken: account.authToken,
    defaultFrom: from,
    apiBaseUrl: twilio.url,
  };
}

export function paytCredentials(payt: PaytSandbox) {
  return { integrationKey: payt.integrationKey };
}

export function googleSheetsCredentials(sheets: GoogleSheetsSandbox) {
  return {
    authType: 'service-account',
    // The key's token_uri already names the sandbox; apiBaseUrl sends the Sheets calls there.
    serviceAccountKey: JSON.stringify(sheets.createServiceAccountKey()),
    apiBaseUrl: `${sheets.url}/`,
  };
}

export function portmoneCredentials(portmone: PortmoneSandbox, payee: PortmonePayee) {
  return {
    payeeId: payee.payeeId,
    login: payee.login,
    password: payee.password,
    ...(payee.signatureKey ? { signatureKey: payee.signatureKey } : {}),
    apiBaseUrl: portmone.url,
  };
}
