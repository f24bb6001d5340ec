import {
  BlockedHostError,
  PermanentDeliveryError,
  testContext,
  testNetwork,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RecordingServer } from './__fixtures__/recording-server';
import { httpRequestReceiver } from './http-request.receiver';

/** A port nothing listens on: bind, read the port, close. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const fail = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the delivery to fail');
    },
    (error: unknown) => error as Error & { response: Record<string, unknown> | null },
  );

describe(httpRequestReceiver.name, () => {
  const sut = httpRequestReceiver;
  let server: RecordingServer;

  beforeAll(async () => {
    server = await RecordingServer.start();
  });

  afterAll(async () => {
    await server.stop();
  });

  beforeEach(() => {
    server.clear();
  });

  const context = (overrides: Parameters<typeof testContext>[0] = {}) =>
    testContext({ network: testNetwork(['127.0.0.1']), ...overrides });

  describe('the request sent', () => {
    it('should send the JSON body byte for byte with its headers when the body type is JSON', async () => {
      const body = '{"order": "42",\n "total": 19.9, "name": "João \\"Jo\\" Silva"}';

      const result = await sut.deliver(
        {
          method: 'POST',
          url: server.url('/orders'),
          headers: 'X-Shop-Id: 42\n\n  X-Trace:  abc  ',
          bodyType: 'json',
          body,
        },
        context({ idempotencyKey: 'dlv_7f3a' }),
      );

      const received = server.last();
      expect(received.method).toBe('POST');
      expect(received.url).toBe('/orders');
      expect(received.body.toString('utf8')).toBe(body);
      expect(received.headers).toEqual({
        host: `127.0.0.1:${server.port}`,
        connection: 'keep-alive',
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'x-shop-id': '42',
        'x-trace': 'abc',
        'idempotency-key': 'dlv_7f3a',
        'user-agent': 'Fluxo',
        accept: '*/*',
        'accept-language': '*',
        'accept-encoding': 'gzip, deflate',
        'sec-fetch-mode': 'cors',
      });
      expect(result.response).toEqual({
        status: 201,
        headers: { 'content-type': 'application/json', location: '/events/evt_1' },
        body: { id: 'evt_1', ok: true },
      });
    });

    it('should send urlencoded name=value pairs when the body type is form', async () => {
      await sut.deliver(
        {
          method: 'PUT',
          url: server.url('/form'),
          bodyType: 'form',
          body: 'name=Ana Lima\nemail = ana@example.com\n\nnote=a&b=c',
        },
        context(),
      );

      const received = server.last();
      expect(received.method).toBe('PUT');
      expect(received.headers['content-type']).toBe('application/x-www-form-urlencoded');
      expect(received.body.toString()).toBe('name=Ana+Lima&email=ana%40example.com&note=a%26b%3Dc');
    });

    it('should send no body and no content type when the body type is none', async () => {
      await sut.deliver(
        { method: 'DELETE', url: server.url('/orders/42'), bodyType: 'none', body: '{"x": 1}' },
        context(),
      );

      const received = server.last();
      expect(received.method).toBe('DELETE');
      expect(received.url).toBe('/orders/42');
      expect(received.body.length).toBe(0);
      expect(received.headers['content-type']).toBeUndefined();
    });

    it('should send a GET without a body when the body is left empty', async () => {
      await sut.deliver({ method: 'GET', url: server.url('/orders'), body: '  ' }, context());

      const received = server.last();
      expect(received.method).toBe('GET');
      expect(received.body.length).toBe(0);
      expect(received.headers['content-type']).toBeUndefined();
    });

    it('should send a Basic Authorization header when the authentication is basic', async () => {
      await sut.deliver(
        {
          url: server.url('/hook'),
          authType: 'basic',
          username: 'shop',
          password: ' p@ss wörd ',
          token: 'ignored',
        },
        context(),
      );

      expect(server.last().headers.authorization).toBe(
        `Basic ${Buffer.from('shop: p@ss wörd ', 'utf8').toString('base64')}`,
      );
    });

    it('should send a Bearer Authorization header that replaces one typed in the headers', async () => {
      await sut.deliver(
        {
          url: server.url('/hook'),
          headers: 'Authorization: Token old',
          authType: 'bearer',
          token: ' tok_live_123 ',
        },
        context(),
      );

      expect(server.last().headers.authorization).toBe('Bearer tok_live_123');
    });

    it('should send no Authorization header when the authentication is none', async () => {
      await sut.deliver(
        { url: server.url('/hook'), authType: 'none', username: 'shop', password: 'secret' },
        context(),
      );

      expect(server.last().headers.authorization).toBeUndefined();
    });

    it('should add the query parameters after those already in the URL when both are given', async () => {
      await sut.deliver(
        {
          method: 'GET',
          url: `${server.url('/search')}?a=1&b=x%20y#section`,
          query: 'c=3\nq=ana lima&co\nempty=',
        },
        context(),
      );

      expect(server.last().url).toBe('/search?a=1&b=x%20y&c=3&q=ana+lima%26co&empty=');
    });

    it('should keep the content type and idempotency key the user typed when the headers set them', async () => {
      await sut.deliver(
        {
          url: server.url('/hook'),
          headers: 'Content-Type: application/vnd.api+json\nIdempotency-Key: mine',
          body: '{"data": {}}',
        },
        context({ idempotencyKey: 'dlv_1' }),
      );

      expect(server.last().headers).toMatchObject({
        'content-type': 'application/vnd.api+json',
        'idempotency-key': 'mine',
      });
    });

    it('should use POST and JSON when the method and body type are left blank', async () => {
      await sut.deliver(
        { method: '', bodyType: '', url: server.url('/hook'), body: '[1]' },
        context(),
      );

      expect(server.last()).toMatchObject({
        method: 'POST',
        headers: { 'content-type': 'application/json' },
      });
    });
  });

  describe('mistakes found before sending', () => {
    it.each([
      [
        'not a URL',
        'URL "not a URL" is not a valid web address: it must start with https:// or http://',
      ],
      ['ftp://127.0.0.1/file', 'URL must start with https:// or http://, not ftp://'],
      [
        'http://shop:secret@127.0.0.1/hook',
        'URL must not contain a user name or password: choose "Basic" authentication and fill in User name and Password instead',
      ],
    ])(
      'should throw a permanent error and send nothing when the URL is %s',
      async (url, message) => {
        const error = await fail(sut.deliver({ url }, context()));

        expect(error).toBeInstanceOf(PermanentDeliveryError);
        expect(error.message).toBe(message);
        expect(server.received).toEqual([]);
      },
    );

    it('should say where the JSON breaks when a mapped value has unescaped quotes', async () => {
      const error = await fail(
        sut.deliver(
          { url: server.url('/hook'), body: '{\n  "name": "Ana "Jo" Lima",\n  "total": 1\n}' },
          context(),
        ),
      );

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toBe(
        "Body is not valid JSON at line 2, column 17: expected ',' or '}' after a property, " +
          'found "Jo" (near "{ "name": "Ana "Jo" Lima", "total"…"). If a mapped value may hold ' +
          'quotes or line breaks, write it as {{ value | json }} without quotes around it.',
      );
      expect(server.received).toEqual([]);
    });

    it('should throw a permanent error when a header line has no colon', async () => {
      const error = await fail(
        sut.deliver({ url: server.url('/hook'), headers: 'X-Ok: 1\nX-Broken' }, context()),
      );

      expect(error.message).toBe(
        'Headers, line 2: write it as "Name: value", like "X-Shop-Id: 42"',
      );
      expect(server.received).toEqual([]);
    });

    it('should throw a permanent error when the timeout is above 120 seconds', async () => {
      const error = await fail(
        sut.deliver({ url: server.url('/hook'), timeoutSeconds: '300' }, context()),
      );

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toBe('Timeout must be a number of seconds above 0 and at most 120');
    });

    it('should throw a permanent error when a GET has a body', async () => {
      const error = await fail(
        sut.deliver({ method: 'GET', url: server.url('/hook'), body: '{}' }, context()),
      );

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(server.received).toEqual([]);
    });

    it('should refuse to send when the host gives no network', async () => {
      const error = await fail(
        sut.deliver({ url: server.url('/hook') }, testContext({ network: undefined })),
      );

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toBe(
        'The host gave no network to send through, so Fluxo cannot call the URL',
      );
      expect(server.received).toEqual([]);
    });
  });

  describe('the answer', () => {
    it('should record a text answer as text when the server does not answer JSON', async () => {
      const result = await sut.deliver({ url: server.url('/text') }, context());

      expect(result.response).toEqual({
        status: 200,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: 'accepted',
      });
    });

    it('should keep only the first 10 kB when the answer is larger', async () => {
      const result = await sut.deliver({ method: 'GET', url: server.url('/large') }, context());

      const body = result.response.body as string;
      expect(typeof body).toBe('string');
      expect(Buffer.byteLength(body)).toBe(10 * 1024);
      expect(body.startsWith('{"data":"xxx')).toBe(true);
      expect(result.response.bodyTruncated).toBe(true);
    });

    it('should throw a permanent error with the status and the answer when the server answers 404', async () => {
      const error = await fail(sut.deliver({ url: server.url('/status/404') }, context()));

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toBe(
        `127.0.0.1:${server.port} refused the request with 404 Not Found. ` +
          'It answered: {"error":"order 42 not found"}',
      );
      expect(error.response).toEqual({
        status: 404,
        headers: { 'content-type': 'application/json' },
        body: { error: 'order 42 not found' },
      });
    });

    it('should throw a transient error that repeats Retry-After when the server answers 503', async () => {
      const error = await fail(
        sut.deliver({ url: server.url('/status/503?retryAfter=120&body=down') }, context()),
      );

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.message).toBe(
        `127.0.0.1:${server.port} answered 503 Service Unavailable and asked to wait 120 ` +
          'seconds before trying again; Fluxo will try again later. It answered: down',
      );
      expect(error.response).toMatchObject({ status: 503, retryAfterSeconds: 120 });
    });

    it.each([408, 425, 429, 500, 502])(
      'should throw a transient error when the server answers %i',
      async (status) => {
        const error = await fail(sut.deliver({ url: server.url(`/status/${status}`) }, context()));

        expect(error).toBeInstanceOf(TransientDeliveryError);
        expect(error.response).toMatchObject({ status });
      },
    );

    it.each([400, 401, 403, 410, 422])(
      'should throw a permanent error when the server answers %i',
      async (status) => {
        const error = await fail(sut.deliver({ url: server.url(`/status/${status}`) }, context()));

        expect(error).toBeInstanceOf(PermanentDeliveryError);
        expect(error.message).toContain(`refused the request with ${status} `);
      },
    );

    it('should never return the password or the Authorization header when the server echoes them', async () => {
      const password = 'Sup3r"Secret';

      const error = await fail(
        sut.deliver(
          { url: server.url('/echo-auth'), authType: 'basic', username: 'shop', password },
          context(),
        ),
      );

      const encoded = Buffer.from(`shop:${password}`).toString('base64');
      expect(server.last().headers.authorization).toBe(`Basic ${encoded}`);
      const everything = `${error.message} ${JSON.stringify(error.response)}`;
      expect(everything).not.toContain(encoded);
      expect(everything).not.toContain('Sup3r');
      expect(error.response?.body).toEqual({ error: 'bad credentials', received: '***' });
    });
    it('should log the host and status but no path, header or token when a call is answered', async () => {
      const logged: unknown[] = [];
      const logger = {
        debug: (text: string, meta?: Record<string, unknown>) => logged.push([text, meta]),
        warn: (text: string, meta?: Record<string, unknown>) => logged.push([text, meta]),
      };

      await sut.deliver(
        {
          url: server.url('/hooks/T0/B0/s3cretPath?key=k3y'),
          authType: 'bearer',
          token: 'tok_live_9',
        },
        context({ logger }),
      );

      expect(logged).toEqual([
        [
          'http request answered',
          { method: 'POST', host: `127.0.0.1:${server.port}`, status: 201, ms: expect.any(Number) },
        ],
      ]);
    });
  });

  describe('redirects and the network guard', () => {
    it('should follow a redirect on the same host when the server redirects', async () => {
      const result = await sut.deliver(
        { url: server.url('/redirect?status=307&to=/landing'), authType: 'bearer', token: 'tok_1' },
        context(),
      );

      expect(server.received.map((request) => request.url)).toEqual([
        '/redirect?status=307&to=/landing',
        '/landing',
      ]);
      expect(server.last()).toMatchObject({
        method: 'POST',
        headers: { authorization: 'Bearer tok_1' },
      });
      expect(result.response).toMatchObject({ status: 201 });
    });

    it('should drop the Authorization header when a redirect leaves the original host', async () => {
      const to = encodeURIComponent(server.url('/landing', 'localhost'));

      await sut.deliver(
        { url: server.url(`/redirect?status=307&to=${to}`), authType: 'bearer', token: 'tok_1' },
        context({ network: testNetwork(['127.0.0.1', 'localhost']) }),
      );

      expect(server.received[0].headers.authorization).toBe('Bearer tok_1');
      expect(server.last().url).toBe('/landing');
      expect(server.last().headers.authorization).toBeUndefined();
    });

    it("should throw the guard's error and never reach the inside when a redirect leads to a blocked host", async () => {
      const to = encodeURIComponent(server.url('/inside', 'localhost'));

      const error = await fail(sut.deliver({ url: server.url(`/redirect?to=${to}`) }, context()));

      expect(error).toBeInstanceOf(BlockedHostError);
      expect(server.received.map((request) => request.url)).not.toContain('/inside');
    });

    it('should throw a permanent error when a redirect gives no address to follow', async () => {
      const error = await fail(sut.deliver({ url: server.url('/bare-redirect') }, context()));

      expect(error).toBeInstanceOf(PermanentDeliveryError);
      expect(error.message).toBe(
        `127.0.0.1:${server.port} answered 302 Found, a redirect Fluxo cannot follow: check the URL.`,
      );
    });

    it.each([
      ['a private address', 'http://10.0.0.1/hook', '10.0.0.1'],
      ['a host name the guard refuses', 'http://localhost:8080/hook', 'localhost'],
    ])('should throw BlockedHostError when the URL is %s', async (_case, url, host) => {
      const network = testNetwork(['127.0.0.1']);

      const error = await fail(sut.deliver({ url }, context({ network })));

      expect(error).toBeInstanceOf(BlockedHostError);
      expect(error.message).toBe(
        `Fluxo does not connect to ${host}: it is a private or local address. ` +
          'An administrator can allow it with FLUXO_ALLOWED_HOSTS.',
      );
      expect(network.asked).toContain(host);
    });
  });

  describe('when no answer comes', () => {
    it('should throw a transient error when the server does not answer within the timeout', async () => {
      const startedAt = Date.now();

      const error = await fail(
        sut.deliver({ url: server.url('/slow'), timeoutSeconds: '0.3' }, context()),
      );

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.message).toBe(`127.0.0.1:${server.port} did not answer within 0.3 seconds`);
      expect(Date.now() - startedAt).toBeLessThan(3000);
    });

    it('should throw a transient error when the host stops waiting', async () => {
      const error = await fail(
        sut.deliver({ url: server.url('/slow') }, context({ signal: AbortSignal.timeout(200) })),
      );

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.message).toBe(
        `Fluxo stopped waiting for 127.0.0.1:${server.port} before it answered`,
      );
    });

    it('should throw a transient error when the connection is refused', async () => {
      const port = await closedPort();

      const error = await fail(sut.deliver({ url: `http://127.0.0.1:${port}/hook` }, context()));

      expect(error).toBeInstanceOf(TransientDeliveryError);
      expect(error.message).toBe(`Could not reach 127.0.0.1:${port}: the connection was refused`);
    });
  });
});
