import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  createConnectionSchema,
  triggerPreviewRequestSchema,
  updateConnectionSchema,
  updateStepSchema,
  upsertStepSchema,
  type ConnectionDto,
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
import { ConnectionsService } from './connections.service';

@ApiTags('connections')
@Controller('api/connections')
export class ConnectionsController {
  constructor(
    private readonly connectionsService: ConnectionsService,
    private readonly stepsService: ConnectionStepsService,
  ) {}

  @Get()
  list(@CurrentAuth() auth: AuthContext): Promise<ConnectionDto[]> {
    return this.connectionsService.list(auth.workspaceId);
  }

  @Post()
  @ApiZodBody(createConnectionSchema)
  create(
    @CurrentAuth() auth: AuthContext,
    @Body(new ZodValidationPipe(createConnectionSchema)) dto: CreateConnectionDto,
  ): Promise<ConnectionDto> {
    return this.connectionsService.create(auth.workspaceId, dto);
  }

  @Get(':id')
  get(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<ConnectionDto> {
    return this.connectionsService.get(auth.workspaceId, id);
  }

  @Patch(':id')
  @ApiZodBody(updateConnectionSchema)
  update(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(updateConnectionSchema)) dto: UpdateConnectionDto,
  ): Promise<ConnectionDto> {
    return this.connectionsService.update(auth.workspaceId, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  remove(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<void> {
    return this.connectionsService.remove(auth.workspaceId, id);
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
  duplicate(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<ConnectionDto> {
    return this.connectionsService.duplicate(auth.workspaceId, id);
  }

  @Put(':id/source')
  @ApiZodBody(upsertStepSchema)
  upsertSource(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(upsertStepSchema)) dto: UpsertStepDto,
  ): Promise<StepDto> {
    return this.stepsService.upsertSource(auth.workspaceId, id, dto);
  }

  @Post(':id/receivers')
  @ApiZodBody(upsertStepSchema)
  addReceiver(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(upsertStepSchema)) dto: UpsertStepDto,
  ): Promise<StepDto> {
    return this.stepsService.addReceiver(auth.workspaceId, id, dto);
  }

  @Patch(':id/steps/:stepId')
  @ApiZodBody(updateStepSchema)
  updateStep(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body(new ZodValidationPipe(updateStepSchema)) dto: UpdateStepDto,
  ): Promise<StepDto> {
    return this.stepsService.updateStep(auth.workspaceId, id, stepId, dto);
  }

  @Delete(':id/steps/:stepId')
  @HttpCode(204)
  removeStep(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
  ): Promise<void> {
    return this.stepsService.removeStep(auth.workspaceId, id, stepId);
  }
}
