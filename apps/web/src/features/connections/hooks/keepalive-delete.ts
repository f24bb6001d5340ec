import { CLIENT_HEADERS } from '@/app/api-client';

/**
 * The DELETE of a connection as a request that outlives the page: the browser still sends a
 * keepalive fetch after the tab is closed, which an ordinary one (or a React unmount) is not.
 */
export function keepaliveDeleteRequest(id: string): [url: string, init: RequestInit] {
  return [
    `/api/connections/${encodeURIComponent(id)}`,
    { method: 'DELETE', keepalive: true, credentials: 'same-origin', headers: CLIENT_HEADERS },
  ];
}
