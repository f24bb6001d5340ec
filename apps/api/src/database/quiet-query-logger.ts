import { Logger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * TypeORM's own logger prints a failed query with its parameters, and parameters carry
 * payloads (payers' e-mails, documents). This one logs only what failed and why, through
 * Nest's logger so LOG_LEVEL applies.
 */
export class QuietQueryLogger implements TypeOrmLogger {
  private readonly logger = new Logger('database');

  logQueryError(error: string | Error, query: string): void {
    const message = error instanceof Error ? error.message : error;
    this.logger.error(`query failed: ${message} (${firstLine(query)})`);
  }

  logMigration(message: string): void {
    this.logger.log(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
  }

  logQuery(): void {
    // Every query would drown the log and print payloads; failures are logged above.
  }

  logQuerySlow(): void {
    // Slow queries are measured by the benchmarks, not logged with their parameters.
  }

  logSchemaBuild(): void {
    // Fluxo changes its schema only through migrations, which are logged.
  }
}

function firstLine(query: string): string {
  return query.trim().split('\n')[0].slice(0, 120);
}
