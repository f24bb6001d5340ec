import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { RunEntity } from '../runs/entities/run.entity';
import { ConnectionsController } from './connections.controller';
import { ConnectionsService } from './connections.service';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ConnectionEntity, StepEntity, RunEntity]), AccountsModule],
  controllers: [ConnectionsController],
  providers: [ConnectionsService],
  exports: [ConnectionsService],
})
export class ConnectionsModule {}
