import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import type { INestApplicationContext, LogLevel } from '@nestjs/common';
import type { ConnectorDefinition } from '@fluxo/connector-sdk';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AppModule } from './app.module';
import { HttpExceptionFilter } from './common/http-exception.filter';
import type { AppConfig } from './config/app-config';
import { configureBodyParsing } from './configure-body-parsing';
import { guardCrossSiteCalls } from './cross-site-guard';
import { addSecurityHeaders } from './security-headers';
import type { DatabaseTarget } from './database/database-options';

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/** Builds the whole app (not listening yet); used by main.ts and by the e2e tests. */
export async function createApp(
  config: AppConfig,
  database: DatabaseTarget,
  extraConnectors: readonly ConnectorDefinition[] = [],
): Promise<NestFastifyApplication> {
  const webDist = resolveWebDist(config);
  const adapter = new FastifyAdapter({
    bodyLimit: config.bodyLimitBytes,
    // Off unless configured: X-Forwarded-For from anyone else would let a client choose the
    // address its log-in attempts are counted under.
    trustProxy: fastifyTrustProxy(config.trustProxy),
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, database, webDist, extraConnectors),
    adapter,
    {
      bodyParser: false,
      logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1),
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  configureBodyParsing(fastify);
  guardCrossSiteCalls(fastify, config.publicUrl);
  await app.register(fastifyCookie);
  await addSecurityHeaders(app, config.publicUrl?.startsWith('https://') ?? false);
  if (webDist) {
    // Only files that exist get a route; everything else falls through to the SPA controller.
    await app.register(fastifyStatic, { root: webDist, wildcard: false, index: false });
  }
  app.useGlobalFilters(new HttpExceptionFilter());
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Fluxo API')
      .setDescription('Connections, accounts, runs and hooks of a Fluxo workspace')
      .setVersion('0.1.0')
      .addCookieAuth('fluxo_session')
      // API keys from the profile: `Authorization: Bearer flx_…`, with the owner's access.
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'An API key (flx_…)' })
      .addSecurityRequirements('cookie')
      .addSecurityRequirements('bearer')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  return app;
}

/** A worker process: the executor and its queue consumers, no HTTP (queue mode only). */
export async function createWorker(
  config: AppConfig,
  database: DatabaseTarget,
  extraConnectors: readonly ConnectorDefinition[] = [],
): Promise<INestApplicationContext> {
  return NestFactory.createApplicationContext(
    AppModule.register(config, database, null, extraConnectors),
    { logger: LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(config.logLevel) + 1) },
  );
}

function resolveWebDist(config: AppConfig): string | null {
  const candidate = config.webDist ?? join(process.cwd(), 'dist/apps/web');
  return existsSync(join(candidate, 'index.html')) ? candidate : null;
}

/** A hop count as the function Fastify makes of one (the adapter's type omits numbers). */
function fastifyTrustProxy(
  trustProxy: AppConfig['trustProxy'],
): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof trustProxy !== 'number') return trustProxy;
  return (_address, hop) => hop < trustProxy;
}
