import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request exactly as the server read it off the socket. */
export interface ReceivedRequest {
  method: string;
  /** Path and query as sent, e.g. `/hook?a=1&b=2`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/**
 * A local web server for the HTTP request specs: records every request and answers by path.
 * - `/status/<code>?retryAfter=…&body=…` answers that status (JSON error body by default);
 * - `/text` answers plain text, `/large` 20 kB of text, `/echo-auth` echoes the Authorization
 *   header back in a 401 body (as some APIs do);
 * - `/redirect?to=<url>&status=<3xx>` redirects; `/bare-redirect` is a 302 with no Location;
 * - `/slow` never answers;
 * - anything else answers 201 `{"id":"evt_1","ok":true}`.
 */
export class RecordingServer {
  private constructor(
    private readonly server: Server,
    readonly port: number,
    readonly received: ReceivedRequest[],
  ) {}

  static async start(): Promise<RecordingServer> {
    const received: ReceivedRequest[] = [];
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        received.push({
          method: request.method ?? '',
          url: request.url ?? '',
          headers: request.headers,
          body: Buffer.concat(chunks),
        });
        answer(new URL(request.url ?? '/', 'http://local'), request.headers, response);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return new RecordingServer(server, (server.address() as AddressInfo).port, received);
  }

  url(path: string, host = '127.0.0.1'): string {
    return `http://${host}:${this.port}${path}`;
  }

  last(): ReceivedRequest {
    const request = this.received.at(-1);
    if (!request) throw new Error('The server received no request');
    return request;
  }

  clear(): void {
    this.received.length = 0;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

function answer(url: URL, headers: IncomingHttpHeaders, response: ServerResponse): void {
  const json = { 'content-type': 'application/json' };
  const status = /^\/status\/(\d{3})$/.exec(url.pathname);
  if (status) {
    const retryAfter = url.searchParams.get('retryAfter');
    response.writeHead(Number(status[1]), {
      ...json,
      ...(retryAfter ? { 'retry-after': retryAfter } : {}),
    });
    response.end(url.searchParams.get('body') ?? JSON.stringify({ error: 'order 42 not found' }));
    return;
  }
  switch (url.pathname) {
    case '/text':
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('accepted');
      return;
    case '/large':
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: 'x'.repeat(20 * 1024) }));
      return;
    case '/echo-auth':
      response.writeHead(401, json);
      response.end(JSON.stringify({ error: 'bad credentials', received: headers.authorization }));
      return;
    case '/redirect':
      response.writeHead(Number(url.searchParams.get('status') ?? 302), {
        location: url.searchParams.get('to') ?? '/',
      });
      response.end();
      return;
    case '/bare-redirect':
      response.writeHead(302);
      response.end();
      return;
    case '/slow':
      return;
    default:
      response.writeHead(201, { ...json, location: '/events/evt_1' });
      response.end(JSON.stringify({ id: 'evt_1', ok: true }));
  }
}
