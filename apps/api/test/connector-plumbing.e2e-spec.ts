import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  defineConnector,
  defineSource,
  type OptionsLoader,
  SignatureRejectedError,
  TransientDeliveryError,
  type ConnectorContext,
  type ConnectorDefinition,
  type OutboundMessage,
} from '@fluxo/connector-sdk';
import type { AccountDto, ConnectionDto, RunDetailDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RunWatchdog } from '../src/modules/runs/run-watchdog.service';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

const svg = '<svg xmlns="http://www.w3.org/2000/svg"/>';
const sign = (secret: string, body: string) =>
  createHmac('sha256', secret).update(body).digest('hex');

/** What the test vendors saw, and the switches that make them fail. */
const vendor = {
  hydrateFailures: 0,
  hydrated: [] as string[],
  sent: [] as { payload: Record<string, unknown>; callbackUrl?: string }[],
  messages: [] as { message: OutboundMessage; credentials: Record<string, unknown> }[],
  optionCalls: [] as ConnectorContext[],
  polls: 0,
};

/** A signed push source in the shape of Mercado Pago's: verify, parse fast, hydrate in the run. */
const signedShop = defineConnector({
  key: 'test-signed-shop',
  name: 'Signed shop',
  description: 'Signed notifications completed in the run',
  group: 'payment-gateways',
  logoSvg: svg,
  auth: {
    fields: [{ key: 'secret', label: 'Secret', type: 'password', required: true, secret: true }],
    check: async () => ({ ok: true, message: 'ok' }),
  },
  sources: [
    {
      key: 'orders',
      name: 'Orders',
      description: 'Signed order notifications',
      kind: 'instant',
      fields: [],
      requiresAccount: true,
      verify(request, ctx) {
        const given = Buffer.from(request.headers['x-signature'] ?? '');
        const expected = Buffer.from(
          sign(String(ctx.credentials.secret), request.rawBody.toString()),
        );
        if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
          throw new SignatureRejectedError('The signature does not match the shop secret');
        }
      },
      parse(request) {
        const body = request.body as { id: string };
        return [{ key: body.id, payload: { id: body.id } }];
      },
      sample: { id: 'example-1', buyer: { email: 'buyer@example.com' } },
      async hydrate(payload) {
        if (vendor.hydrateFailures > 0) {
          vendor.hydrateFailures -= 1;
          throw new TransientDeliveryError('The shop API answered 503');
        }
        vendor.hydrated.push(String(payload.id));
        if (payload.id === 'ignored') return { ...payload, _ignored: 'not a ticked event' };
        if (String(payload.id).startsWith('same-status')) {
          return {
            ...payload,
            _statusKey: 'payment:1:approved',
            buyer: { email: 'same@example.com' },
          };
        }
        return { ...payload, buyer: { email: `${String(payload.id)}@example.com` } };
      },
    },
    {
      key: 'rows',
      name: 'Rows',
      description: 'A polled list',
      kind: 'polling',
      fields: [],
      async poll() {
        vendor.polls += 1;
        return {
          items: [
            { key: 'r1', payload: { n: 1 } },
            { key: 'r2', payload: { n: 2 } },
          ],
        };
      },
    },
  ],
  receivers: [],
});

/** Lists the vendor's lists of a folder: a dynamic-select's choices. */
const loadLists: OptionsLoader = async (ctx) => {
  vendor.optionCalls.push(ctx);
  if (ctx.settings.folder === 'broken') throw new Error('the vendor is down');
  if (ctx.settings.folder === 'renew') {
    await ctx.saveCredentials?.({ oauthAccessToken: 'renewed', token: 'overwritten' });
  }
  if (!ctx.settings.folder) return { options: [], hint: 'Choose a folder first' };
  return { options: [{ value: `${String(ctx.settings.folder)}-1`, label: 'First list' }] };
};

