import { startControlServer } from './control-server';
import { SmtpSandbox } from './smtp-sandbox';

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

async function main(): Promise<void> {
  const smtp = await SmtpSandbox.start({
    host: HOST,
    port: portFromEnv('SANDBOX_SMTP_PORT', 2525),
  });
  const control = await startControlServer({
    smtp,
    host: HOST,
    port: portFromEnv('SANDBOX_CONTROL_PORT', 2580),
  });

  console.log(`Fluxo sandboxes are running.

Fluxo refuses to connect to local addresses unless told otherwise, so start it with:
  FLUXO_ALLOWED_HOSTS=${smtp.host} npm start

SMTP sandbox on ${smtp.host}:${smtp.port}
  Add an "E-mail (SMTP)" account in Fluxo with:
    SMTP server:  ${smtp.host}
    Port:         ${smtp.port}
    Security:     None (local servers only)
    User name / password: leave empty
    From address: any address, e.g. fluxo@example.com
  Nothing leaves this machine: every message is kept here.

Control API on ${control.url}
  GET    ${control.url}/smtp/messages   messages received (JSON)
  DELETE ${control.url}/smtp/messages   forget them
  POST   ${control.url}/smtp/fault      {"mode":"none" | "reject-permanent" | "reject-transient"}

Press Ctrl+C to stop.`);

  const stop = async () => {
    await control.close();
    await smtp.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
