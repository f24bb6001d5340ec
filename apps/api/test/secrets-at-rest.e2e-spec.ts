import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { paytSamplePostback } from '@fluxo/connector-payt';
import type { ConnectionDto, RunDetailDto, RunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SecretBox } from '../src/common/secret-box';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

const INTEGRATION_KEY = 'payt-key-5f1e9c07';
const TOKEN = 'tok-live-93a8d1';

describe('Secrets at rest: receiver secret fields and vendor keys in hook calls (e2e)', () => {
  let sut: TestApp;
  let user: Agent;
  let db: DataSource;
  let vendor: Server;
  let vendorUrl: string;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];
  let connection: ConnectionDto;
  let receiverId: string;

  beforeAll(async () => {
    vendor = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      });
    });
    await new Promise<void>((resolve) => vendor.listen(0, '127.0.0.1', resolve));
    vendorUrl = `http://127.0.0.1:${(vendor.address() as AddressInfo).port}`;
    sut = await startTestApp({ env: { FLUXO_ALLOWED_HOSTS: '127.0.0.1' } });
    db = sut.app.get(DataSource);
    user = await sut.signUp();

    const { body: account } = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'payt',
        name: 'PayT',
        credentials: { integrationKey: INTEGRATION_KEY },
      })
      .expect(201);
    const { body: created } = await user
      .post('/api/connections')
      .send({ name: 'Sales to the CRM' })
      .expect(201);
    await user
      .put(`/api/connections/${created.id}/source`)
      .send({
        connectorKey: 'payt',
        actionKey: 'postback',
        accountId: account.id,
        settings: { events: ['approved'] },
      })
      .expect(200);
    const { body: receiver } = await user
      .post(`/api/connections/${created.id}/receivers`)
      .send({
        connectorKey: 'http',
        actionKey: 'http-request',
        mapping: {
          method: 'POST',
          url: `${vendorUrl}/sales`,
          bodyType: 'json',
          body: '{"id":"{{ transaction_id }}"}',
          authType: 'bearer',
          token: TOKEN,
        },
      })
      .expect(201);
    receiverId = receiver.id;
    await switchOn(user, created.id);
    connection = (await user.get(`/api/connections/${created.id}`).expect(200)).body;
  });

  afterAll(async () => {
    await sut?.close();
    vendor?.closeAllConnections();
    await new Promise((resolve) => vendor?.close(resolve));
  });

  async function postback(transactionId: string): Promise<void> {
    await sut.http
      .post(connection.hookPath as string)
      .send({
        ...paytSamplePostback,
        integration_key: INTEGRATION_KEY,
        transaction_id: transactionId,
      })
      .expect(200);
    await sut.settle();
  }

  async function latestRun(): Promise<RunDetailDto> {
    const runs: RunDto[] = (await user.get(`/api/connections/${connection.id}/runs`).expect(200))
      .body;
    return (await user.get(`/api/runs/${runs[0].id}`).expect(200)).body;
  }

  it('should send the token but keep it sealed in the database and masked in every answer', async () => {
    await postback('TX1');

    const [{ mapping }] = await db.query(`SELECT mapping::text FROM step WHERE id = $1`, [
      receiverId,
    ]);
    const run = await latestRun();
    const preview = await user
      .post(`/api/connections/${connection.id}/steps/${receiverId}/preview`)
      .expect(200);
    const shown = (await user.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;

    expect(received.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(mapping).not.toContain(TOKEN);
    expect(shown.steps.find((s) => s.id === receiverId)?.mapping.token).toBe('••••');
    expect(run.items[0].deliveries[0]).toMatchObject({ status: 'delivered' });
    expect(run.items[0].deliveries[0].payload).toMatchObject({ token: '••••' });
    expect(preview.body.payload.token).toBe('••••');
    expect(JSON.stringify([run, preview.body, shown])).not.toContain(TOKEN);
  });

  it('should keep the stored token when the editor sends the mask back with other changes', async () => {
    await user
      .patch(`/api/connections/${connection.id}/steps/${receiverId}`)
      .send({
        mapping: {
          method: 'POST',
          url: `${vendorUrl}/orders`,
          bodyType: 'json',
          body: '{"id":"{{ transaction_id }}"}',
          authType: 'bearer',
          token: '••••',
        },
      })
      .expect(200);

    await postback('TX2');

    expect(received.at(-1)?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect((await latestRun()).status).toBe('succeeded');
  });

  it("should store PayT's call with its integration key masked, the original only sealed", async () => {
    await postback('TX3');

    const [event] = await db.query(
      `SELECT body, sealed_body FROM inbound_event WHERE connection_id = $1
        ORDER BY received_at DESC LIMIT 1`,
      [connection.id],
    );
    const stored = JSON.parse((event.body as Buffer).toString('utf8'));
    const original = Buffer.from(
      new SecretBox(sut.config.encryptionKey).openOrThrow<string>(event.sealed_body),
      'base64',
    ).toString('utf8');

    expect(stored).toMatchObject({ integration_key: '••••', transaction_id: 'TX3' });
    expect((event.body as Buffer).toString('utf8')).not.toContain(INTEGRATION_KEY);
    expect(JSON.parse(original).integration_key).toBe(INTEGRATION_KEY);
  });
});
