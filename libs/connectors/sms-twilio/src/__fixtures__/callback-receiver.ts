import type { InboundRequest } from '@fluxo/connector-sdk';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Stands in for Fluxo's public hook endpoint: keeps each call the sandbox posts as the
 * InboundRequest the host would hand the connector (raw bytes, lower-cased headers, full URL).
 */
export async function startCallbackReceiver(): Promise<{
  url: string;
  calls: InboundRequest[];
  close(): Promise<void>;
}> {
  const calls: InboundRequest[] = [];
  let base = '';
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const rawBody = Buffer.concat(chunks);
      const url = new URL(request.url ?? '/', base);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      }
      calls.push({
        method: request.method ?? 'POST',
        headers,
        query: Object.fromEntries(url.searchParams),
        contentType: headers['content-type'] ?? '',
        body: Object.fromEntries(new URLSearchParams(rawBody.toString('utf8'))),
        files: [],
        rawBody,
        url: base + (request.url ?? '/'),
      });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An InboundRequest for a form body, for parse() tables that need no sandbox. */
export function formRequest(
  fields: Record<string, string>,
  url = 'https://fluxo.test/cb',
): InboundRequest {
  const rawBody = Buffer.from(new URLSearchParams(fields).toString(), 'utf8');
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    query: {},
    contentType: 'application/x-www-form-urlencoded',
    body: fields,
    files: [],
    rawBody,
    url,
  };
}