/** A receiver whose vendor reports later, and one that sends through another account. */
const reporter = defineConnector({
  key: 'test-reporter',
  name: 'Reporter',
  description: 'Reports delivery status later',
  group: 'messaging',
  logoSvg: svg,
  auth: {
    fields: [{ key: 'token', label: 'Token', type: 'password', required: true, secret: true }],
    check: async () => ({ ok: true, message: 'ok' }),
  },
  messenger: {
    channel: 'sms',
    async send(message, ctx) {
      vendor.messages.push({ message, credentials: ctx.credentials });
      return { response: { sid: 'SM1' } };
    },
  },
  sources: [
    defineSource({
      key: 'list-members',
      name: 'New list members',
      description: 'A polled list chosen from the account',
      kind: 'polling',
      fields: [
        { key: 'folder', label: 'Folder', type: 'text', required: true },
        {
          key: 'lists',
          label: 'List',
          type: 'dynamic-select',
          required: true,
          dependsOn: ['folder'],
          loadOptions: loadLists,
        },
      ],
      poll: async () => ({ items: [] }),
    }),
  ],
  receivers: [
    {
      key: 'notify',
      name: 'Notify',
      description: 'Sends and reports later',
      fields: [
        { key: 'to', label: 'To', type: 'text', required: true },
        {
          key: 'via',
          label: 'Via',
          type: 'account',
          required: false,
          accountConnectors: ['test-reporter'],
        },
      ],
      async deliver(payload, ctx) {
        vendor.sent.push({ payload, callbackUrl: ctx.statusCallbackUrl });
        if (payload.via) {
          const answer = await ctx.messaging?.send(String(payload.via), {
            to: String(payload.to),
            text: 'Hi',
          });
          return { response: { relayed: answer?.response } };
        }
        return { response: { id: 'n1' } };
      },
      statusCallback: {
        verify(request, credentials) {
          if (request.headers['x-token'] !== credentials.token) {
            throw new SignatureRejectedError('Wrong callback token');
          }
        },
        parse(request) {
          const body = request.body as Record<string, string>;
          if (body.state === 'queued') return null;
          return body.state === 'delivered'
            ? { status: 'delivered', vendorStatus: 'delivered' }
            : {
                status: 'failed',
                vendorStatus: body.state,
                errorCode: body.code,
                errorMessage: 'Unreachable',
              };
        },
      },
    },
  ],
});

const connectors: ConnectorDefinition[] = [signedShop, reporter];

