import type { IncomingHttpHeaders } from 'node:http';
import { readBody, sleep, startSandboxServer } from '../http';

/** One call a sandbox posted to the receiver. */
export interface ReceivedCall {
  method: string;
  /** Path and query, as sent. */
  path: string;
  /** The whole address called, to compare with what a sandbox signed. */
  url: string;
  headers: IncomingHttpHeaders;
  /** Header names as written on the wire, each followed by its value. */
  rawHeaders: string[];
  body: string;
  /** Date.now() once the body had arrived, to measure the gaps between retries. */
  at: number;
}

export interface HookReceiver {
  /** Where a sandbox should post: the receiver's address plus the `path` it was given. */
  url: string;
  received: ReceivedCall[];
  close(): Promise<void>;
}

export interface HookReceiverOptions {
  /** Answered in turn; the last one repeats (200 when none is given). */
  statuses?: number[];
  /** A slow receiver: waits this long before answering. */
  delayMs?: number;
  path?: string;
}

/** A stand-in for Fluxo's hook endpoint that records what a sandbox posted to it. */
export async function startHookReceiver(options: HookReceiverOptions = {}): Promise<HookReceiver> {
  const statuses = options.statuses ?? [];
  const received: ReceivedCall[] = [];
  const server = await startSandboxServer(
    {},
    async (request, response) => {
      received.push({
        method: request.method ?? '',
        path: request.url ?? '',
        url: `${server.url}${request.url ?? ''}`,
        headers: request.headers,
        rawHeaders: request.rawHeaders,
        body: await readBody(request),
        at: Date.now(),
      });
      const status = statuses[Math.min(received.length, statuses.length) - 1] ?? 200;
      await sleep(options.delayMs ?? 0);
      response.writeHead(status).end();
    },
    (response) => response.writeHead(500).end(),
  );
  return { url: `${server.url}${options.path ?? ''}`, received, close: server.close };
}
