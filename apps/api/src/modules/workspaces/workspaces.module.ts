import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { ConnectorHostModule } from '../connectors/connector-host.module';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';
import {
  InvitationLinksController,
  MembersController,
  WorkspacesController,
} from './workspaces.controller';

@Module({
  imports: [AuthModule, ConnectorHostModule],
  controllers: [WorkspacesController, MembersController, InvitationLinksController],
  providers: [MembersService, InvitationsService],
})
export class WorkspacesModule {}
