import { SmtpSandbox } from '@fluxo/sandboxes';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CLIENT_HEADER } from '@fluxo/contracts';
import { SESSION_COOKIE } from '../src/modules/auth/auth-context';
import { startTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'correct horse battery';

/** A second browser of the same person: logs in on its own. */
async function logIn(sut: TestApp, email: string, password = PASSWORD) {
  const agent = request.agent(sut.app.getHttpServer()).set(CLIENT_HEADER, 'test');
  await agent.post('/api/auth/login').send({ email, password }).expect(200);
  return agent;
}

/** The token of the link in a reset e-mail. */
function tokenIn(text: string): string {
  const match = /\/reset-password#token=([\w-]{43})/.exec(text);
  if (!match) throw new Error(`No reset link in:\n${text}`);
  return match[1];
}

describe('Password change and reset (e2e, PostgreSQL)', () => {
  describe('with the instance mail', () => {
    let sut: TestApp;
    let smtp: SmtpSandbox;

    beforeAll(async () => {
      smtp = await SmtpSandbox.start({ port: 0 });
      sut = await startTestApp({
        env: {
          FLUXO_SMTP_URL: `smtp://localhost:${smtp.port}`,
          FLUXO_SMTP_FROM: 'Fluxo <fluxo@shop.example>',
          FLUXO_PUBLIC_URL: 'https://fluxo.shop.example',
        },
      });
    });

    afterAll(async () => {
      await sut?.close();
      await smtp?.stop();
    });

    it('should change the password with the current one and end the other sessions', async () => {
      const email = 'change@shop.example';
      const here = await sut.signUp(email);
      const elsewhere = await logIn(sut, email);

      const wrong = await here
        .post('/api/auth/password')
        .send({ currentPassword: 'not it at all', newPassword: 'a brand new passphrase' })
        .expect(400);
      await here
        .post('/api/auth/password')
        .send({ currentPassword: PASSWORD, newPassword: 'a brand new passphrase' })
        .expect(204);

      expect(wrong.body.details).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
      await here.get('/api/auth/me').expect(200);
      await elsewhere.get('/api/auth/me').expect(401);
      await sut.http.post('/api/auth/login').send({ email, password: PASSWORD }).expect(401);
      await logIn(sut, email, 'a brand new passphrase');
    });

    it('should mail a single-use link in the asker’s language, which ends every session', async () => {
      const email = 'forgot@shop.example';
      const before = await sut.signUp(email);

      const asked = await sut.http
        .post('/api/auth/password/forgot')
        .send({ email: 'Forgot@Shop.example', locale: 'pt-BR' })
        .expect(202);
      const mail = await smtp.waitForMessage((m) => m.to.includes(email));
      const token = tokenIn(mail.text);
      const reset = await sut.http
        .post('/api/auth/password/reset')
        .send({ token, password: 'a fresh start at last' })
        .expect(200);
      const again = await sut.http
        .post('/api/auth/password/reset')
        .send({ token, password: 'and once more please' })
        .expect(400);

      expect(asked.body).toEqual({ sent: true });
      expect(mail.subject).toBe('Defina uma nova senha do Fluxo');
      expect(mail.text).toContain('https://fluxo.shop.example/reset-password#token=');
      expect(reset.body.user.email).toBe(email);
      expect(String(reset.headers['set-cookie'])).toContain(`${SESSION_COOKIE}=`);
      expect(again.body.code).toBe('RESET_LINK_USED');
      const spent = await sut.http.post('/api/auth/password/reset/inspect').send({ token });
      expect(spent.body).toEqual({ state: 'used' });
      await before.get('/api/auth/me').expect(401);
      await logIn(sut, email, 'a fresh start at last');
      // Only the hash of the token is kept.
      const stored: { token_hash: string }[] = await sut.app
        .get(DataSource)
        .query(`SELECT token_hash FROM password_reset`);
      expect(stored.map((r) => r.token_hash)).not.toContain(token);
    });

    it('should answer an unknown address the same, and send nothing', async () => {
      const sentBefore = smtp.messages().length;

      const answer = await sut.http
        .post('/api/auth/password/forgot')
        .send({ email: 'nobody@shop.example' })
        .expect(202);

      expect(answer.body).toEqual({ sent: true });
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(smtp.messages()).toHaveLength(sentBefore);
    });

    it('should refuse an expired link, and a link that is not one', async () => {
      const email = 'late@shop.example';
      await sut.signUp(email);
      await sut.http.post('/api/auth/password/forgot').send({ email }).expect(202);
      const token = tokenIn((await smtp.waitForMessage((m) => m.to.includes(email))).text);
      await sut.app
        .get(DataSource)
        .query(`UPDATE password_reset SET expires_at = now() - interval '1 second'`);

      const expired = await sut.http
        .post('/api/auth/password/reset')
        .send({ token, password: 'too late for this one' })
        .expect(400);
      const garbled = await sut.http
        .post('/api/auth/password/reset')
        .send({ token: 'short', password: 'too late for this one' })
        .expect(400);

      const inspected = await sut.http
        .post('/api/auth/password/reset/inspect')
        .send({ token })
        .expect(200);
      const unknown = await sut.http
        .post('/api/auth/password/reset')
        .send({ token: 'u'.repeat(43), password: 'too late for this one' })
        .expect(400);

      expect(expired.body.code).toBe('RESET_LINK_EXPIRED');
      expect(inspected.body).toEqual({ state: 'expired' });
      expect(unknown.body.code).toBe('RESET_LINK_INVALID');
      expect(garbled.body.details).toEqual([expect.objectContaining({ field: 'token' })]);
      await logIn(sut, email);
    });
  });

  describe('without mail', () => {
    let sut: TestApp;

    beforeAll(async () => {
      sut = await startTestApp({ env: { FLUXO_LOGIN_ATTEMPTS_PER_MINUTE: '3' } });
    });

    afterAll(async () => {
      await sut?.close();
    });

    it('should keep no link when it cannot send one, and limit how often it is asked', async () => {
      await sut.signUp('nomail@shop.example');

      for (let i = 0; i < 3; i++) {
        await sut.http
          .post('/api/auth/password/forgot')
          .send({ email: 'nomail@shop.example' })
          .expect(202);
      }
      const limited = await sut.http
        .post('/api/auth/password/forgot')
        .send({ email: 'nomail@shop.example' })
        .expect(429);

      expect(limited.headers['retry-after']).toBeDefined();
      const links = await sut.app.get(DataSource).query(`SELECT 1 FROM password_reset`);
      expect(links).toHaveLength(0);
    });
  });
});
