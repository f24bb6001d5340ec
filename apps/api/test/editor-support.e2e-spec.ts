import type { ConnectionDto, WorkspaceRunDto } from '@fluxo/contracts';
import type request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

describe('API for the editor: health, trigger preview, duplicate, workspace history (e2e)', () => {
  const feed = new FeedSandbox();
  const inbox = new InboxSandbox();
  let sut: TestApp;
  let user: Agent;

  beforeAll(async () => {
    sut = await startTestApp({ connectors: testConnectors(feed, inbox) });
  });

  afterAll(async () => {
    await sut?.close();
  });

  beforeEach(async () => {
    feed.items = [];
    feed.failWith = null;
    inbox.fault = 'none';
    user = await sut.signUp();
  });

  async function get(id: string): Promise<ConnectionDto> {
    return (await user.get(`/api/connections/${id}`).expect(200)).body;
  }

  async function feedConnection(
    name: string,
    mapping: Record<string, string> = { text: '{{ title }}' },
  ) {
    const { body } = await user.post('/api/connections').send({ name }).expect(201);
    await user
      .put(`/api/connections/${body.id}/source`)
      .send({ connectorKey: 'test-feed', actionKey: 'new-entries' })
      .expect(200);
    await user
      .post(`/api/connections/${body.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping })
      .expect(201);
    return get(body.id);
  }

  it('should say what set-up is missing, then ready, then failing after a failed run', async () => {
    const { body: empty } = await user.post('/api/connections').send({ name: 'New' }).expect(201);
    expect(empty).toMatchObject({
      health: 'needs-setup',
      setupProblems: [{ code: 'source.missing' }, { code: 'receiver.missing' }],
    });

    const unmapped = await feedConnection('Unmapped', {});
    expect(unmapped.setupProblems).toEqual([
      {
        code: 'field.missing',
        stepId: expect.any(String),
        system: 'Test inbox',
        field: 'text',
        label: 'Text',
      },
    ]);

    const ready = await feedConnection('Ready');
    expect(ready).toMatchObject({ health: 'ready', setupProblems: [] });

    feed.failWith = 'Feed is down';
    await user.post(`/api/connections/${ready.id}/run`).expect(202);
    await sut.settle();
    expect((await get(ready.id)).health).toBe('failing');
  });

  it('should preview the next run of a trigger without saving it, and say why one is refused', async () => {
    const connection = await feedConnection('Preview');
    const before = await get(connection.id);

    const ok = await user
      .post(`/api/connections/${connection.id}/trigger-preview`)
      .send({ trigger: { type: 'interval', minutes: 60 } })
      .expect(200);
    const badZone = await user
      .post(`/api/connections/${connection.id}/trigger-preview`)
      .send({ trigger: { type: 'schedule', times: ['09:00'], timezone: 'Nowhere/City' } })
      .expect(200);
    const self = await user
      .post(`/api/connections/${connection.id}/trigger-preview`)
      .send({ trigger: { type: 'after', connectionId: connection.id } })
      .expect(200);

    const minutesAhead = (Date.parse(ok.body.nextRunAt) - Date.now()) / 60_000;
    expect(minutesAhead).toBeGreaterThan(59);
    expect(minutesAhead).toBeLessThan(61);
    expect(badZone.body).toEqual({
      nextRunAt: null,
      errors: [expect.objectContaining({ field: 'trigger.timezone' })],
    });
    expect(self.body.errors[0].message).toContain('"Preview"');
    expect((await get(connection.id)).trigger).toEqual(before.trigger);
  });

  it('should duplicate a connection switched off, with its steps and its own hook URL', async () => {
    const { body: form } = await user.post('/api/connections').send({ name: 'Form' }).expect(201);
    await user
      .put(`/api/connections/${form.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    await user
      .post(`/api/connections/${form.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: 'Hi {{ name }}' } })
      .expect(201);
    const original = await get(form.id);

    const { body: copy } = await user.post(`/api/connections/${form.id}/duplicate`).expect(201);

    expect(copy).toMatchObject({
      name: 'Form (copy)',
      enabled: false,
      trigger: { type: 'instant' },
    });
    expect(copy.id).not.toBe(original.id);
    expect(copy.hookPath).not.toBe(original.hookPath);
    expect(
      copy.steps.map((s: { connectorKey: string; mapping: object }) => [s.connectorKey, s.mapping]),
    ).toEqual(original.steps.map((s) => [s.connectorKey, s.mapping]));
  });

  it('should list the whole workspace’s runs with connection names, filtered by status', async () => {
    const good = await feedConnection('Good');
    const bad = await feedConnection('Bad');
    await user.post(`/api/connections/${good.id}/run`).expect(202);
    await sut.settle();
    feed.failWith = 'Feed is down';
    await user.post(`/api/connections/${bad.id}/run`).expect(202);
    await sut.settle();

    const all: WorkspaceRunDto[] = (await user.get('/api/runs').expect(200)).body;
    const failed: WorkspaceRunDto[] = (await user.get('/api/runs?status=failed').expect(200)).body;
    await user.get('/api/runs?status=sideways').expect(400);

    expect(all.map((r) => r.connectionName)).toEqual(['Bad', 'Good']);
    expect(failed.map((r) => [r.connectionName, r.status])).toEqual([['Bad', 'failed']]);
    const stranger = await sut.signUp();
    expect((await stranger.get('/api/runs').expect(200)).body).toEqual([]);
  });

  it('should rename an account', async () => {
    const { body: account } = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'email',
        name: 'Old',
        credentials: { host: 'smtp.example.com', fromAddress: 'a@example.com' },
      })
      .expect(201);

    const { body: renamed } = await user
      .patch(`/api/accounts/${account.id}`)
      .send({ name: 'Shop mail' })
      .expect(200);

    expect(renamed.name).toBe('Shop mail');
    expect((await user.get('/api/accounts').expect(200)).body[0].name).toBe('Shop mail');
  });
});
