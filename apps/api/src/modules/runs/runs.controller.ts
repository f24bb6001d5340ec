import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import { ZodValidationPipe } from '../../common/zod-validation.pipe';
import { runStatusSchema, testSampleSchema, type TestSampleDto } from '@fluxo/contracts';
import { ApiZodBody } from '../../common/api-body.decorator';
import type {
  DeliveryDto,
  PreviewDto,
  RetryRunResultDto,
  RunDetailDto,
  RunDto,
  SampleDto,
  StartRunResultDto,
  TestSendResultDto,
  WorkspaceRunDto,
} from '@fluxo/contracts';
import { CurrentAuth, type AuthContext } from '../auth/auth-context';
import { RunsService } from './runs.service';
import { TestDataService } from './test-data.service';

@ApiTags('runs')
@Controller('api')
export class RunsController {
  constructor(
    private readonly runsService: RunsService,
    private readonly testDataService: TestDataService,
  ) {}

  @Post('connections/:id/run')
  @HttpCode(202)
  runOnce(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<StartRunResultDto> {
    return this.runsService.startManualRun(auth.workspaceId, id);
  }

  @Get('connections/:id/runs')
  listRuns(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<RunDto[]> {
    return this.runsService.listForConnection(auth.workspaceId, id);
  }

  @Get('runs')
  @ApiQuery({ name: 'status', required: false, enum: runStatusSchema.options })
  listWorkspaceRuns(
    @CurrentAuth() auth: AuthContext,
    @Query('status') status?: string,
  ): Promise<WorkspaceRunDto[]> {
    const parsed =
      status === undefined ? undefined : new ZodValidationPipe(runStatusSchema).transform(status);
    return this.runsService.listForWorkspace(auth.workspaceId, parsed);
  }

  @Get('runs/:runId')
  getRun(@CurrentAuth() auth: AuthContext, @Param('runId') runId: string): Promise<RunDetailDto> {
    return this.runsService.get(auth.workspaceId, runId);
  }

  @Post('runs/:runId/retry')
  @HttpCode(200)
  retryRun(
    @CurrentAuth() auth: AuthContext,
    @Param('runId') runId: string,
  ): Promise<RetryRunResultDto> {
    return this.runsService.retryFailedOfRun(auth.workspaceId, runId);
  }

  @Post('items/:itemId/run-again')
  @HttpCode(202)
  runAgain(
    @CurrentAuth() auth: AuthContext,
    @Param('itemId') itemId: string,
  ): Promise<StartRunResultDto> {
    return this.runsService.runAgainWithItem(auth.workspaceId, itemId);
  }

  @Post('deliveries/:id/retry')
  @HttpCode(200)
  retryDelivery(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<DeliveryDto> {
    return this.runsService.retryDelivery(auth.workspaceId, id);
  }

  @Get('connections/:id/sample')
  sample(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<SampleDto> {
    return this.testDataService.sample(auth.workspaceId, id);
  }

  /** "Load from the source": a polled source is read now; nothing is stored or sent. */
  @Post('connections/:id/sample/load')
  @HttpCode(200)
  loadSample(@CurrentAuth() auth: AuthContext, @Param('id') id: string): Promise<SampleDto> {
    return this.testDataService.loadFresh(auth.workspaceId, id);
  }

  @Post('connections/:id/steps/:stepId/preview')
  @HttpCode(200)
  @ApiZodBody(testSampleSchema)
  preview(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body(new ZodValidationPipe(testSampleSchema)) dto: TestSampleDto,
  ): Promise<PreviewDto> {
    return this.testDataService.preview(auth.workspaceId, id, stepId, dto.sample);
  }

  @Post('connections/:id/steps/:stepId/test')
  @HttpCode(200)
  @ApiZodBody(testSampleSchema)
  sendTest(
    @CurrentAuth() auth: AuthContext,
    @Param('id') id: string,
    @Param('stepId') stepId: string,
    @Body(new ZodValidationPipe(testSampleSchema)) dto: TestSampleDto,
  ): Promise<TestSendResultDto> {
    return this.testDataService.send(auth.workspaceId, id, stepId, dto.sample);
  }
}
