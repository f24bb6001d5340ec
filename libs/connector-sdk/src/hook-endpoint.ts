import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { InboundRequest } from './connector';
import { InboundRejectedError } from './errors';
import { buildInboundRequest } from './inbound-request';

/**
 * A stand-in for the host's hook URL in connector specs: turns each call into the
 * InboundRequest the host builds, with the same builder (a body the host refuses is refused
 * here with the same status), and answers with the status `answer` gives, so a sandbox's genuine
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
      const url = new URL(request.url ?? '/', origin);
      const reply = (status: number) => {
        answers.push(status);
        response.writeHead(status).end();
      };
      buildInboundRequest({
        method: request.method ?? 'POST',
        url: url.toString(),
        headers: request.headers,
        query: Object.fromEntries(url.searchParams),
        rawBody: Buffer.concat(chunks),
      }).then(
        (inbound) => {
          const status = answer(inbound);
          received.push(inbound);
          reply(status);
        },
        // A body the host cannot read is refused there too, before any source sees it.
        (error: unknown) => reply(error instanceof InboundRejectedError ? error.statusCode : 500),
      );
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
