import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createConnectionSchema,
  triggerPreviewRequestSchema,
  updateConnectionSchema,
  updateStepSchema,
  upsertStepSchema,
  type ConnectionDto,
  type ConnectionVersionDto,
  type CreateConnectionDto,
  type StepDto,
  type TriggerPreviewDto,
  type TriggerPreviewRequestDto,
  type UpdateConnectionDto,
  type UpdateStepDto,
  type UpsertStepDto,
} from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { ConnectionStepsService } from './connection-steps.service';
import { ConnectionVersionsService } from './connection-versions.service';
import { AuditService } from '../audit/audit.service';
import { ConnectionsService } from './connections.service';

@ApiTags('connections')
@Controller('api/connections')
export class ConnectionsController {
  constructor(
    private readonly connectionsService: ConnectionsService,
    private readonly stepsService: ConnectionStepsService,
    private readonly versions: ConnectionVersionsService,
    private readonly audit: AuditService,
  ) {}

  /** A saved change keeps a version once it succeeded (none when nothing the user set moved). */
  private async versioned<T>(auth: AuthContext, id: string, change: Promise<T>): Promise<T> {
    const result = await change;
    await this.versions.record(auth.workspaceId, id, auth.userId);
    return result;
  }

  @Get()
  list(@CurrentAuth() auth: AuthContext): Promise<ConnectionDto[]> {
    return this.connectionsService.list(auth.workspaceId);
  }

  @Post()
  @ApiZodBody(createConnectionSchema)
  async create(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(createConnectionSchema)) dto: CreateConnectionDto,
  ): Promise<ConnectionDto> {
    const created = await this.connectionsService.create(auth.workspaceId, dto);
    await this.versions.record(auth.workspaceId, created.id, auth.userId);
    return created;
  }

  @Get(':id')
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<ConnectionDto> {
    return this.connectionsService.get(auth.workspaceId, id);
  }

  @Patch(':id')
  @ApiZodBody(updateConnectionSchema)
  async update(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateConnectionSchema)) dto: UpdateConnectionDto,
  ): Promise<ConnectionDto> {
    const before =
      dto.enabled === undefined
        ? null
        : await this.connectionsService.findOrThrow(auth.workspaceId, id);
    const updated = await this.versioned(
      auth,
      id,
      this.connectionsService.update(auth.workspaceId, id, dto),
    );
    if (before && before.enabled !== updated.enabled) {
      const action = updated.enabled ? 'connection.switched-on' : 'connection.switched-off';
      await this.audit.record(auth, action, updated.name);
    }
    return updated;
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    const connection = await this.connectionsService.findOrThrow(auth.workspaceId, id);
    await this.connectionsService.remove(auth.workspaceId, id);
    await this.audit.record(auth, 'connection.deleted', connection.name);
  }

  @Post(':id/trigger-preview')
  @HttpCode(200)
  @ApiZodBody(triggerPreviewRequestSchema)
  previewTrigger(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(triggerPreviewRequestSchema)) dto: TriggerPreviewRequestDto,
  ): Promise<TriggerPreviewDto> {
    return this.connectionsService.previewTrigger(auth.workspaceId, id, dto.trigger);
  }

  @Post(':id/duplicate')
  async duplicate(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
  ): Promise<ConnectionDto> {
    const copy = await this.connectionsService.duplicate(auth.workspaceId, id);
    await this.versions.record(auth.workspaceId, copy.id, auth.userId);
    return copy;
  }

  @Put(':id/source')
  @ApiZodBody(upsertStepSchema)
  async upsertSource(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(upsertStepSchema)) dto: UpsertStepDto,
  ): Promise<StepDto> {
    return this.versioned(auth, id, this.stepsService.upsertSource(auth.workspaceId, id, dto));
  }

  @Post(':id/receivers')
  @ApiZodBody(upsertStepSchema)
  async addReceiver(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(upsertStepSchema)) dto: UpsertStepDto,
  ): Promise<StepDto> {
    return this.versioned(auth, id, this.stepsService.addReceiver(auth.workspaceId, id, dto));
  }

  @Patch(':id/steps/:stepId')
  @ApiZodBody(updateStepSchema)
  async updateStep(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body(new ZodValidationPipe(updateStepSchema)) dto: UpdateStepDto,
  ): Promise<StepDto> {
    return this.versioned(
      auth,
      id,
      this.stepsService.updateStep(auth.workspaceId, id, stepId, dto),
    );
  }

  @Delete(':id/steps/:stepId')
  @HttpCode(204)
  async removeStep(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
  ): Promise<void> {
    return this.versioned(auth, id, this.stepsService.removeStep(auth.workspaceId, id, stepId));
  }

  @Get(':id/versions')
  versionsOf(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
  ): Promise<ConnectionVersionDto[]> {
    return this.versions.list(auth.workspaceId, id);
  }

  /** "Restore this version": a new version with the old settings; the switch stays off if off. */
  @Post(':id/versions/:versionId/restore')
  async restoreVersion(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('versionId') versionId: string,
  ): Promise<ConnectionDto> {
    await this.versions.restore(auth.workspaceId, id, versionId, auth.userId);
    return this.connectionsService.get(auth.workspaceId, id);
  }
}
