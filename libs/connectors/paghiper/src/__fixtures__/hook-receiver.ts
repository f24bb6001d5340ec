import type { InboundRequest } from '@fluxo/connector-sdk';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for the host's hook endpoint: turns each call into the InboundRequest the host
 * would build, asks `decide` for the status to answer, and keeps both.
 */
export class HookReceiver {
  private constructor(
    private readonly server: Server,
    readonly url: string,
    readonly calls: { request: InboundRequest; status: number }[],
  ) {}

  static async start(decide: (request: InboundRequest) => number): Promise<HookReceiver> {
    const calls: HookReceiver['calls'] = [];
    const base = { url: '' };
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const rawBody = Buffer.concat(chunks);
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(req.headers)) {
          if (typeof value === 'string') headers[name] = value;
        }
        const contentType = headers['content-type'] ?? '';
        const text = rawBody.toString('utf8');
        const body = contentType.includes('json')
          ? (JSON.parse(text) as unknown)
          : Object.fromEntries(new URLSearchParams(text));
        const request: InboundRequest = {
          method: req.method ?? 'POST',
          headers,
          query: Object.fromEntries(url.searchParams),
          contentType,
          body,
          files: [],
          rawBody,
          url: `${base.url}${url.pathname}${url.search}`,
        };
        const status = decide(request);
        calls.push({ request, status });
        res.writeHead(status).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    base.url = `http://127.0.0.1:${port}`;
    return new HookReceiver(server, `${base.url}/hooks/tok_123`, calls);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
  }
}
