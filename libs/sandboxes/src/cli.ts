import { startControlServer } from './control-server';
import { FygaroSandbox } from './fygaro';
import { GoogleSheetsSandbox } from './google-sheets';
import { MercadoPagoSandbox } from './mercado-pago';
import { PagHiperSandbox } from './paghiper';
import { PaytSandbox } from './payt';
import { PortmoneSandbox } from './portmone';
import { SmtpSandbox } from './smtp-sandbox';
import { TwilioSandbox } from './twilio';

const HOST = '127.0.0.1';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number, got "${raw}"`);
  }
  return port;
}

/** With both set, the SMTP sandbox asks for this user and password and refuses any other. */
function smtpAuthFromEnv(): { username: string; password: string } | undefined {
  const username = process.env.SANDBOX_SMTP_USER;
  const password = process.env.SANDBOX_SMTP_PASSWORD;
  if (!username && !password) return undefined;
  if (!username || !password) {
    throw new Error('Set both SANDBOX_SMTP_USER and SANDBOX_SMTP_PASSWORD, or neither');
  }
  return { username, password };
}

async function main(): Promise<void> {
  const smtp = await SmtpSandbox.start({
    host: HOST,
    port: portFromEnv('SANDBOX_SMTP_PORT', 2525),
    auth: smtpAuthFromEnv(),
  });
  const control = await startControlServer({
    smtp,
    host: HOST,
    port: portFromEnv('SANDBOX_CONTROL_PORT', 2580),
  });

  // One fixed port each, so an account set up once keeps working across restarts.
  const vendors = [
    await GoogleSheetsSandbox.start({
      host: HOST,
      port: portFromEnv('SANDBOX_GOOGLE_SHEETS_PORT', 2590),
    }),
    await TwilioSandbox.start({ host: HOST, port: portFromEnv('SANDBOX_TWILIO_PORT', 2591) }),
    await PortmoneSandbox.start({ host: HOST, port: portFromEnv('SANDBOX_PORTMONE_PORT', 2592) }),
    await PaytSandbox.start({ host: HOST, port: portFromEnv('SANDBOX_PAYT_PORT', 2593) }),
    await MercadoPagoSandbox.start({
      host: HOST,
      port: portFromEnv('SANDBOX_MERCADO_PAGO_PORT', 2594),
    }),
    await FygaroSandbox.start({ host: HOST, port: portFromEnv('SANDBOX_FYGARO_PORT', 2595) }),
    await PagHiperSandbox.start({ host: HOST, port: portFromEnv('SANDBOX_PAGHIPER_PORT', 2596) }),
  ];
  const portmone = vendors[2] as PortmoneSandbox;
  portmone.seedPayee({ payeeId: '1185', login: 'demo', password: 'demo' });

  console.log(`Fluxo sandboxes are running.

Fluxo refuses to connect to local addresses unless told otherwise, so start it with:
  FLUXO_ALLOWED_HOSTS=${smtp.host} npm start

${smtp.cliHelp()}

Control API on ${control.url}
  GET    ${control.url}/smtp/messages   messages received (JSON)
  DELETE ${control.url}/smtp/messages   forget them
  POST   ${control.url}/smtp/fault      {"mode":"none" | "reject-permanent" | "reject-transient"}

${vendors.map((vendor) => vendor.cliHelp()).join('\n\n')}

Press Ctrl+C to stop.`);

  const stop = async () => {
    await control.close();
    await smtp.stop();
    await Promise.all(vendors.map((vendor) => vendor.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
