import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InboundRequest } from './connector';

/**
 * A stand-in for the host's hook URL in connector specs: turns each call into the
 * InboundRequest the host would build (lower-cased headers, JSON or form body parsed, raw bytes
 * and full URL kept) and answers with the status `answer` gives, so a sandbox's genuine
 * postbacks (and its retries) replay through a source's verify and parse.
 */
export interface HookEndpoint {
  url: string;
  received: InboundRequest[];
  /** The status answered to each call, in order. */
  answers: number[];
  close(): Promise<void>;
}

export async function startHookEndpoint(
  answer: (request: InboundRequest) => number = () => 200,
): Promise<HookEndpoint> {
  const received: InboundRequest[] = [];
  const answers: number[] = [];
  let origin = '';
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const contentType = String(request.headers['content-type'] ?? '');
      const url = new URL(request.url ?? '/', origin);
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
        body: parseBody(contentType, rawBody),
        files: [],
        rawBody,
        url: url.toString(),
      };
      const status = answer(inbound);
      received.push(inbound);
      answers.push(status);
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/hooks/test-token`,
    received,
    answers,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

function parseBody(contentType: string, rawBody: Buffer): unknown {
  const text = rawBody.toString('utf8');
  if (contentType.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text; // kept as text, like the host does for a broken JSON body
    }
  }
  if (contentType.includes('x-www-form-urlencoded')) {
    return Object.fromEntries(new URLSearchParams(text));
  }
  return text;
}
