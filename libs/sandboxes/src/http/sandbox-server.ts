import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SandboxServerOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

/** A node:http server listening for one sandbox. */
export interface SandboxServer {
  readonly host: string;
  readonly port: number;
  /** e.g. http://127.0.0.1:41234 */
  readonly url: string;
  close(): Promise<void>;
}

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** How a sandbox answers when its handler throws, in its vendor's error shape. */
export type FailureAnswer = (response: ServerResponse, error: unknown) => void;

export async function startSandboxServer(
  options: SandboxServerOptions,
  handle: RequestHandler,
  answerFailure: FailureAnswer,
): Promise<SandboxServer> {
  const host = options.host ?? '127.0.0.1';
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A half-sent answer must not pass for a whole one.
      if (response.headersSent) response.destroy();
      else answerFailure(response, error);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  // Specs stop a sandbox from afterEach and from finally blocks: a second stop is no error.
  let closed: Promise<void> | undefined;
  return {
    host,
    port,
    url: `http://${host}:${port}`,
    close: () =>
      (closed ??= new Promise<void>((resolve, reject) => {
        // Clients' keep-alive sockets would otherwise hold close() open.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      })),
  };
}
