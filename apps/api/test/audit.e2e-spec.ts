import type { AuditPageDto } from '@fluxo/contracts';
import request from 'supertest';
import { CLIENT_HEADER } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuditService } from '../src/modules/audit/audit.service';
import { startTestApp, type TestApp } from './support/test-app';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';

type Agent = ReturnType<typeof request.agent>;

/** Owners read who did what: people, accounts, keys, switches, deletions, exports. */
describe('Audit log (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let owner: Agent;
  let editor: Agent;
  let editorId: string;

  beforeAll(async () => {
    sut = await startTestApp({ connectors: testConnectors(new FeedSandbox(), new InboxSandbox()) });
    owner = await sut.signUp('owner@shop.example');
    const { link } = (
      await owner
        .post('/api/workspace/invitations')
        .send({ email: 'agency@build.example', role: 'viewer' })
        .expect(201)
    ).body;
    editor = request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');
    const joined = await editor
      .post('/api/invitations/accept')
      .send({ token: link.split('#token=')[1], password: 'correct horse battery' })
      .expect(200);
    editorId = joined.body.user.id;
    await owner.patch(`/api/workspace/members/${editorId}`).send({ role: 'editor' }).expect(200);

    const account = (
      await editor
        .post('/api/accounts')
        .send({
          connectorKey: 'email',
          name: 'Agency mail',
          credentials: {
            host: '127.0.0.1',
            port: 2525,
            security: 'none',
            fromAddress: 'a@b.example',
          },
        })
        .expect(201)
    ).body;
    await owner.patch(`/api/accounts/${account.id}`).send({ name: 'Shop mail' }).expect(200);
    await owner.delete(`/api/accounts/${account.id}`).expect(204);
    const key = (
      await editor.post('/api/api-keys').send({ name: 'Deploy', scope: 'read' }).expect(201)
    ).body;
    await owner.delete(`/api/api-keys/workspace/${key.key.id}`).expect(200);

    const connection = (
      await editor.post('/api/connections').send({ name: 'Feed to inbox' }).expect(201)
    ).body;
    await editor
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await editor
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: 'x' } })
      .expect(201);
    await editor.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
    // Saving the same switch again is no change, and not recorded twice.
    await editor.patch(`/api/connections/${connection.id}`).send({ enabled: true }).expect(200);
    await editor.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);
    const exported = (await editor.get('/api/portability/export').expect(200)).body;
    await editor.post('/api/portability/import').send({ document: exported }).expect(201);
    await editor.delete(`/api/connections/${connection.id}`).expect(204);
  });

  afterAll(async () => {
    await sut?.close();
  });

  const page = async (query = ''): Promise<AuditPageDto> =>
    (await owner.get(`/api/audit${query}`).expect(200)).body;

  it('should record who did what to whom, newest first', async () => {
    const { events, actors } = await page();

    expect(events.map((e) => [e.actor, e.action, e.target, e.details]).reverse()).toEqual([
      ['owner@shop.example', 'member.invited', 'agency@build.example', { role: 'viewer' }],
      ['agency@build.example', 'member.joined', 'agency@build.example', { role: 'viewer' }],
      ['owner@shop.example', 'member.role-changed', 'agency@build.example', { role: 'editor' }],
      ['agency@build.example', 'account.created', 'Agency mail', { system: 'email' }],
      ['owner@shop.example', 'account.updated', 'Shop mail', { system: 'email' }],
      ['owner@shop.example', 'account.deleted', 'Shop mail', { system: 'email' }],
      ['agency@build.example', 'api-key.created', 'Deploy', { scope: 'read' }],
      ['owner@shop.example', 'api-key.revoked', 'Deploy', {}],
      ['agency@build.example', 'connection.switched-on', 'Feed to inbox', {}],
      ['agency@build.example', 'connection.switched-off', 'Feed to inbox', {}],
      ['agency@build.example', 'connections.exported', null, { count: 1 }],
      ['agency@build.example', 'connections.imported', null, { count: 1 }],
      ['agency@build.example', 'connection.deleted', 'Feed to inbox', {}],
    ]);
    expect(actors.map((a) => a.email)).toEqual(['agency@build.example', 'owner@shop.example']);
  });

  it('should filter by person, action and days in the reader’s time zone', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Pacific/Kiritimati' }).format(
      new Date(),
    );
    const byEditor = await page(`?actor=${editorId}`);
    const switches = await page('?action=connection.switched-off');
    const todayThere = await page(`?from=${today}&to=${today}&timezone=Pacific/Kiritimati`);
    const tomorrow = await page('?from=2999-01-01');
    const badZone = await owner.get('/api/audit?timezone=Mars/Olympus').expect(400);

    expect(byEditor.events.every((e) => e.actor === 'agency@build.example')).toBe(true);
    expect(byEditor.events).toHaveLength(8);
    expect(switches.events.map((e) => e.target)).toEqual(['Feed to inbox']);
    expect(todayThere.events).toHaveLength(13);
    expect(tomorrow.events).toEqual([]);
    expect(badZone.body.details[0].field).toBe('timezone');
  });

  it('should be for owners only, and forget events after 90 days', async () => {
    await editor.get('/api/audit').expect(403);
    const db = sut.app.get(DataSource);
    await db.query(
      `UPDATE audit_event SET created_at = now() - interval '91 days' WHERE action = 'member.invited'`,
    );

    const forgotten = await sut.app.get(AuditService).forgetOld();
    const { events } = await page();

    expect(forgotten).toBe(1);
    expect(events.map((e) => e.action)).not.toContain('member.invited');
    expect(events).toHaveLength(12);
  });
});
