import type { ApiKeyDto, CreatedApiKeyDto } from '@fluxo/contracts';
import { DataSource } from 'typeorm';
import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from './support/test-app';

type Agent = ReturnType<typeof request.agent>;

/** Scripts call the API with a key from the profile, as its owner, without the browser's cookie. */
describe('API keys (e2e, PostgreSQL)', () => {
  let sut: TestApp;
  let owner: Agent;

  beforeAll(async () => {
    sut = await startTestApp();
    owner = await sut.signUp('keys@shop.example');
  });

  afterAll(async () => {
    await sut?.close();
  });

  async function createKey(body: Record<string, unknown>): Promise<CreatedApiKeyDto> {
    return (await owner.post('/api/api-keys').send(body).expect(201)).body;
  }

  const withKey = (token: string) => ({ authorization: `Bearer ${token}` });

  it('should show a key once, keep its hash, and let a read/write key act as its owner', async () => {
    const created = await createKey({ name: 'Nightly export', scope: 'read-write' });
    const mine = (await owner.get('/api/connections').expect(200)).body;

    const listed = await sut.http.get('/api/connections').set(withKey(created.token)).expect(200);
    // A script is no browser page: no Origin check, no client header (the key is no cookie).
    const fromElsewhere = await sut.http
      .post('/api/connections')
      .set({ ...withKey(created.token), origin: 'https://scripts.example' })
      .send({ name: 'From a script' })
      .expect(201);
    const keys: ApiKeyDto[] = (await owner.get('/api/api-keys').expect(200)).body;
    const stored: { key_hash: string }[] = await sut.app
      .get(DataSource)
      .query(`SELECT key_hash FROM api_key`);

    expect(created.token).toMatch(/^flx_[\w-]{43}$/);
    expect(created.key).toMatchObject({ name: 'Nightly export', scope: 'read-write' });
    expect(created.token.startsWith(created.key.prefix)).toBe(true);
    expect(listed.body).toEqual(mine);
    expect(fromElsewhere.body.name).toBe('From a script');
    expect(keys[0]).toMatchObject({ id: created.key.id, lastUsedAt: expect.any(String) });
    expect(JSON.stringify(keys)).not.toContain(created.token);
    expect(stored.map((row) => row.key_hash)).not.toContain(created.token);
  });

  it('should let a read key read and refuse it every change', async () => {
    const { token } = await createKey({ name: 'Dashboard', scope: 'read' });

    await sut.http.get('/api/runs').set(withKey(token)).expect(200);
    const refused = await sut.http
      .post('/api/connections')
      .set(withKey(token))
      .send({ name: 'Nope' })
      .expect(403);

    expect(refused.body.code).toBe('READ_ONLY_KEY');
  });

  it('should stop a revoked or expired key, and any key that is not one', async () => {
    const revoked = await createKey({ name: 'Old laptop', scope: 'read' });
    const expiring = await createKey({ name: 'Trial', scope: 'read', expiresOn: '2099-01-31' });
    await owner.delete(`/api/api-keys/${revoked.key.id}`).expect(200);
    await sut.app
      .get(DataSource)
      .query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [
        expiring.key.id,
      ]);

    await sut.http.get('/api/connections').set(withKey(revoked.token)).expect(401);
    await sut.http.get('/api/connections').set(withKey(expiring.token)).expect(401);
    await sut.http.get('/api/connections').set(withKey('flx_not-a-real-key')).expect(401);
    await sut.http.get('/api/connections').set({ authorization: 'Bearer' }).expect(401);
    expect(expiring.key.expiresAt).toBe('2099-01-31T23:59:59.999Z');
  });

  it('should keep keys to their owner and refuse to make keys with a key', async () => {
    const { key, token } = await createKey({ name: 'Mine', scope: 'read-write' });
    const stranger = await sut.signUp();

    const theirs: ApiKeyDto[] = (await stranger.get('/api/api-keys').expect(200)).body;
    await stranger.delete(`/api/api-keys/${key.id}`).expect(404);
    await owner.delete('/api/api-keys/not-a-uuid').expect(404);
    const minted = await sut.http
      .post('/api/api-keys')
      .set(withKey(token))
      .send({ name: 'Copy', scope: 'read-write' })
      .expect(403);
    const past = await owner
      .post('/api/api-keys')
      .send({ name: 'Late', scope: 'read', expiresOn: '2020-01-01' })
      .expect(400);

    expect(theirs).toEqual([]);
    expect(minted.body.message).toBe('API keys are made in the profile, not with an API key');
    await sut.http
      .post('/api/auth/password')
      .set(withKey(token))
      .send({ currentPassword: 'correct horse battery', newPassword: 'changed by a script' })
      .expect(403);
    expect(past.body.details).toEqual([expect.objectContaining({ field: 'expiresOn' })]);
  });

  it('should document the bearer scheme in OpenAPI', async () => {
    const docs = await sut.http.get('/api/docs-json').expect(200);

    expect(docs.body.components.securitySchemes.bearer).toMatchObject({
      type: 'http',
      scheme: 'bearer',
    });
  });
});
