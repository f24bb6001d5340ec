import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfigOrThrow } from './config/app-config';
import { createApp, createWorker } from './create-app';
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
  const database = {
    url: config.databaseUrl ?? (embedded as { url: string }).url,
    embedded: !!embedded,
    poolSize: config.databasePoolSize,
  };
  const http = config.role === 'worker' ? null : await createApp(config, database);
  const app = http ?? (await createWorker(config, database));
  // Close HTTP and the executor first, then the embedded database they write to.
  const shutDown = async (signal: string) => {
    logger.log(`${signal} received, shutting down`);
    await app.close();
    await embedded?.stop();
    process.exit(0);
  };
  process.once('SIGTERM', (signal) => void shutDown(signal));
  process.once('SIGINT', (signal) => void shutDown(signal));
  if (http) {
    await http.listen({ port: config.port, host: config.host });
    logger.log(`Fluxo (${config.role}) is ready on http://localhost:${config.port}`);
  } else {
    await app.init();
    logger.log('Fluxo worker is ready and taking runs from the queue');
  }
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
