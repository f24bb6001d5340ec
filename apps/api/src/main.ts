import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfigOrThrow } from './config/app-config';
import { createApp } from './create-app';
import { startEmbeddedDatabase } from './database/embedded-database';

async function bootstrap(): Promise<void> {
  const logger = new Logger('Fluxo');
  const config = loadConfigOrThrow();
  const embedded = config.databaseUrl ? null : await startEmbeddedDatabase(config.dataDir);
  if (embedded) {
    logger.log(
      `embedded PGlite database in ${config.dataDir}/pg (use PostgreSQL in production: set DATABASE_URL)`,
    );
  }
  const app = await createApp(config, {
    url: config.databaseUrl ?? (embedded as { url: string }).url,
    embedded: !!embedded,
  });
  // Close HTTP and the executor first, then the embedded database they write to.
  const shutDown = async (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutDown(signal));
  process.once('SIGINT', (signal) => void shutDown(signal));
  await app.listen({ port: config.port, host: config.host });
  logger.log(`Fluxo is ready on http://localhost:${config.port}`);
}

bootstrap().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Fluxo failed to start: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
  }
  process.exit(1);
});
