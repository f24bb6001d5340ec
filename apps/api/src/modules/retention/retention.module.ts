import { Module } from '@nestjs/common';
import { RetentionService } from './retention.service';

/** Deletes run history older than FLUXO_RUN_RETENTION_DAYS. */
@Module({
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
