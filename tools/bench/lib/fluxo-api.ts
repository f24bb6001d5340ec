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
}

/**
 * A connection whose source is a Web form (push: every POST to its hook is an item), with the
 * given receivers, built through the same HTTP API the editor uses. Returns its hook path.
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
  const { hookPath } = await call<{ hookPath: string }>('GET', `/api/connections/${connection.id}`);
  return { id: connection.id, hookPath };
}
