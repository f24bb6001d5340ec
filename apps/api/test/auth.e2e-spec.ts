import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLIENT_HEADER } from '@fluxo/contracts';
import { startTestApp, type TestApp } from './support/test-app';

describe('Auth and workspace scoping (e2e, PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should tell the log-in page whether anyone has signed up yet (a fresh instance opens on sign-up)', async () => {
    expect((await sut.http.get('/api/auth/instance').expect(200)).body).toEqual({
      hasUsers: false,
      publicUrl: null,
      instanceMail: false,
    });
    await sut.signUp('first@example.com');
    expect((await sut.http.get('/api/auth/instance').expect(200)).body).toEqual({
      hasUsers: true,
      publicUrl: null,
      instanceMail: false,
    });
  });

  it('should sign up, answer /me from the httpOnly cookie and log out', async () => {
    const agent = await sut.signUp('ana@example.com');

    const me = await agent.get('/api/auth/me').expect(200);
    expect(me.body.user.email).toBe('ana@example.com');
    expect(me.body.workspace.name).toBe("ana's workspace");

    await agent.post('/api/auth/logout').expect(204);
    await agent.get('/api/auth/me').expect(401);
  });

  it('should set the session cookie httpOnly and SameSite=Lax', async () => {
    const response = await sut.http
      .post('/api/auth/signup')
      .send({ email: 'cookie@example.com', password: 'correct horse battery' })
      .expect(201);

    const cookie = String(response.headers['set-cookie']);
    expect(cookie).toMatch(/fluxo_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
  });

  it('should log in with the right password and refuse a wrong one with the same words as an unknown e-mail', async () => {
    await sut.signUp('bruno@example.com');

    await sut.http
      .post('/api/auth/login')
      .send({ email: 'BRUNO@example.com', password: 'correct horse battery' })
      .expect(200);
    const wrong = await sut.http
      .post('/api/auth/login')
      .send({ email: 'bruno@example.com', password: 'not the password' })
      .expect(401);
    const unknown = await sut.http
      .post('/api/auth/login')
      .send({ email: 'nobody@example.com', password: 'not the password' })
      .expect(401);

    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.body).toEqual({
      statusCode: 401,
      code: 'INVALID_CREDENTIALS',
      message: 'The e-mail or password is not right',
    });
  });

  it('should refuse a second sign-up with the same e-mail', async () => {
    await sut.signUp('carla@example.com');

    const response = await sut.http
      .post('/api/auth/signup')
      .send({ email: 'carla@example.com', password: 'another password' })
      .expect(409);

    expect(response.body.code).toBe('EMAIL_TAKEN');
  });

  it('should list every invalid field when the sign-up body is wrong', async () => {
    const response = await sut.http
      .post('/api/auth/signup')
      .send({ email: 'not-an-email', password: 'short' })
      .expect(400);

    expect(response.body.code).toBe('VALIDATION_FAILED');
    expect(response.body.details.map((d: { field: string }) => d.field).sort()).toEqual([
      'email',
      'password',
    ]);
  });

  it('should answer 401 without a session and 404 for another workspace’s connection', async () => {
    const owner = await sut.signUp();
    const stranger = await sut.signUp();
    const created = await owner.post('/api/connections').send({ name: 'Private' }).expect(201);

    await sut.http.get('/api/connections').expect(401);
    const hidden = await stranger.get(`/api/connections/${created.body.id}`).expect(404);
    await stranger
      .patch(`/api/connections/${created.body.id}`)
      .send({ name: 'Stolen' })
      .expect(404);
    await stranger.delete(`/api/connections/${created.body.id}`).expect(404);
    const listed = await stranger.get('/api/connections').expect(200);

    expect(hidden.body).toEqual({
      statusCode: 404,
      code: 'NOT_FOUND',
      message: 'The connection was not found',
    });
    expect(listed.body).toEqual([]);
    await owner.get(`/api/connections/${created.body.id}`).expect(200);
  });

  it('should refuse non-JSON and malformed JSON bodies on the API with precise errors', async () => {
    const agent = await sut.signUp();

    const wrongType = await agent
      .post('/api/connections')
      .set('content-type', 'text/plain')
      .send('name=x')
      .expect(415);
    const malformed = await agent
      .post('/api/connections')
      .set('content-type', 'application/json')
      .send('{"name":')
      .expect(400);

    expect(wrongType.body.message).toBe('The API accepts application/json bodies only');
    expect(malformed.body.message).toMatch(/^The body is not valid JSON/);
  });

  it('should refuse cross-site and body-less state-changing calls and take the editor’s own', async () => {
    const agent = await sut.signUp();
    const { body: original } = await agent
      .post('/api/connections')
      .send({ name: 'Guarded' })
      .expect(201);
    const duplicate = () => agent.post(`/api/connections/${original.id}/duplicate`);

    // What a cross-site <form> or a no-cors fetch can send: the cookie, no JSON, no header.
    const bare = await duplicate().unset(CLIENT_HEADER).expect(415);
    const otherSite = await duplicate().set('origin', 'https://evil.example').expect(403);
    const nullOrigin = await duplicate().set('origin', 'null').expect(403);
    const crossFetch = await duplicate().set('sec-fetch-site', 'cross-site').expect(403);
    const loginElsewhere = await sut.http
      .post('/api/auth/login')
      .set('origin', 'https://evil.example')
      .send({ email: 'x@example.com', password: 'whatever it is' })
      .expect(403);
    await duplicate().set('host', 'fluxo.test').set('origin', 'http://fluxo.test').expect(201);
    await duplicate().set('sec-fetch-site', 'same-origin').expect(201);

    expect(bare.body).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: 'Send this call with Content-Type: application/json or the X-Fluxo-Client header',
    });
    for (const refused of [otherSite, nullOrigin, crossFetch, loginElsewhere]) {
      expect(refused.body.code).toBe('CROSS_SITE_REFUSED');
    }
    expect((await agent.get('/api/connections').expect(200)).body).toHaveLength(3);
  });

  it('should send security headers: the editor’s policy everywhere, looser styles only on the docs', async () => {
    const health = await sut.http.get('/api/health').expect(200);
    const docs = await sut.http.get('/api/docs').expect(200);

    expect(health.headers).toMatchObject({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'same-origin',
    });
    expect(health.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(health.headers['content-security-policy']).toContain("script-src 'self';");
    expect(health.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
    // Over plain http HSTS means nothing; it is sent only for an https public URL.
    expect(health.headers['strict-transport-security']).toBeUndefined();
    expect(docs.headers['content-security-policy']).toContain(
      "style-src 'self' 'unsafe-inline'; img-src",
    );
    expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
  });

  it('should serve health and the OpenAPI document without a session', async () => {
    await sut.http.get('/api/health').expect(200, { status: 'ok', database: 'up' });
    const docs = await sut.http.get('/api/docs-json').expect(200);

    expect(Object.keys(docs.body.paths)).toContain('/api/connections');
  });
});

