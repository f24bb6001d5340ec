import { jest } from '@jest/globals';

/** One call the page made to Fluxo's API, as the fake received it. */
export interface ApiCall {
  method: string;
  path: string;
  body: unknown;
}

/** What a route answers: a body (status 200), or a status and body, or a promise of either. */
export type ApiAnswer = unknown | { status: number; body?: unknown };
type Route = (call: ApiCall) => ApiAnswer | Promise<ApiAnswer>;

/**
 * Fluxo's API for a component under test, at the network boundary: `fetch` is replaced, so the
 * component's real query hooks and API client run. An unknown route answers 404 in the API's
 * error shape, so a forgotten route fails the spec visibly instead of hanging it.
 */
export class FakeApi {
  readonly calls: ApiCall[] = [];
  private readonly routes = new Map<string, Route>();
  private readonly originalFetch = globalThis.fetch;

  /** `route` is "METHOD /path", e.g. "POST /api/connections/conn-1/steps/st-1/test". */
  on(route: string, answer: Route): this;
  on(route: string, answer: ApiAnswer): this;
  on(route: string, answer: Route | ApiAnswer): this {
    this.routes.set(route, typeof answer === 'function' ? (answer as Route) : () => answer);
    return this;
  }

  callsTo(route: string): ApiCall[] {
    return this.calls.filter((c) => `${c.method} ${c.path}` === route);
  }

  install(): this {
    globalThis.fetch = jest.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const call: ApiCall = {
        method: init?.method ?? 'GET',
        path: String(input),
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      this.calls.push(call);
      // A route registered without a query answers it with any (e.g. the connectors' language).
      const route =
        this.routes.get(`${call.method} ${call.path}`) ??
        this.routes.get(`${call.method} ${call.path.split('?')[0]}`);
      const answer = route
        ? await route(call)
        : { status: 404, body: { statusCode: 404, code: 'not_found', message: 'No such route' } };
      return fakeResponse(answer);
    }) as typeof fetch;
    return this;
  }

  uninstall(): void {
    globalThis.fetch = this.originalFetch;
  }
}

function fakeResponse(answer: ApiAnswer): Response {
  const { status, body } =
    answer && typeof answer === 'object' && 'status' in answer && typeof answer.status === 'number'
      ? (answer as { status: number; body?: unknown })
      : { status: 200, body: answer };
  const text = body === undefined ? '' : JSON.stringify(body);
  // The API client reads only these; jsdom has no Response of its own.
  return { status, ok: status >= 200 && status < 300, text: async () => text } as Response;
}

/** A promise the spec settles when it chooses: for "while it is on its way" states. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
