import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Trigger, TriggerPreviewDto } from '@fluxo/contracts';
import type { SourceDefinition } from '@fluxo/connector-sdk';
import { describeCycle, findChainCycle, firstRunAt, validateTrigger } from '@fluxo/engine';
import { Repository } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { StepNotReadyError } from './connections.errors';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';

type PollingState = NonNullable<ConnectionEntity['state']['polling']>;

/**
 * When a connection runs: which auto-update a source allows (instant sources run on arrival,
 * polled ones on a schedule), "only after connection X" without loops, the next run a trigger
 * gets, and the polling cursor's start point.
 */
@Injectable()
export class TriggerPolicyService {
  constructor(
    @InjectRepository(ConnectionEntity) private readonly connections: Repository<ConnectionEntity>,
    @InjectRepository(StepEntity) private readonly steps: Repository<StepEntity>,
    private readonly registry: ConnectorRegistry,
  ) {}

  async assertFitsOrThrow(connection: ConnectionEntity, trigger: Trigger): Promise<void> {
    const errors = validateTrigger(trigger);
    if (errors.length)
      throw new ValidationFailedError('The auto-update settings are not valid', errors);
    const source = await this.steps.findOneBy({ connectionId: connection.id, role: 'source' });
    const kind = source
      ? this.registry.getSourceOrThrow(source.connectorKey, source.actionKey).kind
      : null;
    if (kind === 'instant' && trigger.type !== 'instant') {
      throw new StepNotReadyError(
        'This source sends data as it arrives; it runs instantly and cannot be scheduled',
      );
    }
    if (kind === 'polling' && trigger.type === 'instant') {
      throw new StepNotReadyError(
        'This source must be checked on a schedule; choose an interval or times of day',
      );
    }
    if (trigger.type === 'after') await this.assertNoLoopOrThrow(connection, trigger.connectionId);
  }

  /** The next run a trigger would get if saved now, or every reason it cannot be saved. */
  async preview(connection: ConnectionEntity, trigger: Trigger): Promise<TriggerPreviewDto> {
    try {
      await this.assertFitsOrThrow(connection, trigger);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return {
        nextRunAt: null,
        errors: error.details?.length
          ? error.details
          : [{ field: 'trigger', message: error.message }],
      };
    }
    return { nextRunAt: firstRunAt(trigger, new Date())?.toISOString() ?? null, errors: [] };
  }

  /**
   * A new source sets how the connection runs: push sources run on arrival; polled ones keep the
   * schedule the user chose (or get the source's suggested interval) and their cursor across edits.
   */
  async adoptSource(connection: ConnectionEntity, source: SourceDefinition): Promise<void> {
    if (source.kind === 'instant' && connection.trigger.type !== 'instant') {
      await this.connections.update(
        { id: connection.id },
        { trigger: { type: 'instant' }, nextRunAt: null },
      );
    }
    if (source.kind !== 'polling') return;
    const unscheduled =
      connection.trigger.type === 'instant' || connection.trigger.type === 'manual';
    if (unscheduled) {
      const trigger: Trigger = { type: 'interval', minutes: source.defaultIntervalMinutes ?? 15 };
      await this.connections.update(
        { id: connection.id },
        { trigger, nextRunAt: connection.enabled ? firstRunAt(trigger, new Date()) : null },
      );
    }
    await this.setPollingState(
      connection.id,
      { startFrom: { mode: 'new' }, baselineTaken: false },
      true,
    );
  }

  /** Replaces only the polling part of `state`, in one statement. */
  async setPollingState(
    connectionId: string,
    polling: PollingState,
    onlyIfMissing = false,
  ): Promise<void> {
    await this.connections.query(
      `UPDATE connection
          SET state = jsonb_set(state, '{polling}', ${onlyIfMissing ? "COALESCE(state->'polling', $2::jsonb)" : '$2::jsonb'})
        WHERE id = $1`,
      [connectionId, JSON.stringify(polling)],
    );
  }

  /**
   * "New items only" starts now: recorded (to the second, as vendors date their changes) while
   * the first poll is still to come, so changes made before it are delivered, not baselined.
   */
  async markNewItemsSince(connectionId: string, at: Date): Promise<void> {
    const second = new Date(Math.floor(at.getTime() / 1000) * 1000).toISOString();
    await this.connections.query(
      `UPDATE connection
          SET state = jsonb_set(state, '{polling,newSince}', to_jsonb($2::text))
        WHERE id = $1 AND state->'polling' IS NOT NULL
          AND NOT COALESCE((state->'polling'->>'baselineTaken')::boolean, false)`,
      [connectionId, second],
    );
  }

  /** "Only after connection X" must name a connection of this workspace and must not loop. */
  private async assertNoLoopOrThrow(connection: ConnectionEntity, afterId: string): Promise<void> {
    const others = await this.connections.find({
      where: { workspaceId: connection.workspaceId },
      select: { id: true, name: true, trigger: true },
    });
    if (!others.some((c) => c.id === afterId))
      throw new NotFoundError('The connection to run after');
    const links = new Map(
      others.flatMap((c) =>
        c.trigger.type === 'after' ? [[c.id, c.trigger.connectionId] as const] : [],
      ),
    );
    const loop = findChainCycle(links, { connectionId: connection.id, afterConnectionId: afterId });
    if (loop) {
      const message = describeCycle(
        loop,
        (cid: string) => others.find((c) => c.id === cid)?.name ?? cid,
      );
      throw new DomainError(409, 'CHAIN_LOOP', message, [
        { field: 'trigger.connectionId', message },
      ]);
    }
  }
}