describe('Connector plumbing: signed sources, hydrate, status callbacks, options, messaging, OAuth (e2e)', () => {
  let sut: TestApp;
  let user: Agent;
  let tokenServer: Server;
  let tokenUrl: string;
  const tokenRequests: URLSearchParams[] = [];

  beforeAll(async () => {
    tokenServer = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const params = new URLSearchParams(body);
        tokenRequests.push(params);
        res.setHeader('content-type', 'application/json');
        if (params.get('code') !== 'good-code') {
          res.statusCode = 400;
          res.end(JSON.stringify({ error: 'invalid_grant', error_description: 'Bad code' }));
          return;
        }
        res.end(JSON.stringify({ access_token: 'at-1', refresh_token: 'rt-1', expires_in: 3600 }));
      });
    });
    await new Promise<void>((resolve) => tokenServer.listen(0, '127.0.0.1', resolve));
    tokenUrl = `http://127.0.0.1:${(tokenServer.address() as AddressInfo).port}/token`;
    sut = await startTestApp({
      connectors,
      env: {
        FLUXO_PUBLIC_URL: 'https://fluxo.example.com',
        FLUXO_ALLOWED_HOSTS: '127.0.0.1',
        FLUXO_GOOGLE_CLIENT_ID: 'client-1',
        FLUXO_GOOGLE_CLIENT_SECRET: 'client-secret',
        FLUXO_GOOGLE_AUTHORIZE_URL: 'https://consent.example.com/auth',
        FLUXO_GOOGLE_TOKEN_URL: tokenUrl,
      },
    });
  });

  afterAll(async () => {
    await sut?.close();
    await new Promise((resolve) => tokenServer.close(resolve));
  });

  beforeEach(async () => {
    vendor.hydrateFailures = 0;
    vendor.hydrated = [];
    vendor.sent = [];
    vendor.messages = [];
    vendor.optionCalls = [];
    user = await sut.signUp();
  });

  async function account(connectorKey: string, credentials: Record<string, string>) {
    const { body } = await user
      .post('/api/accounts')
      .send({ connectorKey, name: connectorKey, credentials })
      .expect(201);
    return body as AccountDto;
  }

  async function shopConnection(accountId: string | null, mapping = { to: '{{ buyer.email }}' }) {
    const { body } = await user.post('/api/connections').send({ name: 'Shop' }).expect(201);
    await user
      .put(`/api/connections/${body.id}/source`)
      .send({ connectorKey: 'test-signed-shop', actionKey: 'orders', accountId })
      .expect(200);
    const reporterAccount = await account('test-reporter', { token: 'cb-token' });
    await user
      .post(`/api/connections/${body.id}/receivers`)
      .send({
        connectorKey: 'test-reporter',
        actionKey: 'notify',
        accountId: reporterAccount.id,
        mapping,
      })
      .expect(201);
    // Without the account it cannot be switched on (and holds its calls).
    if (accountId) await switchOn(user, body.id);
    return (await user.get(`/api/connections/${body.id}`).expect(200)).body as ConnectionDto;
  }

  function post(connection: ConnectionDto, body: object, secret: string | null) {
    const raw = JSON.stringify(body);
    const call = sut.http
      .post(connection.hookPath as string)
      .set('content-type', 'application/json');
    if (secret) call.set('x-signature', sign(secret, raw));
    return call.send(raw);
  }

  it('should hold calls while a signed source has no account, and verify them when they are processed', async () => {
    const connection = await shopConnection(null);
    expect(connection.lastInbound).toBeNull();

    // Answered 200 (vendors suspend or never retry a hook that fails), stored, not run.
    const forged = await post(connection, { id: 'o1' }, 'anything').expect(200);
    await post(connection, { id: 'o2', buyer: { email: 'ana@example.com' } }, 's3cret').expect(200);

    expect(forged.body).toMatchObject({ ok: true, held: true, runId: null });
    const holding = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    expect(holding.lastInbound).toMatchObject({ status: 'held', total: 2, held: 2 });
    expect(holding.lastInbound.error).toMatch(/choose the Signed shop account/);
    const refused = await user
      .post(`/api/connections/${connection.id}/held-calls/process`)
      .expect(409);
    expect(refused.body.message).toMatch(/cannot be processed yet: choose the Signed shop account/);

    const shop = await account('test-signed-shop', { secret: 's3cret' });
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-signed-shop', actionKey: 'orders', accountId: shop.id })
      .expect(200);
    await switchOn(user, connection.id);
    const processed = await user
      .post(`/api/connections/${connection.id}/held-calls/process`)
      .expect(200);
    await sut.settle();

    // Verified now, with the account's secret: the forged call is refused, the signed one runs.
    expect(processed.body).toEqual({ accepted: 1, rejected: 1 });
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    expect(after.lastInbound).toMatchObject({ total: 2, held: 0 });
    const runs = (await user.get(`/api/connections/${connection.id}/runs`).expect(200)).body;
    expect(runs).toHaveLength(1);
    expect(
      (await user.post(`/api/connections/${connection.id}/held-calls/process`).expect(200)).body,
    ).toEqual({ accepted: 0, rejected: 0 });
  });

  it('should show the newest held call as test data while the connection is off, checked where it can be', async () => {
    const connection = await shopConnection(null);
    await post(connection, { id: 'h1' }, 'anything');

    // No account yet: the call cannot be checked, and it is what the user has to map from.
    const unchecked = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
    expect(unchecked.body).toMatchObject({ origin: 'held', data: { id: 'h1' } });
    expect(unchecked.body.receivedAt).not.toBeNull();

    // With the account chosen a call that fails its check is not shown; the example is.
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-signed-shop', actionKey: 'orders', accountId: shop.id })
      .expect(200);
    const refused = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
    expect(refused.body).toMatchObject({ origin: 'example', receivedAt: null });

    await post(connection, { id: 'h2' }, 's3cret').expect(200);
    const checked = await user.get(`/api/connections/${connection.id}/sample`).expect(200);
    // Read from the vendor as the run would (hydrate), now that the account allows it.
    expect(checked.body).toMatchObject({
      origin: 'held',
      data: { id: 'h2', buyer: { email: 'h2@example.com' } },
    });
    const runs = await user.get(`/api/connections/${connection.id}/runs`).expect(200);
    expect(runs.body).toEqual([]);
  });

  it('should offer the connector example as test data until a real event arrives', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);

    const before = (await user.get(`/api/connections/${connection.id}/sample`).expect(200)).body;
    await post(connection, { id: 'real-1' }, 's3cret').expect(200);
    await sut.settle();
    const after = (await user.get(`/api/connections/${connection.id}/sample`).expect(200)).body;

    expect(before).toMatchObject({ origin: 'example', receivedAt: null });
    expect(before.variables.map((v: { path: string }) => v.path)).toEqual(['id', 'buyer.email']);
    expect(after).toMatchObject({ origin: 'item', data: { id: 'real-1' } });
  });

  it('should preview and test-send with the sample the editor shows, when it gives one', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);
    const receiver = connection.steps.find((s) => s.role === 'receiver') as { id: string };
    const base = `/api/connections/${connection.id}/steps/${receiver.id}`;

    const example = await user.post(`${base}/preview`).expect(200);
    const given = await user
      .post(`${base}/preview`)
      .send({ sample: { buyer: { email: 'fresh@example.com' } } })
      .expect(200);
    const sent = await user
      .post(`${base}/test`)
      .send({ sample: { buyer: { email: 'fresh@example.com' } } })
      .expect(200);

    expect(example.body.payload.to).toBe('buyer@example.com');
    expect(given.body.payload.to).toBe('fresh@example.com');
    expect(sent.body).toMatchObject({ ok: true, payload: { to: 'fresh@example.com' } });
    expect(vendor.sent.at(-1)?.payload.to).toBe('fresh@example.com');
  });

  it('should read a polled source afresh for test data without storing anything', async () => {
    const { body } = await user.post('/api/connections').send({ name: 'Rows' }).expect(201);
    await user
      .put(`/api/connections/${body.id}/source`)
      .send({ connectorKey: 'test-signed-shop', actionKey: 'rows' })
      .expect(200);
    const polls = vendor.polls;

    const fresh = await user.post(`/api/connections/${body.id}/sample/load`).expect(200);

    expect(fresh.body).toMatchObject({ origin: 'fresh', data: { n: 2 } });
    expect(vendor.polls).toBe(polls + 1);
    const stored = await sut.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM source_item WHERE connection_id = $1`, [body.id]);
    expect(stored[0].n).toBe(0);
  });

  it('should refuse a bad signature with 401 and keep the call with the reason', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);

    const answer = await post(connection, { id: 'o1' }, 'wrong').expect(401);

    expect(answer.body).toMatchObject({ code: 'SIGNATURE_REJECTED' });
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    expect(after.lastInbound).toMatchObject({
      status: 'rejected',
      error: 'The signature does not match the shop secret',
    });
    expect(vendor.hydrated).toEqual([]);
  });

  it('should hydrate a signed item in the run and deliver the fetched variables once', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);

    await post(connection, { id: 'o7' }, 's3cret').expect(200);
    await post(connection, { id: 'o7' }, 's3cret').expect(200);
    await sut.settle();

    expect(vendor.hydrated).toEqual(['o7']);
    expect(vendor.sent.map((s) => s.payload.to)).toEqual(['o7@example.com']);
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    expect(after.lastInbound).toMatchObject({ status: 'accepted', total: 2 });
  });

  it('should plan no delivery for an item the source marks ignored', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);

    const { body } = await post(connection, { id: 'ignored' }, 's3cret').expect(200);
    await sut.settle();

    expect(vendor.hydrated).toEqual(['ignored']);
    expect(vendor.sent).toEqual([]);
    const run = (await user.get(`/api/runs/${body.runId}`).expect(200)).body as RunDetailDto;
    expect(run.status).toBe('succeeded');
  });

  it('should send once when two notifications find the same status', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);

    await post(connection, { id: 'same-status-created' }, 's3cret').expect(200);
    await sut.settle();
    await post(connection, { id: 'same-status-updated' }, 's3cret').expect(200);
    await sut.settle();

    expect(vendor.hydrated).toEqual(['same-status-created', 'same-status-updated']);
    expect(vendor.sent.map((s) => s.payload.to)).toEqual(['same@example.com']);
  });

  it('should put the run back with backoff when hydrating fails, then finish it', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);
    vendor.hydrateFailures = 1;

    const { body } = await post(connection, { id: 'o9' }, 's3cret').expect(200);
    await sut.settle();

    const waiting = (await user.get(`/api/runs/${body.runId}`).expect(200)).body as RunDetailDto;
    expect(waiting.status).toBe('queued');
    expect(waiting.error).toMatch(
      /Reading the data from Signed shop failed: The shop API answered 503/,
    );
    expect(vendor.sent).toEqual([]);

    const db = sut.app.get(DataSource);
    await db.query(`UPDATE run SET retry_at = now() WHERE id = $1`, [body.runId]);
    await sut.app.get(RunWatchdog).sweep();
    await sut.settle();

    const done = (await user.get(`/api/runs/${body.runId}`).expect(200)).body as RunDetailDto;
    expect(done.status).toBe('succeeded');
    expect(vendor.sent.map((s) => s.payload.to)).toEqual(['o9@example.com']);
  });

  it('should record the vendor status a signed callback reports, and refuse a forged one', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const connection = await shopConnection(shop.id);
    const { body } = await post(connection, { id: 'c1' }, 's3cret').expect(200);
    await sut.settle();
    const callbackUrl = new URL(vendor.sent[0].callbackUrl as string);
    expect(callbackUrl.origin).toBe('https://fluxo.example.com');

    await sut.http
      .post(callbackUrl.pathname)
      .set('x-token', 'forged')
      .type('form')
      .send({ state: 'delivered' })
      .expect(401);
    await sut.http
      .post(`${callbackUrl.pathname}x`)
      .type('form')
      .send({ state: 'delivered' })
      .expect(404);
    await sut.http
      .post(callbackUrl.pathname)
      .set('x-token', 'cb-token')
      .type('form')
      .send({ state: 'undelivered', code: '30003' })
      .expect(200);

    const run = (await user.get(`/api/runs/${body.runId}`).expect(200)).body as RunDetailDto;
    const delivery = run.items[0].deliveries[0];
    const after = (await user.get(`/api/connections/${connection.id}`).expect(200)).body;
    // Callbacks are kept, but they are not the platform calling the connection's URL.
    expect(after.lastInbound).toMatchObject({ status: 'accepted', total: 1 });
    expect(delivery.vendorStatus).toMatchObject({
      status: 'failed',
      vendorStatus: 'undelivered',
      errorCode: '30003',
      errorMessage: 'Unreachable',
    });
  });

  it('should load dynamic options with the account and the current settings', async () => {
    const reporterAccount = await account('test-reporter', { token: 't-1' });
    const load = (body: object) =>
      user.post('/api/connectors/test-reporter/options/lists').send(body).expect(200);

    expect((await load({ settings: { folder: 'a' } })).body).toEqual({
      options: [],
      hint: 'Choose a Reporter account first',
    });
    expect((await load({ accountId: reporterAccount.id, settings: {} })).body).toEqual({
      options: [],
      hint: 'Choose a folder first',
    });
    expect((await load({ accountId: reporterAccount.id, settings: { folder: 'a' } })).body).toEqual(
      { options: [{ value: 'a-1', label: 'First list' }] },
    );
    expect(vendor.optionCalls.at(-1)?.credentials).toEqual({ token: 't-1' });
    expect(
      (await load({ accountId: reporterAccount.id, settings: { folder: 'broken' } })).body,
    ).toEqual({ options: [], hint: 'Could not load the list: the vendor is down' });
    await user.post('/api/connectors/test-reporter/options/nope').send({}).expect(400);
  });

  it('should keep renewed tokens with the account and nothing else a connector sends', async () => {
    const reporterAccount = await account('test-reporter', { token: 't-1' });
    const load = (folder: string) =>
      user
        .post('/api/connectors/test-reporter/options/lists')
        .send({ accountId: reporterAccount.id, settings: { folder } })
        .expect(200);

    await load('renew');
    await load('a');

    expect(vendor.optionCalls.at(-1)?.credentials).toEqual({
      token: 't-1',
      oauthAccessToken: 'renewed',
    });
  });

  it('should send a message through another account of the workspace', async () => {
    const shop = await account('test-signed-shop', { secret: 's3cret' });
    const relay = await account('test-reporter', { token: 'relay-token' });
    const connection = await shopConnection(shop.id, {
      to: '{{ buyer.email }}',
      via: relay.id,
    } as never);

    await post(connection, { id: 'm1' }, 's3cret').expect(200);
    await sut.settle();

    expect(vendor.messages).toEqual([
      { message: { to: 'm1@example.com', text: 'Hi' }, credentials: { token: 'relay-token' } },
    ]);
  });

  it('should connect an account through the consent page and keep its tokens secret', async () => {
    const start = await user.get('/api/oauth/google-sheets/start?name=My%20Google').expect(302);
    const consent = new URL(start.headers.location as string);
    expect(consent.origin + consent.pathname).toBe('https://consent.example.com/auth');
    expect(Object.fromEntries(consent.searchParams)).toMatchObject({
      client_id: 'client-1',
      redirect_uri: 'https://fluxo.example.com/api/oauth/callback',
      response_type: 'code',
      access_type: 'offline',
      code_challenge_method: 'S256',
    });
    const state = consent.searchParams.get('state') as string;

    // The vendor sends the same browser back: it carries the cookie set at the start.
    const back = await user.get(`/api/oauth/callback?code=good-code&state=${state}`).expect(302);

    const landing = new URL(back.headers.location as string);
    const accountId = landing.searchParams.get('connected');
    expect(landing.pathname).toBe('/accounts');
    const accounts = (await user.get('/api/accounts').expect(200)).body as AccountDto[];
    const created = accounts.find((a) => a.id === accountId);
    expect(created).toMatchObject({ name: 'My Google', connectorKey: 'google-sheets' });
    expect(JSON.stringify(created)).not.toContain('rt-1');
    expect(tokenRequests.at(-1)?.get('code_verifier')).toHaveLength(43);
    expect(tokenRequests.at(-1)?.get('client_secret')).toBe('client-secret');

    // The cookie went with the first use: a second one is refused like a stranger's.
    const reused = await user.get(`/api/oauth/callback?code=good-code&state=${state}`).expect(400);
    expect(reused.text).toContain('already used');
    const after = (await user.get('/api/accounts').expect(200)).body as AccountDto[];
    expect(after.filter((a) => a.connectorKey === 'google-sheets')).toHaveLength(1);
  });

  it('should refuse a consent finished in another browser, save nothing and spend the link', async () => {
    const before = (await user.get('/api/accounts').expect(200)).body as AccountDto[];
    const start = await user.get('/api/oauth/google-sheets/start?name=Planted').expect(302);
    const state = new URL(start.headers.location as string).searchParams.get('state') as string;
    const exchanges = tokenRequests.length;

    // The consent link opened by someone else: their browser has no cookie from the start.
    const elsewhere = await sut.http
      .get(`/api/oauth/callback?code=victims-code&state=${state}`)
      .set('accept-language', 'uk-UA,uk;q=0.9,en;q=0.5')
      .expect(400);
    const starterAfterwards = await user
      .get(`/api/oauth/callback?code=good-code&state=${state}`)
      .expect(302);

    expect(elsewhere.headers['content-type']).toMatch(/^text\/html/);
    expect(elsewhere.text).toContain('Нічого не підключено');
    expect(tokenRequests).toHaveLength(exchanges);
    expect((await user.get('/api/accounts').expect(200)).body).toEqual(before);
    expect(
      new URL(starterAfterwards.headers.location as string).searchParams.get('oauthError'),
    ).toMatch(/expired or was already used/);
  });

  it("should refuse a callback that brings another consent's cookie", async () => {
    const first = await user.get('/api/oauth/google-sheets/start').expect(302);
    const mine = new URL(first.headers.location as string).searchParams.get('state') as string;
    const cookie = (first.headers['set-cookie'] as unknown as string[])[0].split(';')[0];
    const [name, value] = cookie.split('=');
    const other = 'x'.repeat(mine.length);

    const refused = await sut.http
      .get(`/api/oauth/callback?code=c&state=${other}`)
      .set('cookie', `${name.replace(mine.slice(0, 16), other.slice(0, 16))}=${value}`)
      .expect(400);

    expect(refused.text).toContain('Nothing was connected');
  });

  it('should land on the accounts page with the reason when the vendor refuses', async () => {
    const start = await user.get('/api/oauth/google-sheets/start').expect(302);
    const state = new URL(start.headers.location as string).searchParams.get('state') as string;

    const denied = await user
      .get(`/api/oauth/callback?error=access_denied&state=${state}`)
      .expect(302);

    expect(new URL(denied.headers.location as string).searchParams.get('oauthError')).toBe(
      'Google Sheets access was not granted',
    );
  });
});
