import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { RetentionService } from './retention.service';

/** Deletes run history older than FLUXO_RUN_RETENTION_DAYS. */
@Module({
  imports: [RunsModule],
  providers: [RetentionService],
  exports: [RetentionService],
})
export class RetentionModule {}
