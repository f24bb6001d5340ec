import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { BlockedHostError } from './errors';
import { CONNECTIONS_PER_HOST, guardedFetch, TooManyRedirectsError } from './guarded-http';
import { testNetwork } from './testing';

describe(guardedFetch.name, () => {
  let server: Server;
  let port: number;
  const seen: {
    url: string;
    authorization?: string;
    method: string;
    headers: IncomingMessage['headers'];
    body: string;
  }[] = [];
  let open = 0;
  let peakOpen = 0;

  beforeAll(async () => {
    server = createServer(async (request: IncomingMessage, response) => {
      let body = '';
      for await (const chunk of request) body += chunk;
      seen.push({
        url: request.url ?? '',
        authorization: request.headers.authorization,
        method: request.method ?? '',
        headers: request.headers,
        body,
      });
      const url = new URL(request.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      if (url.pathname === '/redirect' && to) {
        response.writeHead(Number(url.searchParams.get('status') ?? 302), { location: to });
        response.end();
        return;
      }
      if (url.pathname === '/slow') {
        open += 1;
        peakOpen = Math.max(peakOpen, open);
        await new Promise((done) => setTimeout(done, 50));
        open -= 1;
      }
      if (url.pathname === '/loop') {
        response.writeHead(302, { location: '/loop' });
        response.end();
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ path: url.pathname }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it(`should have at most ${CONNECTIONS_PER_HOST} calls open to one host when more are made at once`, async () => {
    const network = testNetwork();
    peakOpen = 0;

    const responses = await Promise.all(
      Array.from({ length: 3 * CONNECTIONS_PER_HOST }, () =>
        guardedFetch(network, `http://127.0.0.1:${port}/slow`),
      ),
    );
    await Promise.all(responses.map((response) => response.text()));

    expect(responses.every((response) => response.ok)).toBe(true);
    expect(peakOpen).toBe(CONNECTIONS_PER_HOST);
  });

  it('should fetch from an allowed host when the guard opens it', async () => {
    const response = await guardedFetch(testNetwork(), `http://127.0.0.1:${port}/ok`);

    expect(await response.json()).toEqual({ path: '/ok' });
  });

  it('should refuse an IP literal the guard does not open', async () => {
    await expect(guardedFetch(testNetwork([]), `http://127.0.0.1:${port}/ok`)).rejects.toThrow(
      BlockedHostError,
    );
  });

  it('should refuse a host name through the socket lookup when the guard blocks it', async () => {
    const network = testNetwork(['127.0.0.1']);

    // The refusal itself, not undici's "fetch failed" around it: callers must see it is final.
    await expect(guardedFetch(network, `http://localhost:${port}/ok`)).rejects.toThrow(
      BlockedHostError,
    );
    expect(network.asked).toContain('localhost');
  });

  it('should check every redirect again when one leads to a blocked host', async () => {
    const target = encodeURIComponent(`http://localhost:${port}/inside`);

    await expect(
      guardedFetch(testNetwork(['127.0.0.1']), `http://127.0.0.1:${port}/redirect?to=${target}`),
    ).rejects.toThrow(BlockedHostError);
    expect(seen.some((call) => call.url === '/inside')).toBe(false);
  });

  it('should drop the credentials when a redirect leaves the original host', async () => {
    seen.length = 0;
    const target = encodeURIComponent(`http://localhost:${port}/landing`);

    const response = await guardedFetch(
      testNetwork(['127.0.0.1', 'localhost']),
      `http://127.0.0.1:${port}/redirect?to=${target}`,
      { headers: { authorization: 'Bearer secret' } },
    );

    expect(await response.json()).toEqual({ path: '/landing' });
    expect(seen.map((call) => call.authorization)).toEqual(['Bearer secret', undefined]);
  });

  it('should carry only the safe headers when a redirect leaves the original origin', async () => {
    seen.length = 0;
    const target = encodeURIComponent(`http://localhost:${port}/landing`);

    await guardedFetch(
      testNetwork(['127.0.0.1', 'localhost']),
      `http://127.0.0.1:${port}/redirect?to=${target}`,
      {
        headers: {
          'x-api-key': 'key-1',
          'x-auth-token': 'token-1',
          cookie: 'sid=1',
          accept: 'application/json',
          'user-agent': 'Fluxo',
        },
      },
    );

    const [first, second] = seen;
    expect(first.headers['x-api-key']).toBe('key-1');
    expect(second.url).toBe('/landing');
    expect(second.headers).not.toHaveProperty('x-api-key');
    expect(second.headers).not.toHaveProperty('x-auth-token');
    expect(second.headers).not.toHaveProperty('cookie');
    expect(second.headers).toMatchObject({ accept: 'application/json', 'user-agent': 'Fluxo' });
  });

  it('should keep every header on a redirect within the same origin', async () => {
    seen.length = 0;

    await guardedFetch(
      testNetwork(),
      `http://127.0.0.1:${port}/redirect?to=${encodeURIComponent('/landing')}`,
      { headers: { 'x-api-key': 'key-1' } },
    );

    expect(seen.map((call) => call.headers['x-api-key'])).toEqual(['key-1', 'key-1']);
  });

  it.each([307, 308])(
    'should not re-send a body to another origin on a %i, answering the redirect itself',
    async (status) => {
      seen.length = 0;
      const target = encodeURIComponent(`http://localhost:${port}/landing`);

      const response = await guardedFetch(
        testNetwork(['127.0.0.1', 'localhost']),
        `http://127.0.0.1:${port}/redirect?status=${status}&to=${target}`,
        { method: 'POST', body: 'password=secret' },
      );

      expect(response.status).toBe(status);
      expect(seen.map((call) => [call.url, call.body])).toEqual([
        [`/redirect?status=${status}&to=${target}`, 'password=secret'],
      ]);
    },
  );

  it('should re-send the body on a 307 within the same origin', async () => {
    seen.length = 0;

    const response = await guardedFetch(
      testNetwork(),
      `http://127.0.0.1:${port}/redirect?status=307&to=${encodeURIComponent('/after')}`,
      { method: 'POST', body: 'a=1' },
    );

    expect(response.status).toBe(200);
    expect(seen.map((call) => [call.method, call.url, call.body])).toEqual([
      ['POST', '/redirect?status=307&to=%2Fafter', 'a=1'],
      ['POST', '/after', 'a=1'],
    ]);
  });

  it('should turn a POST into a GET when the answer is 303', async () => {
    seen.length = 0;

    await guardedFetch(
      testNetwork(),
      `http://127.0.0.1:${port}/redirect?status=303&to=${encodeURIComponent('/after')}`,
      { method: 'POST', body: 'a=1', headers: { authorization: 'Basic x' } },
    );

    expect(seen.map((call) => [call.method, call.url, call.authorization])).toEqual([
      ['POST', '/redirect?status=303&to=%2Fafter', 'Basic x'],
      ['GET', '/after', 'Basic x'],
    ]);
  });

  it('should stop following when redirects loop', async () => {
    await expect(guardedFetch(testNetwork(), `http://127.0.0.1:${port}/loop`)).rejects.toThrow(
      TooManyRedirectsError,
    );
  });
});
