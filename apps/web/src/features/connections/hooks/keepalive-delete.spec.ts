import { describe, expect, it } from '@jest/globals';
import { keepaliveDeleteRequest } from './keepalive-delete';

describe(keepaliveDeleteRequest.name, () => {
  it('should ask for a DELETE that outlives the page, with the session cookie and the client header', () => {
    expect(keepaliveDeleteRequest('c-1')).toEqual([
      '/api/connections/c-1',
      {
        method: 'DELETE',
        keepalive: true,
        credentials: 'same-origin',
        headers: { 'X-Fluxo-Client': 'web' },
      },
    ]);
  });

  it('should keep an odd id inside its path segment', () => {
    const [url] = keepaliveDeleteRequest('a/b?c');

    expect(url).toBe('/api/connections/a%2Fb%3Fc');
  });
});
