import type { ConnectionDto } from '@fluxo/contracts';
import { SmtpSandbox } from '@fluxo/sandboxes';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { RunSettlement } from '../src/modules/runs/run-settlement.service';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';
import { startTestApp, switchOn, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe('Owner notices (e2e, PostgreSQL)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let smtp: SmtpSandbox;
  let sut: TestApp;
  let db: DataSource;
  let owner: Agent;
  let ownerEmail: string;

  beforeAll(async () => {
    smtp = await SmtpSandbox.start({ port: 0 });
    sut = await startTestApp({
      connectors: testConnectors(feed, inbox),
      env: {
        FLUXO_SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        FLUXO_SMTP_FROM: 'Fluxo <alerts@fluxo.test>',
      },
    });
    db = sut.app.get(DataSource);
    sut.app.get(RunSettlement).autoDisableAfter = 2;
  });

  afterAll(async () => {
    await sut?.close();
    await smtp?.stop();
  });

  beforeEach(async () => {
    smtp.clear();
    feed.items = [];
    feed.failWith = null;
    ownerEmail = `owner-${Date.now()}@example.com`;
    owner = await sut.signUp(ownerEmail);
  });

  async function feedToInbox(name: string): Promise<ConnectionDto> {
    const { body: connection } = await owner.post('/api/connections').send({ name }).expect(201);
    await owner
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await owner
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: '{{ title }}' } })
      .expect(201);
    await switchOn(owner, connection.id);
    return connection;
  }

  async function runOnce(connectionId: string): Promise<void> {
    await owner.post(`/api/connections/${connectionId}/run`).expect(202);
    await sut.settle();
  }

  it('should e-mail the owner once with the name and reason when a connection is switched off', async () => {
    const connection = await feedToInbox('Orders to CRM');
    // An editor of the workspace is not told; only owners act on it.
    await db.query(
      `WITH member AS (
         INSERT INTO "user" (email, password_hash) VALUES ($2, 'unused') RETURNING id
       )
       INSERT INTO workspace_member (workspace_id, user_id, role)
       SELECT c.workspace_id, member.id, 'editor' FROM connection c, member WHERE c.id = $1`,
      [connection.id, `member-${Date.now()}@example.com`],
    );
    feed.failWith = 'Feed is down';

    await runOnce(connection.id);
    expect(smtp.messages()).toEqual([]);
    await runOnce(connection.id);
    // A third failure of a connection already off must not send a second notice.
    await runOnce(connection.id);

    const off = (await owner.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(off.enabled).toBe(false);
    const messages = smtp.messages();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      envelope: { to: [ownerEmail] },
      from: '"Fluxo" <alerts@fluxo.test>',
      subject: 'Fluxo switched off "Orders to CRM"',
    });
    expect(messages[0].text).toContain('"Orders to CRM"');
    expect(messages[0].text).toContain(off.disabledReason as string);
    expect(off.disabledReason).toMatch(/2 failed runs in a row/);
    // The owners' activity log says Fluxo did it, and why, once.
    const audit = (await owner.get('/api/audit?action=connection.switched-off').expect(200)).body;
    expect(audit.events).toEqual([
      expect.objectContaining({
        actor: null,
        target: 'Orders to CRM',
        details: { by: 'fluxo', failures: 2 },
      }),
    ]);
  });

  it('should not e-mail anyone when a connection fails fewer times than the limit', async () => {
    const connection = await feedToInbox('Sometimes down');
    feed.failWith = 'Feed is down';
    await runOnce(connection.id);
    feed.failWith = null;
    await runOnce(connection.id);
    feed.failWith = 'Feed is down';

    await runOnce(connection.id);

    expect(smtp.messages()).toEqual([]);
  });

  it('should still switch the connection off when the SMTP server refuses the notice', async () => {
    const connection = await feedToInbox('Refused notice');
    feed.failWith = 'Feed is down';
    smtp.setFault('reject-permanent');
    try {
      await runOnce(connection.id);
      await runOnce(connection.id);
    } finally {
      smtp.setFault('none');
    }

    const off = (await owner.get(`/api/connections/${connection.id}`).expect(200))
      .body as ConnectionDto;
    expect(off).toMatchObject({ enabled: false, consecutiveFailures: 2 });
    expect(smtp.messages()).toEqual([]);
  });
});
