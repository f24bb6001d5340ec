import type { IncomingMessage, ServerResponse } from 'node:http';
import { answerControlFailure, readJsonObject, sendJson, startSandboxServer } from './http';
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

async function handle(
  smtp: SmtpSandbox,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = new URL(request.url ?? '/', 'http://sandbox').pathname;
  const route = `${request.method} ${path}`;
  switch (route) {
    case 'GET /smtp/messages':
      return sendJson(response, 200, smtp.messages());
    case 'DELETE /smtp/messages':
      smtp.clear();
      return sendJson(response, 204);
    case 'GET /smtp/fault':
      return sendJson(response, 200, { mode: smtp.faultMode });
    case 'POST /smtp/fault': {
      let body: unknown;
      try {
        body = await readJsonObject(request);
      } catch {
        return sendJson(response, 400, { error: 'Send a JSON body like {"mode":"none"}' });
      }
      const mode = (body as { mode?: unknown } | null)?.mode;
      if (!SMTP_FAULT_MODES.includes(mode as SmtpFaultMode)) {
        return sendJson(response, 400, {
          error: `mode must be one of: ${SMTP_FAULT_MODES.join(', ')}`,
        });
      }
      smtp.setFault(mode as SmtpFaultMode);
      return sendJson(response, 200, { mode });
    }
    case 'GET /health':
      return sendJson(response, 200, { ok: true, smtp: { host: smtp.host, port: smtp.port } });
    default:
      return sendJson(response, 404, { error: `No route ${route}` });
  }
}

/** A tiny HTTP API to inspect and steer a running SMTP sandbox from e2e tests or a browser. */
export async function startControlServer(options: ControlServerOptions): Promise<ControlServer> {
  return startSandboxServer(
    options,
    (request, response) => handle(options.smtp, request, response),
    (response, error) => answerControlFailure(response, error, { error: 'Failed' }),
  );
}
