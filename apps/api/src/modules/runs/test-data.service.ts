import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { pushHandlerOf, type SourceDefinition } from '@fluxo/connector-sdk';
import {
  skipReportOf,
  type PreviewDto,
  type SampleDto,
  type SkipReport,
  type StepSettings,
  type TestSendResultDto,
} from '@fluxo/contracts';
import { listVariables } from '@fluxo/engine';
import { Repository } from 'typeorm';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { ConnectionStepsService } from '../connections/connection-steps.service';
import { StepNotReadyError } from '../connections/connections.errors';
import { ConnectionsService } from '../connections/connections.service';
import { HeldCallStore } from '../hooks/held-call-store';
import { inboundRequestOrThrow } from '../hooks/inbound-call';
import type { StepEntity } from '../connections/entities/step.entity';
import { SourceItemEntity } from './entities/source-item.entity';
import { ReceiverInvoker } from './receiver-invoker.service';
import { ReceiverOutputs } from './receiver-outputs.service';

const FRESH_SAMPLE_TIMEOUT_MS = 30_000;

interface Sample {
  payload: Record<string, unknown>;
  receivedAt: Date | null;
  origin: NonNullable<SampleDto['origin']>;
}

/**
 * The editor's "test data": the latest real item, else the newest held call, else the connector's example, and what
 * each receiver would get from it (with earlier receivers' example outputs). Polled sources
 * can also be read afresh without storing.
 */
@Injectable()
export class TestDataService {
  constructor(
    @InjectRepository(SourceItemEntity) private readonly items: Repository<SourceItemEntity>,
    private readonly connectionsService: ConnectionsService,
    private readonly stepsService: ConnectionStepsService,
    private readonly invoker: ReceiverInvoker,
    private readonly registry: ConnectorRegistry,
    private readonly contexts: ConnectorContextFactory,
    private readonly outputs: ReceiverOutputs,
    private readonly heldCalls: HeldCallStore,
  ) {}

