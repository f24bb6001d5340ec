import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTP_FAULT_MODES, type SmtpFaultMode, type SmtpSandbox } from './smtp-sandbox';

export interface ControlServerOptions {
  smtp: SmtpSandbox;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

export interface ControlServer {
  host: string;
  port: number;
  /** e.g. http://127.0.0.1:2580 */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY_BYTES = 16 * 1024;

function send(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new Error('Body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

async function handle(
  smtp: SmtpSandbox,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://sandbox').pathname;
  const route = `${request.method} ${path}`;
  switch (route) {
    case 'GET /smtp/messages':
      return send(response, 200, smtp.messages());
    case 'DELETE /smtp/messages':
      smtp.clear();
      return send(response, 204);
    case 'GET /smtp/fault':
      return send(response, 200, { mode: smtp.faultMode });
    case 'POST /smtp/fault': {
      let body: unknown;
      try {
        body = await readJson(request);
      } catch {
        return send(response, 400, { error: 'Send a JSON body like {"mode":"none"}' });
      }
      const mode = (body as { mode?: unknown } | null)?.mode;
      if (!SMTP_FAULT_MODES.includes(mode as SmtpFaultMode)) {
        return send(response, 400, {
          error: `mode must be one of: ${SMTP_FAULT_MODES.join(', ')}`,
        });
      }
      smtp.setFault(mode as SmtpFaultMode);
      return send(response, 200, { mode });
    }
    case 'GET /health':
      return send(response, 200, { ok: true, smtp: { host: smtp.host, port: smtp.port } });
    default:
      return send(response, 404, { error: `No route ${route}` });
  }
}

/** A tiny HTTP API to inspect and steer a running SMTP sandbox from e2e tests or a browser. */
export async function startControlServer(options: ControlServerOptions): Promise<ControlServer> {
  const host = options.host ?? '127.0.0.1';
  const server: Server = createServer((request, response) => {
    handle(options.smtp, request, response).catch(() => send(response, 500, { error: 'Failed' }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    host,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
