import type { ExportDocument, ImportPreviewDto } from '@fluxo/contracts';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';

type Agent = ReturnType<typeof request.agent>;

const mailCredentials = {
  host: '127.0.0.1',
  port: 2525,
  security: 'none',
  fromAddress: 'shop@shop.example',
};

async function mailAccount(agent: Agent, name: string): Promise<string> {
  return (
    await agent
      .post('/api/accounts')
      .send({ connectorKey: 'email', name, credentials: mailCredentials })
      .expect(201)
  ).body.id;
}

/** What one workspace of a shop holds: a feed that mails, and a reminder chained after it. */
async function buildShop(agent: Agent): Promise<{ orders: string; reminders: string }> {
  const accountId = await mailAccount(agent, 'Shop mail');
  const feedConnection = async (name: string) => {
    const { body } = await agent.post('/api/connections').send({ name }).expect(201);
    await agent
      .put(`/api/connections/${body.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    return body.id as string;
  };
  const orders = await feedConnection('Orders to e-mail');
  await agent
    .post(`/api/connections/${orders}/receivers`)
    .send({
      connectorKey: 'email',
      actionKey: 'send-email',
      accountId,
      mapping: { to: '{{ email }}', subject: 'Order {{ id }}', text: 'Thanks, {{ name }}' },
      conditions: {
        groups: [{ rules: [{ variable: 'status', operator: 'equals', value: 'paid' }] }],
      },
    })
    .expect(201);
  await agent
    .patch(`/api/connections/${orders}`)
    .send({ trigger: { type: 'schedule', times: ['09:00'], timezone: 'Europe/Kyiv' } })
    .expect(200);
  const reminders = await feedConnection('Reminders');
  await agent
    .post(`/api/connections/${reminders}/receivers`)
    .send({
      connectorKey: 'email',
      actionKey: 'send-email',
      accountId,
      mapping: { to: '{{ email }}', subject: 'Reminder', text: 'Pay {{ id }}' },
      delay: { type: 'after', wait: { amount: 1, unit: 'days' } },
      cancelWhen: { key: '{{ id }}', connectionIds: [orders] },
    })
    .expect(201);
  await agent
    .patch(`/api/connections/${reminders}`)
    .send({ trigger: { type: 'after', connectionId: orders } })
    .expect(200);
  return { orders, reminders };
}

const withoutTime = ({ exportedAt: _at, ...rest }: ExportDocument) => rest;

describe('Export and import of connections (e2e, PostgreSQL)', () => {
  let production: TestApp;
  let staging: TestApp;
  let owner: Agent;
  let exported: ExportDocument;

  beforeAll(async () => {
    const connectors = testConnectors(new FeedSandbox(), new InboxSandbox());
    [staging, production] = await Promise.all([
      startTestApp({ connectors }),
      startTestApp({ connectors }),
    ]);
    owner = await staging.signUp('builder@shop.example');
    await buildShop(owner);
    const answer = await owner.get('/api/portability/export').expect(200);
    expect(answer.headers['content-disposition']).toMatch(
      /^attachment; filename="fluxo-connections-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    exported = answer.body;
  });

  afterAll(async () => {
    await Promise.all([staging?.close(), production?.close()]);
  });

  it('should export without secrets and round-trip through a fresh instance unchanged apart from ids', async () => {
    const target = await production.signUp('owner@shop.example');
    const accountId = await mailAccount(target, 'Shop mail');

    const preview: ImportPreviewDto = (
      await target.post('/api/portability/import/preview').send({ document: exported }).expect(200)
    ).body;
    const imported = await target
      .post('/api/portability/import')
      .send({
        document: exported,
        accounts: { 'email/Shop mail': preview.accounts[0].suggestedId },
      })
      .expect(201);
    const connections = (await target.get('/api/connections').expect(200)).body;
    const again: ExportDocument = (await target.get('/api/portability/export').expect(200)).body;

    expect(JSON.stringify(exported)).not.toMatch(/password|fluxo-sealed|[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(preview.connections.map((c) => [c.ref, c.name, c.source, c.receivers])).toEqual([
      ['c1', 'Orders to e-mail', 'test-feed', ['email']],
      ['c2', 'Reminders', 'test-feed', ['email']],
    ]);
    expect(preview.accounts).toEqual([
      {
        key: 'email/Shop mail',
        system: 'email',
        name: 'Shop mail',
        candidates: [{ id: accountId, name: 'Shop mail' }],
        suggestedId: accountId,
      },
    ]);
    expect(imported.body.created.map((c: { name: string }) => c.name)).toEqual([
      'Orders to e-mail',
      'Reminders',
    ]);
    expect(connections.every((c: { enabled: boolean }) => !c.enabled)).toBe(true);
    expect(withoutTime(again)).toEqual(withoutTime(exported));
  });

  it('should keep a chain and a cancellation only between connections that travel together', async () => {
    const { reminders } = await buildShop(await staging.signUp());
    const [one] = (await owner.get('/api/connections').expect(200)).body.filter(
      (c: { name: string }) => c.name === 'Reminders',
    );
    const alone: ExportDocument = (
      await owner.get(`/api/portability/export?connections=${one.id}`).expect(200)
    ).body;
    const elsewhere = await owner
      .get(`/api/portability/export?connections=${reminders}`)
      .expect(404);

    expect(alone.connections).toHaveLength(1);
    expect(alone.connections[0].trigger).toEqual({ type: 'after', connectionRef: null });
    expect(alone.connections[0].steps[1].cancelWhen).toBeNull();
    expect(elsewhere.body.code).toBe('NOT_FOUND');
  });

  describe('bad documents', () => {
    let target: Agent;
    const count = async () =>
      (await production.app.get(DataSource).query(`SELECT count(*)::int AS n FROM connection`))[0]
        .n;

    beforeAll(async () => {
      target = await production.signUp();
    });

    async function refused(document: unknown, status = 400) {
      const before = await count();
      const answer = await target.post('/api/portability/import').send({ document }).expect(status);
      expect(await count()).toBe(before);
      return answer.body;
    }

    it('should name a newer format, an unknown system, and say what is damaged, creating nothing', async () => {
      const newer = await refused({ ...exported, formatVersion: 9 });
      const unknown = await refused({
        ...exported,
        connections: [
          {
            ...exported.connections[0],
            steps: [{ ...exported.connections[0].steps[0], connectorKey: 'fax' }],
          },
        ],
      });
      const damaged = await refused({
        ...exported,
        connections: [{ ...exported.connections[0], name: '' }],
      });
      const notOne = await refused({ name: 'my-package', version: '1.0.0' });

      expect(newer).toMatchObject({ code: 'IMPORT_FORMAT_NEWER' });
      expect(newer.message).toContain('newer Fluxo (format 9; this one reads up to 1)');
      expect(unknown).toMatchObject({
        code: 'UNKNOWN_CONNECTOR',
        message: 'There is no system "fax"',
      });
      expect(damaged.code).toBe('IMPORT_INVALID');
      expect(damaged.details[0].field).toBe('connections.0.name');
      expect(notOne.code).toBe('IMPORT_NOT_AN_EXPORT');
    });

    it('should refuse deep nesting, a huge body and malformed JSON precisely', async () => {
      // Written as text: a serializer would stop at this depth before the server could.
      const deep = `${'{"d":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
      const exportedText = JSON.stringify(exported);
      const nested = await target
        .post('/api/portability/import')
        .set('content-type', 'application/json')
        .send(`{"document":${exportedText.slice(0, -1)},"deep":${deep}}}`)
        .expect(400);
      const before = await count();
      const huge = await target
        .post('/api/portability/import')
        .send({ document: { ...exported, padding: 'x'.repeat(2 * 1024 * 1024) } })
        .expect(413);
      const malformed = await target
        .post('/api/portability/import')
        .set('content-type', 'application/json')
        .send('{"document": {')
        .expect(400);

      expect(nested.body.code).toBe('IMPORT_TOO_DEEP');
      expect(huge.body.code).toBe('PAYLOAD_TOO_LARGE');
      expect(malformed.body.message).toMatch(/^The body is not valid JSON/);
      expect(await count()).toBe(before);
    });

    it('should not let an import reach another workspace’s account', async () => {
      const theirs = await mailAccount(await production.signUp(), 'Their mail');

      const before = await count();
      const withTheirs = await target
        .post('/api/portability/import')
        .send({ document: exported, accounts: { 'email/Shop mail': theirs } })
        .expect(404);

      expect(withTheirs.body.message).toBe('The account was not found');
      expect(await count()).toBe(before);
    });
  });
});