  async sample(workspaceId: string, connectionId: string): Promise<SampleDto> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, connectionId);
    return toSampleDto(await this.currentSample(workspaceId, connection.id));
  }

  /**
   * Reads the polled source now and shows its newest item, without storing it or moving the
   * cursor: looking at test data must never change what the next run sends.
   */
  async loadFresh(workspaceId: string, connectionId: string): Promise<SampleDto> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, connectionId);
    const step = await this.sourceStepOf(workspaceId, connection.id);
    const source = step && this.sourceOf(step);
    if (!step || !source || source.kind !== 'polling') {
      return toSampleDto(await this.currentSample(workspaceId, connection.id));
    }
    const ctx = await this.contexts.create(
      workspaceId,
      this.registry.getOrThrow(step.connectorKey),
      step.accountId,
      step.settings,
      { signal: AbortSignal.timeout(FRESH_SAMPLE_TIMEOUT_MS) },
    );
    const { items } = await source.poll(ctx, undefined).catch((error: unknown) => {
      throw new StepNotReadyError(
        `Could not read the source: ${error instanceof Error ? error.message : String(error)}`,
      );
    });
    const newest = items.at(-1);
    if (!newest) return { data: null, variables: [], receivedAt: null, origin: 'fresh' };
    return toSampleDto({ payload: newest.payload, receivedAt: new Date(), origin: 'fresh' });
  }

  /** `given`: the sample the editor shows (one just read from the source), if any. */
  async preview(
    workspaceId: string,
    connectionId: string,
    stepId: string,
    given?: Record<string, unknown>,
  ): Promise<PreviewDto> {
    const step = await this.receiverStepOrThrow(workspaceId, connectionId, stepId);
    const payload = given ?? (await this.currentSample(workspaceId, step.connectionId))?.payload;
    const prepared = await this.invoker.prepare(
      step,
      await this.outputs.forTest(step, payload ?? {}),
    );
    return {
      ...prepared,
      payload: this.invoker.masked(step, prepared.payload),
      skipped: await this.skippedBy(workspaceId, step, payload ?? {}),
    };
  }

  async send(
    workspaceId: string,
    connectionId: string,
    stepId: string,
    given?: Record<string, unknown>,
  ): Promise<TestSendResultDto> {
    const step = await this.receiverStepOrThrow(workspaceId, connectionId, stepId);
    const variables =
      given ?? (await this.currentSample(workspaceId, step.connectionId))?.payload ?? {};
    const { payload, errors } = await this.invoker.prepare(
      step,
      await this.outputs.forTest(step, variables),
    );
    const shown = this.invoker.masked(step, payload);
    if (errors.length) {
      return {
        ok: false,
        payload: shown,
        response: null,
        error: errors.map((e) => e.message).join('; '),
        errors,
      };
    }
    try {
      const result = await this.invoker.invoke(step, payload);
      return {
        ok: true,
        payload: shown,
        response: result.response,
        error: null,
        skipped: await this.skippedBy(workspaceId, step, variables),
      };
    } catch (error) {
      return {
        ok: false,
        payload: shown,
        response: (error as { response?: Record<string, unknown> | null }).response ?? null,
        error: error instanceof Error ? error.message : String(error),
      };
    }
  }

  /** Why the connection's or the receiver's conditions would skip `item`; null if they would not. */
  private async skippedBy(
    workspaceId: string,
    step: StepEntity,
    item: Record<string, unknown>,
  ): Promise<SkipReport['skipped'] | null> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, step.connectionId);
    return skipReportOf(connection.conditions, step.conditions, item)?.skipped ?? null;
  }

  private async currentSample(workspaceId: string, connectionId: string): Promise<Sample | null> {
    const latest = await this.items.findOne({
      where: { connectionId },
      order: { receivedAt: 'DESC' },
    });
    if (latest) return { payload: latest.payload, receivedAt: latest.receivedAt, origin: 'item' };
    const step = await this.sourceStepOf(workspaceId, connectionId);
    const source = step && this.sourceOf(step);
    if (!step || !source) return null;
    const held = await this.heldSample(workspaceId, step, source);
    if (held) return held;
    if (source.kind !== 'instant' || !source.sample) return null;
    const payload =
      typeof source.sample === 'function'
        ? source.sample(step.settings as StepSettings)
        : source.sample;
    return { payload, receivedAt: null, origin: 'example' };
  }

  /**
   * The newest call the connection holds (it was off, or its account not chosen yet), read as
   * the source would read it: a new connection starts off, so this is its first real sample.
   * It is checked with the account when one is chosen; one that fails the check, or cannot be
   * read, is not shown.
   */
  private async heldSample(
    workspaceId: string,
    step: StepEntity,
    source: SourceDefinition,
  ): Promise<Sample | null> {
    const handler = pushHandlerOf(source);
    const row = handler && (await this.heldCalls.newest(step.connectionId));
    if (!handler || !row) return null;
    try {
      const request = await inboundRequestOrThrow(this.heldCalls.callOf(row));
      const checkable = Boolean(step.accountId) || !handler.requiresAccount;
      const ctx = await this.contexts.create(
        workspaceId,
        this.registry.getOrThrow(step.connectorKey),
        checkable ? step.accountId : null,
        step.settings,
        { signal: AbortSignal.timeout(FRESH_SAMPLE_TIMEOUT_MS) },
      );
      if (checkable) handler.verify?.(request, ctx);
      const newest = handler.parse(request, row.id, ctx).at(-1);
      if (!newest) return null;
      // What the run would read from the vendor, where the account allows reading it.
      const payload =
        handler.hydrate && step.accountId
          ? await handler.hydrate(newest.payload, ctx).catch(() => newest.payload)
          : newest.payload;
      return { payload, receivedAt: row.received_at, origin: 'held' };
    } catch {
      return null;
    }
  }

  private async sourceStepOf(
    workspaceId: string,
    connectionId: string,
  ): Promise<StepEntity | null> {
    const steps = await this.stepsService.stepsOf(connectionId);
    return steps.find((s) => s.role === 'source' && s.workspaceId === workspaceId) ?? null;
  }

  private sourceOf(step: StepEntity): SourceDefinition | null {
    return this.registry.getSourceOrThrow(step.connectorKey, step.actionKey);
  }

  private async receiverStepOrThrow(workspaceId: string, connectionId: string, stepId: string) {
    const step = await this.stepsService.findStepOrThrow(workspaceId, connectionId, stepId);
    if (step.role !== 'receiver') throw new StepNotReadyError('Only receivers get test data');
    return step;
  }
}

/** Keys Fluxo itself adds to an item's payload: they are no data to map. */
const FLUXO_MARKERS = new Set(['_ignored', '_statusKey']);

function vendorDataOf(payload: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(payload).filter(([key]) => !FLUXO_MARKERS.has(key)));
}

function toSampleDto(sample: Sample | null): SampleDto {
  const data = sample ? vendorDataOf(sample.payload) : null;
  return {
    data,
    variables: data ? listVariables(data) : [],
    receivedAt: sample?.receivedAt?.toISOString() ?? null,
    ...(sample ? { origin: sample.origin } : {}),
  };
}
