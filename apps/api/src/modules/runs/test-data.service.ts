import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PreviewDto, SampleDto, TestSendResultDto } from '@fluxo/contracts';
import { listVariables } from '@fluxo/engine';
import { Repository } from 'typeorm';
import { StepNotReadyError } from '../connections/connections.errors';
import { ConnectionsService } from '../connections/connections.service';
import { SourceItemEntity } from './entities/source-item.entity';
import { ReceiverInvoker } from './receiver-invoker';

/** The editor's "test data": the latest real sample and what each receiver would get from it. */
@Injectable()
export class TestDataService {
  constructor(
    @InjectRepository(SourceItemEntity) private readonly items: Repository<SourceItemEntity>,
    private readonly connectionsService: ConnectionsService,
    private readonly invoker: ReceiverInvoker,
  ) {}

  async sample(workspaceId: string, connectionId: string): Promise<SampleDto> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, connectionId);
    const latest = await this.latestItem(connection.id);
    return {
      data: latest?.payload ?? null,
      variables: latest ? listVariables(latest.payload) : [],
      receivedAt: latest?.receivedAt.toISOString() ?? null,
    };
  }

  async preview(workspaceId: string, connectionId: string, stepId: string): Promise<PreviewDto> {
    const step = await this.receiverStepOrThrow(workspaceId, connectionId, stepId);
    const latest = await this.latestItem(step.connectionId);
    return this.invoker.prepare(step, latest?.payload ?? {});
  }

  async send(
    workspaceId: string,
    connectionId: string,
    stepId: string,
  ): Promise<TestSendResultDto> {
    const step = await this.receiverStepOrThrow(workspaceId, connectionId, stepId);
    const latest = await this.latestItem(step.connectionId);
    const { payload, errors } = await this.invoker.prepare(step, latest?.payload ?? {});
    if (errors.length) {
      return { ok: false, payload, response: null, error: errors.map((e) => e.message).join('; ') };
    }
    try {
      const result = await this.invoker.invoke(step, payload);
      return { ok: true, payload, response: result.response, error: null };
    } catch (error) {
      return {
        ok: false,
        payload,
        response: (error as { response?: Record<string, unknown> | null }).response ?? null,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  private async receiverStepOrThrow(workspaceId: string, connectionId: string, stepId: string) {
    const step = await this.connectionsService.findStepOrThrow(workspaceId, connectionId, stepId);
    if (step.role !== 'receiver') throw new StepNotReadyError('Only receivers get test data');
    return step;
  }

  private latestItem(connectionId: string): Promise<SourceItemEntity | null> {
    return this.items.findOne({ where: { connectionId }, order: { receivedAt: 'DESC' } });
  }
}
