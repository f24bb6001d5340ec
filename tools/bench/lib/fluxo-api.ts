import { randomBytes } from 'node:crypto';

/** Set-up calls are quick; a hung server must not hang the bench. */
const API_TIMEOUT_MS = 30_000;

export type ApiCall = <T = Record<string, string>>(
  method: string,
  path: string,
  body?: unknown,
) => Promise<T>;

/** Signs up a new user (and so a new workspace) and returns a client with its session. */
export async function signUp(baseUrl: string): Promise<ApiCall> {
  const response = await fetch(`${baseUrl}/api/auth/signup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    signal: AbortSignal.timeout(API_TIMEOUT_MS),
    body: JSON.stringify({
      email: `bench-${randomBytes(4).toString('hex')}@example.com`,
      password: 'benchmark-password',
    }),
  });
  if (!response.ok) throw new Error(`sign-up: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(`${baseUrl}${path}`, {
      method,
      // As the editor does: calls without a body carry the client header.
      headers: {
        cookie,
        'x-fluxo-client': 'test',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(API_TIMEOUT_MS),
    });
    const text = await answer.text();
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${text}`);
    return (text ? JSON.parse(text) : null) as T;
  };
}

export interface ReceiverSpec {
  connectorKey: string;
  actionKey: string;
  accountId?: string;
  mapping: Record<string, string>;
  delay?: Record<string, unknown>;
}

/**
 * A receiver that sends nothing while a bench or chaos run lasts: an HTTP call planned a year
 * ahead. New connections start off and are switched on only once they have a receiver, so a
 * run that measures taking calls in gives its connection this one.
 */
export const RECEIVER_A_YEAR_AHEAD: ReceiverSpec = {
  connectorKey: 'http',
  actionKey: 'http-request',
  mapping: { method: 'POST', url: 'https://example.com/never', bodyType: 'json', body: '{}' },
  delay: { type: 'after', wait: { amount: 365, unit: 'days' } },
};

/**
 * A connection whose source is a Web form (push: every POST to its hook is an item), with the
 * given receivers, built through the same HTTP API the editor uses, and switched on when it has
 * any. Returns its id and hook path.
 */
export async function createFormConnection(
  call: ApiCall,
  name: string,
  receivers: ReceiverSpec[] = [],
): Promise<{ id: string; hookPath: string }> {
  const connection = await call('POST', '/api/connections', { name });
  await call('PUT', `/api/connections/${connection.id}/source`, {
    connectorKey: 'forms',
    actionKey: 'new-submission',
  });
  for (const receiver of receivers) {
    await call('POST', `/api/connections/${connection.id}/receivers`, receiver);
  }
  // New connections start off; one with its receivers is set up, and switched on as a user does.
  if (receivers.length) await switchOn(call, connection.id);
  const { hookPath } = await call<{ hookPath: string }>('GET', `/api/connections/${connection.id}`);
  return { id: connection.id, hookPath };
}

export async function switchOn(call: ApiCall, connectionId: string): Promise<void> {
  await call('PATCH', `/api/connections/${connectionId}`, { enabled: true });
}
