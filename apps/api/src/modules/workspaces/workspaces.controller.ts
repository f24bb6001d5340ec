import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  acceptInvitationSchema,
  changeRoleSchema,
  createInvitationSchema,
  deleteWorkspaceSchema,
  inspectInvitationSchema,
  switchWorkspaceSchema,
  type AcceptInvitationDto,
  type ChangeRoleDto,
  type CreateInvitationDto,
  type CreatedInvitationDto,
  type DeleteWorkspaceDto,
  type InspectInvitationDto,
  type InvitationDto,
  type InvitationPreviewDto,
  type MemberDto,
  type SessionDto,
  type SwitchWorkspaceDto,
  type WorkspaceMembershipDto,
} from '@fluxo/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import {
  assertNotApiKeyOrThrow,
  CurrentAuth,
  MinimumRole,
  Public,
  SESSION_COOKIE,
  type AuthContext,
} from '../auth/auth-context';
import { AuthService } from '../auth/auth.service';
import { SessionCookies } from '../auth/session-cookies';
import { AuditService } from '../audit/audit.service';
import { InvitationsService } from './invitations.service';
import { MembersService } from './members.service';

/** The person's workspaces, and moving this session between them. */
@ApiTags('workspaces')
@Controller('api/workspaces')
export class WorkspacesController {
  constructor(private readonly auth: AuthService) {}

  @Get()
  list(@CurrentAuth() auth: AuthContext): Promise<WorkspaceMembershipDto[]> {
    return this.auth.workspacesOf(auth.userId);
  }

  @Post('switch')
  @HttpCode(200)
  @MinimumRole('viewer')
  @ApiZodBody(switchWorkspaceSchema)
  switch(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(switchWorkspaceSchema)) dto: SwitchWorkspaceDto,
  ): Promise<SessionDto> {
    assertNotApiKeyOrThrow(auth, 'Workspaces are switched');
    return this.auth.switchWorkspace(auth, dto.workspaceId);
  }
}

/** The members of this workspace and the invitations to it. */
@ApiTags('workspaces')
@Controller('api/workspace')
export class MembersController {
  constructor(
    private readonly members: MembersService,
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
    private readonly audit: AuditService,
  ) {}

  @Get('members')
  list(@CurrentAuth() auth: AuthContext): Promise<MemberDto[]> {
    return this.members.list(auth.workspaceId);
  }

  @Patch('members/:userId')
  @MinimumRole('owner')
  @ApiZodBody(changeRoleSchema)
  async changeRole(
    @CurrentAuth() auth: AuthContext,
    @Param('userId') userId: string,
    @Body(new ZodValidationPipe(changeRoleSchema)) dto: ChangeRoleDto,
  ): Promise<MemberDto> {
    const member = await this.members.changeRole(auth, userId, dto.role);
    await this.audit.record(auth, 'member.role-changed', member.email, { role: dto.role });
    return member;
  }

  /** An owner removes a member (leaving oneself is POST leave). */
  @Delete('members/:userId')
  @HttpCode(204)
  @MinimumRole('owner')
  async remove(@CurrentAuth() auth: AuthContext, @Param('userId') userId: string): Promise<void> {
    const removed = await this.members.remove(auth, userId);
    await this.audit.record(auth, 'member.removed', removed.email);
  }

  /** Leaving: this browser carries on in the person's next workspace (or a new one of theirs). */
  @Post('leave')
  @HttpCode(200)
  @MinimumRole('viewer')
  async leave(
    @CurrentAuth() auth: AuthContext,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    assertNotApiKeyOrThrow(auth, 'A workspace is left');
    const left = await this.members.remove(auth, auth.userId);
    await this.audit.record(auth, 'member.left', left.email);
    return this.cookies.set(reply, await this.auth.startSessionFor(auth.userId));
  }

  /** The browser carries on in the person's next workspace (or a new one of their own). */
  @Post('delete')
  @HttpCode(200)
  @MinimumRole('owner')
  @ApiZodBody(deleteWorkspaceSchema)
  async deleteWorkspace(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(deleteWorkspaceSchema)) dto: DeleteWorkspaceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    assertNotApiKeyOrThrow(auth, 'A workspace is deleted');
    await this.members.deleteWorkspace(auth, dto.name);
    return this.cookies.set(reply, await this.auth.startSessionFor(auth.userId));
  }

  @Get('invitations')
  @MinimumRole('owner')
  listInvitations(@CurrentAuth() auth: AuthContext): Promise<InvitationDto[]> {
    return this.invitations.list(auth.workspaceId);
  }

  @Post('invitations')
  @MinimumRole('owner')
  @ApiZodBody(createInvitationSchema)
  async invite(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(createInvitationSchema)) dto: Required<CreateInvitationDto>,
    @Req() request: FastifyRequest,
  ): Promise<CreatedInvitationDto> {
    const created = await this.invitations.create(
      auth,
      dto,
      `${request.protocol}://${request.host}`,
    );
    await this.audit.record(auth, 'member.invited', dto.email, { role: dto.role });
    return created;
  }

  @Delete('invitations/:id')
  @MinimumRole('owner')
  async revoke(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<InvitationDto> {
    const invitation = await this.invitations.revoke(auth.workspaceId, id);
    await this.audit.record(auth, 'invitation.revoked', invitation.email);
    return invitation;
  }
}

/** The invitation link's page: public, since the invited person may have no account yet. */
@ApiTags('workspaces')
@Public()
@Controller('api/invitations')
export class InvitationLinksController {
  constructor(
    private readonly invitations: InvitationsService,
    private readonly auth: AuthService,
    private readonly cookies: SessionCookies,
    private readonly audit: AuditService,
  ) {}

  @Post('inspect')
  @HttpCode(200)
  @ApiZodBody(inspectInvitationSchema)
  inspect(
    @Body(new ZodValidationPipe(inspectInvitationSchema)) dto: InspectInvitationDto,
  ): Promise<InvitationPreviewDto> {
    return this.invitations.inspect(dto.token);
  }

  /**
   * With the editor's session the person joins as themselves and this session moves to the
   * workspace; without one, a new account is made for the invited address.
   */
  @Post('accept')
  @HttpCode(200)
  @ApiZodBody(acceptInvitationSchema)
  async accept(
    @Body(new ZodValidationPipe(acceptInvitationSchema)) dto: AcceptInvitationDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionDto> {
    const token = request.cookies?.[SESSION_COOKIE];
    const caller = token ? await this.auth.resolveSession(token) : null;
    const accepted = await this.invitations.accept(dto, caller);
    const session =
      accepted.session === null && caller
        ? await this.auth.switchWorkspace(caller, accepted.workspaceId)
        : this.cookies.set(reply, accepted as Exclude<typeof accepted, { session: null }>);
    await this.audit.record(
      { workspaceId: session.workspace.id, userId: session.user.id },
      'member.joined',
      session.user.email,
      { role: session.workspace.role },
    );
    return session;
  }
}
