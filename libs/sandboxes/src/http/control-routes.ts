import type { IncomingMessage, ServerResponse } from 'node:http';
import { ControlError } from './control-error';
import { sendJson } from './json-response';
import { type BodyLimit, readJsonObject } from './request-body';

/** One control call, as a route sees it. */
export interface ControlCall {
  /** The route pattern's captures, URL-decoded. */
  params: string[];
  url: URL;
  /** The body as a JSON object (`{}` when empty); anything else is a 400. */
  json(): Promise<Record<string, unknown>>;
}

/** The status and, unless it is a bare acknowledgement, the JSON body. */
export type ControlAnswer = [status: number, body?: unknown];

export interface ControlRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  /** Below /__control: an exact path, or a pattern whose groups become `params`. */
  path: string | RegExp;
  serve(call: ControlCall): ControlAnswer | Promise<ControlAnswer>;
}

export const CONTROL_PREFIX = '/__control';

export function controlRoute(
  method: ControlRoute['method'],
  path: ControlRoute['path'],
  serve: ControlRoute['serve'],
): ControlRoute {
  return { method, path, serve };
}

/**
 * Finds the route and answers it. A control call is the tester's input, so whatever a route throws
 * is answered as a refusal of that input: a ControlError with its status, anything else a 400.
 */
export async function serveControlRoutes(
  routes: readonly ControlRoute[],
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  limit: BodyLimit = {},
): Promise<void> {
  const method = request.method ?? 'GET';
  const path = url.pathname.slice(CONTROL_PREFIX.length);
  for (const route of routes) {
    if (route.method !== method) continue;
    const params = matchPath(route.path, path);
    if (!params) continue;
    try {
      const [status, body] = await route.serve({
        params,
        url,
        json: () => readJsonObject(request, limit),
      });
      return sendJson(response, status, body);
    } catch (error) {
      const status = error instanceof ControlError ? error.status : 400;
      return sendJson(response, status, {
        error: error instanceof Error ? error.message : 'failed',
      });
    }
  }
  sendJson(response, 404, { error: `No control route ${method} ${path}` });
}

function matchPath(pattern: string | RegExp, path: string): string[] | null {
  if (typeof pattern === 'string') return pattern === path ? [] : null;
  const match = new RegExp(`^(?:${pattern.source})$`).exec(path);
  return match ? match.slice(1).map((part) => decodeURIComponent(part ?? '')) : null;
}