describe('Log-in limits (e2e, PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp();
  });

  afterAll(async () => {
    await sut?.close();
  });

  const logIn = (email: string, password: string, forwardedFor?: string) => {
    const call = sut.http.post('/api/auth/login').send({ email, password });
    return forwardedFor ? call.set('x-forwarded-for', forwardedFor) : call;
  };

  it('should lock an account after five wrong passwords, right password included, with Retry-After', async () => {
    await sut.signUp('dora@example.com');
    for (let i = 0; i < 5; i++) await logIn('dora@example.com', `wrong pass ${i}`).expect(401);

    const locked = await logIn('dora@example.com', 'correct horse battery').expect(429);

    expect(locked.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThanOrEqual(29);
    expect(Number(locked.headers['retry-after'])).toBeLessThanOrEqual(30);
  });

  it('should lock a client spraying one password over many e-mails, whatever X-Forwarded-For says', async () => {
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 25; i++) {
      const answer = await logIn(`spray-${i}@example.com`, 'Summer2026!', `203.0.113.${i}`);
      statuses.push(answer.status);
      retryAfter ??= answer.headers['retry-after'];
    }

    expect(new Set(statuses)).toEqual(new Set([401, 429]));
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(20);
    expect(statuses.slice(statuses.indexOf(429)).every((status) => status === 429)).toBe(true);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('should refuse a blank or common password at sign-up and name the field', async () => {
    const blank = await sut.http
      .post('/api/auth/signup')
      .send({ email: 'eli@example.com', password: '          ' })
      .expect(400);
    const common = await sut.http
      .post('/api/auth/signup')
      .send({ email: 'eli@example.com', password: 'Password1' })
      .expect(400);

    expect(blank.body.details).toEqual([
      { field: 'password', message: 'The password cannot be only spaces' },
    ]);
    expect(common.body).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ field: 'password', message: expect.stringMatching(/most common/) }],
    });
  });
});

describe('Log-in limits behind a trusted proxy (e2e, PostgreSQL)', () => {
  let sut: TestApp;

  beforeAll(async () => {
    sut = await startTestApp({ env: { FLUXO_TRUST_PROXY: 'loopback' } });
  });

  afterAll(async () => {
    await sut?.close();
  });

  it('should count attempts under the address the trusted proxy forwards', async () => {
    const attempt = (forwardedFor: string, i: number) =>
      sut.http
        .post('/api/auth/login')
        .set('x-forwarded-for', forwardedFor)
        .send({ email: `nobody-${i}@example.com`, password: 'not the password' });
    for (let i = 0; i < 20; i++) await attempt('198.51.100.7', i).expect(401);

    await attempt('198.51.100.7', 99).expect(429);
    await attempt('198.51.100.8', 99).expect(401);
  });
});
