import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module';
import { RunEntity } from '../runs/entities/run.entity';
import { ConnectionHealthService } from './connection-health.service';
import { ConnectionStepsService } from './connection-steps.service';
import { ConnectionsController } from './connections.controller';
import { ConnectionVersionsService } from './connection-versions.service';
import { ConnectionsService } from './connections.service';
import { PortabilityController } from './portability.controller';
import { PortabilityService } from './portability.service';
import { TriggerPolicyService } from './trigger-policy.service';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';

@Module({
  imports: [TypeOrmModule.forFeature([ConnectionEntity, StepEntity, RunEntity]), AccountsModule],
  controllers: [ConnectionsController, PortabilityController],
  providers: [
    ConnectionsService,
    ConnectionStepsService,
    TriggerPolicyService,
    ConnectionHealthService,
    ConnectionVersionsService,
    PortabilityService,
  ],
  exports: [ConnectionsService, ConnectionStepsService, ConnectionVersionsService],
})
export class ConnectionsModule {}
