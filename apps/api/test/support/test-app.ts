import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ConnectorDefinition } from '@fluxo/connector-sdk';
import { CLIENT_HEADER } from '@fluxo/contracts';
import request from 'supertest';
import { loadConfigOrThrow, type AppConfig } from '../../src/config/app-config';
import { createApp, createWorker } from '../../src/create-app';
import { startEmbeddedDatabase } from '../../src/database/embedded-database';
import { LocalRunQueue } from '../../src/modules/runs/local-run.queue';
import { RUN_DISPATCH } from '../../src/modules/runs/run-dispatch.types';
import { RunWatchdog } from '../../src/modules/runs/run-watchdog.service';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  databaseUrl: string;
  http: ReturnType<typeof request>;
  /** A supertest agent that keeps the session cookie of a freshly signed-up user. */
  signUp(email?: string): Promise<ReturnType<typeof request.agent>>;
  /** Waits until every queued run and delivery attempt has finished. */
  settle(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestApp(
  options: {
    embedded?: boolean;
    env?: Record<string, string>;
    connectors?: ConnectorDefinition[];
    /** Share another test app's database (several processes on one database). */
    databaseUrl?: string;
  } = {},
): Promise<TestApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-e2e-'));
  const config = loadConfigOrThrow({
    FLUXO_DATA_DIR: dataDir,
    FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    FLUXO_WEB_DIST: join(dataDir, 'no-web'),
    LOG_LEVEL: 'error',
    FLUXO_LOGIN_ATTEMPTS_PER_MINUTE: '100000',
    ...options.env,
  });
  const embedded = options.embedded ? await startEmbeddedDatabase(dataDir) : null;
  const database = embedded || options.databaseUrl ? null : await createTestDatabase();
  const databaseUrl = embedded?.url ?? options.databaseUrl ?? (database?.url as string);
  const app = await createApp(
    config,
    { url: databaseUrl, embedded: !!embedded, poolSize: config.databasePoolSize },
    options.connectors,
  );
  await app.init();
  await app.getHttpAdapter().getInstance().ready();
  const server = app.getHttpServer();
  const dispatch: unknown = app.get(RUN_DISPATCH);
  const watchdog = app.get(RunWatchdog);
  return {
    app,
    config,
    databaseUrl,
    http: request(server),
    async signUp(email = `user-${randomBytes(4).toString('hex')}@example.com`) {
      // As the editor does: state-changing calls without a body carry the client header.
      const agent = request.agent(server).set(CLIENT_HEADER, 'test');
      await agent
        .post('/api/auth/signup')
        .send({ email, password: 'correct horse battery' })
        .expect(201);
      return agent;
    },
    async settle() {
      // Only the in-process queue can tell; queue-mode tests wait for what they expect to see.
      if (!(dispatch instanceof LocalRunQueue)) return;
      await watchdog.whenIdle();
      await dispatch.whenIdle();
    },
    async close() {
      await app.close();
      await embedded?.stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A queue-mode worker (no HTTP) on the database of a running test app. */
export interface TestWorker {
  app: INestApplicationContext;
  close(): Promise<void>;
}

export async function startTestWorker(options: {
  databaseUrl: string;
  env: Record<string, string>;
  connectors?: ConnectorDefinition[];
}): Promise<TestWorker> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fluxo-worker-'));
  const config = loadConfigOrThrow({
    FLUXO_DATA_DIR: dataDir,
    FLUXO_ENCRYPTION_KEY: randomBytes(32).toString('hex'),
    LOG_LEVEL: 'error',
    FLUXO_ROLE: 'worker',
    ...options.env,
  });
  const worker = await createWorker(
    config,
    { url: options.databaseUrl, embedded: false, poolSize: config.databasePoolSize },
    options.connectors,
  );
  await worker.init();
  return {
    app: worker,
    async close() {
      await worker.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * New connections start off (issue 16.1); a test switches one on once it is set up, as a user
 * does in the guided panel's last step.
 */
export async function switchOn(
  agent: ReturnType<typeof request.agent>,
  connectionId: string,
): Promise<void> {
  await agent.patch(`/api/connections/${connectionId}`).send({ enabled: true }).expect(200);
}
