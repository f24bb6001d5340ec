import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createTestDatabase, type TestDatabase } from '../support/test-database';
import { FluxoProcess } from './fluxo-process';

const ROOT = resolve(__dirname, '../../../..');
const CLI = join(ROOT, 'dist/apps/api/apps/api/src/cli.js');
const run = promisify(execFile);

/**
 * `npm run fluxo -- reset-password EMAIL` for an instance without mail: the administrator gets
 * a link that sets a new password once, and the person's sessions end.
 */
describe('The administration command (built, real processes)', () => {
  let database: TestDatabase;
  let fluxo: FluxoProcess;
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'fluxo-cli-'));
    env = {
      DATABASE_URL: database.url,
      FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      FLUXO_DATA_DIR: dataDir,
      FLUXO_PUBLIC_URL: 'https://fluxo.shop.example',
    };
    fluxo = await FluxoProcess.create(env);
    await fluxo.start();
  });

  afterAll(async () => {
    await fluxo?.terminate();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const cli = (...args: string[]) =>
    run(process.execPath, [CLI, ...args], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });

  it('should print a single-use reset link for an account, and refuse an unknown address', async () => {
    const signUp = await fetch(`${fluxo.baseUrl}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'owner@shop.example', password: 'correct horse battery' }),
    });
    expect(signUp.status).toBe(201);
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];

    const { stdout } = await cli('reset-password', 'Owner@Shop.example');
    const unknown = await cli('reset-password', 'nobody@shop.example').catch(
      (error: { code: number; stderr: string }) => error,
    );
    const link = /https:\/\/fluxo\.shop\.example\/reset-password#token=([\w-]{43})/.exec(stdout);
    const reset = (password: string) =>
      fetch(`${fluxo.baseUrl}/api/auth/password/reset`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: link?.[1], password }),
      });

    expect(link).not.toBeNull();
    expect(unknown).toMatchObject({ code: 1, stderr: expect.stringContaining('No account') });
    expect((await reset('a fresh start at last')).status).toBe(200);
    expect((await reset('and once more please')).status).toBe(400);
    const me = await fetch(`${fluxo.baseUrl}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(401);
  });

  const json = async <T>(answer: Response | Promise<Response>): Promise<T> =>
    (await (await answer).json()) as T;

  /** A person on the running instance: their cookie, an API key, and a mail account. */
  async function personWithKey(email: string): Promise<{ call: typeof fetch; key: string }> {
    const signUp = await fetch(`${fluxo.baseUrl}/api/auth/signup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'correct horse battery' }),
    });
    const cookie = (signUp.headers.get('set-cookie') ?? '').split(';')[0];
    const call = ((path: string, init: RequestInit = {}) =>
      fetch(`${fluxo.baseUrl}${path}`, {
        ...init,
        headers: { cookie, 'content-type': 'application/json', ...init.headers },
      })) as typeof fetch;
    const key = await json<{ token: string }>(
      call('/api/api-keys', {
        method: 'POST',
        body: JSON.stringify({ name: 'CLI', scope: 'read-write' }),
      }),
    );
    await call('/api/accounts', {
      method: 'POST',
      body: JSON.stringify({
        connectorKey: 'email',
        name: 'Shop mail',
        credentials: {
          host: '127.0.0.1',
          port: 2525,
          security: 'none',
          fromAddress: 'a@b.example',
        },
      }),
    });
    return { call, key: key.token };
  }

  it('should export from one workspace and import into another with API keys, matching accounts by name', async () => {
    const staging = await personWithKey('staging@shop.example');
    const [account] = await json<{ id: string }[]>(staging.call('/api/accounts'));
    const connection = await json<{ id: string }>(
      staging.call('/api/connections', {
        method: 'POST',
        body: JSON.stringify({ name: 'Form to mail' }),
      }),
    );
    await staging.call(`/api/connections/${connection.id}/source`, {
      method: 'PUT',
      body: JSON.stringify({ connectorKey: 'forms', actionKey: 'new-submission' }),
    });
    await staging.call(`/api/connections/${connection.id}/receivers`, {
      method: 'POST',
      body: JSON.stringify({
        connectorKey: 'email',
        actionKey: 'send-email',
        accountId: account.id,
        mapping: { to: '{{ email }}', subject: 'Thanks', text: 'Hi {{ name }}' },
      }),
    });
    const production = await personWithKey('production@shop.example');
    const file = join(dataDir, 'connections.json');
    const withKey = (key: string) => ({ FLUXO_URL: fluxo.baseUrl, FLUXO_API_KEY: key });
    const cliWith = (extra: Record<string, string>, ...args: string[]) =>
      run(process.execPath, [CLI, ...args], {
        cwd: ROOT,
        env: { PATH: process.env.PATH, ...env, ...extra },
      });

    const exported = await cliWith(withKey(staging.key), 'export', '--out', file);
    const imported = await cliWith(withKey(production.key), 'import', file);
    const keyless = await cliWith({ FLUXO_URL: fluxo.baseUrl }, 'export').catch(
      (error: { code: number; stderr: string }) => error,
    );
    const [created] = await json<{ steps: { accountId: string }[] }[]>(
      production.call('/api/connections'),
    );
    const [theirAccount] = await json<{ id: string }[]>(production.call('/api/accounts'));

    expect(exported.stdout).toBe(`Exported 1 connection(s) to ${file}\n`);
    expect(imported.stdout).toMatch(
      /^Imported 1 connection\(s\), switched off:\n {2}Form to mail \(/,
    );
    expect(created).toMatchObject({ name: 'Form to mail', enabled: false });
    expect(created.steps[1].accountId).toBe(theirAccount.id);
    expect(keyless).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('Set FLUXO_API_KEY'),
    });
  });
});
