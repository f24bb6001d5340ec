import type { ConnectionDto, ConnectionVersionDto } from '@fluxo/contracts';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';

type Agent = ReturnType<typeof request.agent>;

/** Every saved change keeps a version; a bad edit is undone by restoring an earlier one. */
describe('Connection versions (e2e, PostgreSQL)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let sut: TestApp;
  let user: Agent;

  beforeAll(async () => {
    sut = await startTestApp({ connectors: testConnectors(feed, inbox) });
    user = await sut.signUp('versions@shop.example');
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function feedToInbox(name: string): Promise<{ connection: ConnectionDto; stepId: string }> {
    const { body: connection } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    const { body: step } = await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: 'Hello' } })
      .expect(201);
    return { connection, stepId: step.id };
  }

  const versionsOf = async (id: string): Promise<ConnectionVersionDto[]> =>
    (await user.get(`/api/connections/${id}/versions`).expect(200)).body;

  it('should keep a version per saved change, saying what changed, and none for the switch', async () => {
    const { connection, stepId } = await feedToInbox('Orders');
    await user
      .patch(`/api/connections/${connection.id}/steps/${stepId}`)
      .send({ mapping: { text: 'Hello {{ title }}' } })
      .expect(200);
    await switchOn(user, connection.id);
    await user.patch(`/api/connections/${connection.id}`).send({ enabled: false }).expect(200);

    const versions = await versionsOf(connection.id);

    expect(versions).toHaveLength(4);
    expect(versions[0]).toMatchObject({ by: 'versions@shop.example', restoredFrom: null });
    expect(versions[0].changes).toEqual([
      {
        kind: 'step-changed',
        role: 'receiver',
        connectorKey: 'test-inbox',
        what: 'text',
        part: 'mapping',
        before: 'Hello',
        after: 'Hello {{ title }}',
      },
    ]);
    expect(versions[1].changes).toEqual([
      { kind: 'step-added', role: 'receiver', connectorKey: 'test-inbox' },
    ]);
    expect(versions[3].changes).toEqual([]);
  });

  it('should restore an earlier version as a new one, bringing back a removed receiver, and stay off', async () => {
    const { connection, stepId } = await feedToInbox('Refunds');
    const [beforeRemoval] = await versionsOf(connection.id);
    await user
      .patch(`/api/connections/${connection.id}`)
      .send({ name: 'Refunds (old)' })
      .expect(200);
    await user.delete(`/api/connections/${connection.id}/steps/${stepId}`).expect(204);

    const { body: restored } = await user
      .post(`/api/connections/${connection.id}/versions/${beforeRemoval.id}/restore`)
      .expect(201);
    const versions = await versionsOf(connection.id);

    expect(restored).toMatchObject({ name: 'Refunds', enabled: false });
    expect(restored.steps.map((s: { id: string }) => s.id)).toContain(stepId);
    expect(versions[0]).toMatchObject({ restoredFrom: beforeRemoval.id });
    expect(versions[0].changes).toEqual(
      expect.arrayContaining([
        { kind: 'name', before: 'Refunds (old)', after: 'Refunds' },
        { kind: 'step-added', role: 'receiver', connectorKey: 'test-inbox' },
      ]),
    );
  });

  it('should switch a connection off when the version it is restored to cannot run', async () => {
    const { body: connection } = await user
      .post('/api/connections')
      .send({ name: 'Bare' })
      .expect(201);
    const [bare] = await versionsOf(connection.id);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: 'x' } })
      .expect(201);
    await switchOn(user, connection.id);

    const { body: restored } = await user
      .post(`/api/connections/${connection.id}/versions/${bare.id}/restore`)
      .expect(201);

    expect(restored.enabled).toBe(false);
    expect(restored.steps).toEqual([]);
    expect(restored.disabledReason).toMatch(/^The restored version cannot run yet/);
  });

  it('should keep the last 50 versions, and keep them to their workspace', async () => {
    const { body: connection } = await user
      .post('/api/connections')
      .send({ name: 'v0' })
      .expect(201);
    for (let i = 1; i <= 55; i++) {
      await user
        .patch(`/api/connections/${connection.id}`)
        .send({ name: `v${i}` })
        .expect(200);
    }
    const stranger = await sut.signUp();

    const versions = await versionsOf(connection.id);
    await stranger.get(`/api/connections/${connection.id}/versions`).expect(404);
    await stranger
      .post(`/api/connections/${connection.id}/versions/${versions[0].id}/restore`)
      .expect(404);
    await user.post(`/api/connections/${connection.id}/versions/not-a-version/restore`).expect(404);

    expect(versions).toHaveLength(50);
    expect(versions[0].changes).toEqual([{ kind: 'name', before: 'v54', after: 'v55' }]);
  });
});
