import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InboundRequest } from '@fluxo/connector-sdk';

/**
 * A stand-in for the host's hook URL in specs: turns each call into the InboundRequest the
 * host would build (lower-cased headers, JSON parsed, raw bytes kept) and answers with what
 * `answer` returns, so the sandbox's genuine postbacks can be replayed through verify/parse.
 */
export interface HookEndpoint {
  url: string;
  received: InboundRequest[];
  close(): Promise<void>;
}

export async function startHookEndpoint(
  answer: (request: InboundRequest) => number = () => 200,
): Promise<HookEndpoint> {
  const received: InboundRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const contentType = String(request.headers['content-type'] ?? '');
      let body: unknown = rawBody.toString('utf8');
      if (contentType.includes('json')) {
        try {
          body = JSON.parse(rawBody.toString('utf8'));
        } catch {
          // kept as text, like the host does for a broken JSON body
        }
      }
      const url = new URL(request.url ?? '/', `http://${request.headers.host}`);
      const inbound: InboundRequest = {
        method: request.method ?? 'POST',
        headers: Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [
            name.toLowerCase(),
            Array.isArray(value) ? value.join(', ') : String(value ?? ''),
          ]),
        ),
        query: Object.fromEntries(url.searchParams),
        contentType,
        body,
        files: [],
        rawBody,
        url: url.toString(),
      };
      received.push(inbound);
      response.writeHead(answer(inbound)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks/test-token`,
    received,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
