import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface OutboundAnswer {
  /** When the call started (ISO 8601). */
  at: string;
  /** HTTP status, or null when the call failed (refused, reset, timed out). */
  status: number | null;
  error?: string;
  body: string;
  durationMs: number;
}

/**
 * Posts like the vendor's servers do, with node:http so header names keep the casing given
 * (a fetch would lower-case them) and a hard deadline for the answer.
 */
export function postOnce(
  url: string,
  headers: Record<string, string>,
  body: string,
  timeoutMs: number,
): Promise<OutboundAnswer> {
  const at = new Date().toISOString();
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(target, {
      method: 'POST',
      headers: { ...headers, 'Content-Length': String(Buffer.byteLength(body)) },
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        clearTimeout(timer);
        resolve({
          at,
          status: response.statusCode ?? null,
          body: Buffer.concat(chunks).toString('utf8').slice(0, 2000),
          durationMs: elapsed(),
        });
      });
      response.on('error', (error) => {
        clearTimeout(timer);
        resolve({ at, status: null, error: error.message, body: '', durationMs: elapsed() });
      });
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      resolve({ at, status: null, error: error.message, body: '', durationMs: elapsed() });
    });
    request.end(body);
  });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
