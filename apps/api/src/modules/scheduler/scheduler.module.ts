import { Module } from '@nestjs/common';
import { RunsModule } from '../runs/runs.module';
import { SchedulerService } from './scheduler.service';

@Module({
  imports: [RunsModule],
  providers: [SchedulerService],
  exports: [SchedulerService],
})
export class SchedulerModule {}
