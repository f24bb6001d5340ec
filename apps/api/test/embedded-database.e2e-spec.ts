import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, switchOn, type TestApp } from './support/test-app';
import { FeedSandbox, InboxSandbox, testConnectors } from './support/test-connectors';

describe('Embedded PGlite mode (smoke)', () => {
  let sut: TestApp;
  const inbox = new InboxSandbox();

  beforeAll(async () => {
    sut = await startTestApp({
      embedded: true,
      connectors: testConnectors(new FeedSandbox(), inbox),
    });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should run the migrations and serve a signed-up user’s connection from PGlite', async () => {
    const user = await sut.signUp();
    await user.post('/api/connections').send({ name: 'On PGlite' }).expect(201);
    await sut.http.get('/api/health').expect(200);

    const listed = await user.get('/api/connections').expect(200);

    expect(listed.body.map((c: { name: string }) => c.name)).toEqual(['On PGlite']);
  });

  it('should run with the small buffer cache an embedded database needs', async () => {
    const [row]: { shared_buffers: string }[] = await sut.app
      .get(DataSource)
      .query('SHOW shared_buffers');

    expect(row.shared_buffers).toBe('8MB');
  });

  it('should accept a form submission and record its run', async () => {
    const user = await sut.signUp();
    const { body: connection } = await user
      .post('/api/connections')
      .send({ name: 'Form' })
      .expect(201);
    await user
      .put(`/api/connections/${connection.id}/source`)
      .send({ connectorKey: 'forms', actionKey: 'new-submission' })
      .expect(200);
    await user
      .post(`/api/connections/${connection.id}/receivers`)
      .send({ connectorKey: 'test-inbox', actionKey: 'store', mapping: { text: '{{ name }}' } })
      .expect(201);
    await switchOn(user, connection.id);
    const { body: withSource } = await user.get(`/api/connections/${connection.id}`).expect(200);

    await sut.http.post(withSource.hookPath).type('form').send({ name: 'Ana' }).expect(200);
    await sut.settle();
    const runs = await user.get(`/api/connections/${connection.id}/runs`).expect(200);

    expect(runs.body).toEqual([
      expect.objectContaining({ cause: 'instant', status: 'succeeded', itemsCount: 1 }),
    ]);
    expect(inbox.received.map((p) => p.text)).toEqual(['Ana']);
  });

  it('should refuse an SMTP account on a loopback host when no host is opened', async () => {
    const user = await sut.signUp();
    const { body: account } = await user
      .post('/api/accounts')
      .send({
        connectorKey: 'email',
        name: 'Local relay',
        credentials: {
          host: '127.0.0.1',
          port: 25,
          security: 'none',
          fromAddress: 'shop@example.com',
        },
      })
      .expect(201);

    const check = await user.post(`/api/accounts/${account.id}/check`).expect(200);

    expect(check.body.ok).toBe(false);
    expect(check.body.message).toMatch(/FLUXO_ALLOWED_HOSTS/);
  });
});
