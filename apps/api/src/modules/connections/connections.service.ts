import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  setupProblemsOf,
  type InboundSummaryDto,
  type ConnectionDto,
  type CreateConnectionDto,
  type StepDto,
  type Trigger,
  type TriggerPreviewDto,
  type UpdateConnectionDto,
  type UpdateStepDto,
  type UpsertStepDto,
} from '@fluxo/contracts';
import { pushHandlerOf } from '@fluxo/connector-sdk';
import { describeCycle, findChainCycle, firstRunAt, validateTrigger } from '@fluxo/engine';
import { DataSource, In, Repository } from 'typeorm';
import { DomainError, NotFoundError, ValidationFailedError } from '../../common/domain-error';
import { SecretBox } from '../../common/secret-box';
import { AccountsService, isUuid } from '../accounts/accounts.service';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { RunEntity } from '../runs/entities/run.entity';
import { toConnectionDto, toStepDto } from './connection-dto.mapper';
import { StepNotReadyError } from './connections.errors';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';
import { sealSecretFields, secretKeysOf } from './secret-mapping';

@Injectable()
export class ConnectionsService {
  constructor(
    @InjectRepository(ConnectionEntity) private readonly connections: Repository<ConnectionEntity>,
    @InjectRepository(StepEntity) private readonly steps: Repository<StepEntity>,
    @InjectRepository(RunEntity) private readonly runs: Repository<RunEntity>,
    private readonly accountsService: AccountsService,
    private readonly registry: ConnectorRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly secretBox: SecretBox,
  ) {}

  async list(workspaceId: string): Promise<ConnectionDto[]> {
    const connections = await this.connections.find({
      where: { workspaceId },
      order: { createdAt: 'DESC' },
    });
    if (!connections.length) return [];
    const ids = connections.map((c) => c.id);
    const [steps, lastRuns] = await Promise.all([
      this.steps.find({ where: { connectionId: In(ids) } }),
      this.runs
        .createQueryBuilder('run')
        .distinctOn(['run.connection_id'])
        .where('run.connection_id IN (:...ids)', { ids })
        .orderBy('run.connection_id')
        .addOrderBy('run.started_at', 'DESC')
        .getMany(),
    ]);
    return connections.map((connection) =>
      this.toDto(
        connection,
        steps.filter((s) => s.connectionId === connection.id),
        lastRuns.find((r) => r.connectionId === connection.id) ?? null,
      ),
    );
  }

  async get(workspaceId: string, id: string): Promise<ConnectionDto> {
    const connection = await this.findOrThrow(workspaceId, id);
    return this.describe(connection);
  }

  async create(workspaceId: string, dto: CreateConnectionDto): Promise<ConnectionDto> {
    const connection = await this.connections.save(
      this.connections.create({
        workspaceId,
        name: dto.name,
        enabled: true,
        trigger: { type: 'manual' },
        state: {},
        ...freshRunState(),
      }),
    );
    return this.toDto(connection, [], null);
  }

  async update(workspaceId: string, id: string, dto: UpdateConnectionDto): Promise<ConnectionDto> {
    const connection = await this.findOrThrow(workspaceId, id);
    const wasEnabled = connection.enabled;
    // Only the columns this edit owns are written: the engine moves `state` (the polling
    // cursor) and the failure counters concurrently, and a stale copy must never overwrite them.
    const changes: Partial<Omit<ConnectionEntity, 'state'>> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.trigger !== undefined) {
      await this.assertTriggerFitsOrThrow(connection, dto.trigger);
      changes.trigger = dto.trigger;
    }
    const enabled = dto.enabled ?? connection.enabled;
    if (dto.enabled !== undefined) changes.enabled = dto.enabled;
    if (enabled && !wasEnabled) {
      Object.assign(changes, { disabledReason: null, disabledAt: null, consecutiveFailures: 0 });
    }
    // Saving the auto-update or switching on re-arms the schedule (and its 5-minute rule).
    if (!enabled) changes.nextRunAt = null;
    else if (dto.trigger !== undefined || !wasEnabled) {
      changes.nextRunAt = firstRunAt(changes.trigger ?? connection.trigger, new Date());
    }
    await this.connections.update({ id: connection.id, workspaceId }, changes);
    if (dto.startFrom !== undefined) {
      // A new start point means a new first poll; the cursor of the old one no longer applies.
      await this.setPollingState(connection.id, { startFrom: dto.startFrom, baselineTaken: false });
    }
    return this.get(workspaceId, connection.id);
  }

  /** Replaces only the polling part of `state`, in one statement. */
  private async setPollingState(
    connectionId: string,
    polling: NonNullable<ConnectionEntity['state']['polling']>,
    onlyIfMissing = false,
  ): Promise<void> {
    await this.connections.query(
      `UPDATE connection
          SET state = jsonb_set(state, '{polling}', ${onlyIfMissing ? "COALESCE(state->'polling', $2::jsonb)" : '$2::jsonb'})
        WHERE id = $1`,
      [connectionId, JSON.stringify(polling)],
    );
  }

  private async assertTriggerFitsOrThrow(
    connection: ConnectionEntity,
    trigger: Trigger,
  ): Promise<void> {
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

  async remove(workspaceId: string, id: string): Promise<void> {
    const connection = await this.findOrThrow(workspaceId, id);
    await this.connections.delete({ id: connection.id, workspaceId });
  }

  async upsertSource(
    workspaceId: string,
    connectionId: string,
    dto: UpsertStepDto,
  ): Promise<StepDto> {
    const connection = await this.findOrThrow(workspaceId, connectionId);
    const source = this.registry.getSourceOrThrow(dto.connectorKey, dto.actionKey);
    const accountId = await this.resolveAccountId(workspaceId, dto.connectorKey, dto.accountId);
    const existing = await this.steps.findOneBy({ connectionId: connection.id, role: 'source' });
    const step = await this.steps.save(
      this.steps.merge(
        existing ??
          this.steps.create({
            workspaceId,
            connectionId: connection.id,
            role: 'source',
            sortOrder: 0,
            mapping: {},
          }),
        {
          connectorKey: dto.connectorKey,
          actionKey: dto.actionKey,
          accountId,
          settings: dto.settings ?? existing?.settings ?? {},
          position: dto.position ?? existing?.position ?? { x: 0, y: 0 },
        },
      ),
    );
    // Push sources run on arrival. Polled ones keep the schedule the user chose (or get the
    // source's suggested interval) and their cursor across edits.
    if (source.kind === 'instant' && connection.trigger.type !== 'instant') {
      await this.connections.update(
        { id: connection.id },
        { trigger: { type: 'instant' }, nextRunAt: null },
      );
    }
    const unscheduled =
      connection.trigger.type === 'instant' || connection.trigger.type === 'manual';
    if (source.kind === 'polling' && unscheduled) {
      const trigger: Trigger = { type: 'interval', minutes: source.defaultIntervalMinutes ?? 15 };
      await this.connections.update(
        { id: connection.id },
        { trigger, nextRunAt: connection.enabled ? firstRunAt(trigger, new Date()) : null },
      );
    }
    if (source.kind === 'polling') {
      await this.setPollingState(
        connection.id,
        { startFrom: { mode: 'new' }, baselineTaken: false },
        true,
      );
    }
    return toStepDto(step);
  }

  async addReceiver(
    workspaceId: string,
    connectionId: string,
    dto: UpsertStepDto,
  ): Promise<StepDto> {
    const connection = await this.findOrThrow(workspaceId, connectionId);
    const receiver = this.registry.getReceiverOrThrow(dto.connectorKey, dto.actionKey);
    const accountId = await this.resolveAccountId(workspaceId, dto.connectorKey, dto.accountId);
    const count = await this.steps.countBy({ connectionId: connection.id, role: 'receiver' });
    const step = await this.steps.save(
      this.steps.create({
        workspaceId,
        connectionId: connection.id,
        role: 'receiver',
        connectorKey: dto.connectorKey,
        actionKey: dto.actionKey,
        accountId,
        settings: dto.settings ?? {},
        mapping: sealSecretFields(
          dto.mapping ?? {},
          secretKeysOf(receiver.fields),
          {},
          this.secretBox,
        ),
        position: dto.position ?? { x: 0, y: 160 * (count + 1) },
        sortOrder: count + 1,
      }),
    );
    return toStepDto(step);
  }

  async updateStep(
    workspaceId: string,
    connectionId: string,
    stepId: string,
    dto: UpdateStepDto,
  ): Promise<StepDto> {
    const step = await this.findStepOrThrow(workspaceId, connectionId, stepId);
    const connectorKey = dto.connectorKey ?? step.connectorKey;
    const actionKey = dto.actionKey ?? step.actionKey;
    let secretKeys = new Set<string>();
    if (step.role === 'source') this.registry.getSourceOrThrow(connectorKey, actionKey);
    else
      secretKeys = secretKeysOf(this.registry.getReceiverOrThrow(connectorKey, actionKey).fields);
    const accountId =
      dto.accountId !== undefined || connectorKey !== step.connectorKey
        ? await this.resolveAccountId(workspaceId, connectorKey, dto.accountId)
        : step.accountId;
    this.steps.merge(step, {
      connectorKey,
      actionKey,
      accountId,
      ...(dto.settings ? { settings: dto.settings } : {}),
      ...(dto.mapping
        ? { mapping: sealSecretFields(dto.mapping, secretKeys, step.mapping, this.secretBox) }
        : {}),
      ...(dto.position ? { position: dto.position } : {}),
    });
    return toStepDto(await this.steps.save(step));
  }

  async removeStep(workspaceId: string, connectionId: string, stepId: string): Promise<void> {
    const step = await this.findStepOrThrow(workspaceId, connectionId, stepId);
    await this.steps.delete({ id: step.id, workspaceId });
  }

  /** The steps of a connection already scoped to the caller's workspace. */
  stepsOf(connectionId: string): Promise<StepEntity[]> {
    return this.steps.findBy({ connectionId });
  }

  async findOrThrow(workspaceId: string, id: string): Promise<ConnectionEntity> {
    const connection = isUuid(id) ? await this.connections.findOneBy({ id, workspaceId }) : null;
    if (!connection) throw new NotFoundError('The connection');
    return connection;
  }

  async findStepOrThrow(
    workspaceId: string,
    connectionId: string,
    stepId: string,
  ): Promise<StepEntity> {
    const step =
      isUuid(stepId) && isUuid(connectionId)
        ? await this.steps.findOneBy({ id: stepId, connectionId, workspaceId })
        : null;
    if (!step) throw new NotFoundError('The step');
    return step;
  }

  private async describe(connection: ConnectionEntity): Promise<ConnectionDto> {
    const [steps, lastRun, lastInbound] = await Promise.all([
      this.steps.findBy({ connectionId: connection.id }),
      this.runs.findOne({ where: { connectionId: connection.id }, order: { startedAt: 'DESC' } }),
      this.lastInboundOf(connection.id),
    ]);
    const dto = this.toDto(connection, steps, lastRun);
    return dto.hookPath ? { ...dto, lastInbound } : dto;
  }

  /** The platform's latest call to the hook URL: "waiting for the first event" until then. */
  private async lastInboundOf(connectionId: string): Promise<InboundSummaryDto | null> {
    const [row]: {
      received_at: Date;
      status: 'accepted' | 'rejected';
      error: string | null;
      total: number;
    }[] = await this.dataSource.query(
      `SELECT received_at, status, error,
                (SELECT count(*)::int FROM inbound_event WHERE connection_id = $1 AND kind = 'hook') AS total
           FROM inbound_event WHERE connection_id = $1 AND kind = 'hook'
          ORDER BY received_at DESC LIMIT 1`,
      [connectionId],
    );
    return row
      ? {
          at: row.received_at.toISOString(),
          status: row.status,
          error: row.error,
          total: row.total,
        }
      : null;
  }

  private toDto(
    connection: ConnectionEntity,
    steps: StepEntity[],
    lastRun: RunEntity | null,
  ): ConnectionDto {
    const source = steps.find((s) => s.role === 'source');
    const definition = source
      ? this.registry.getSourceOrThrow(source.connectorKey, source.actionKey)
      : null;
    const kind = definition?.kind ?? null;
    const dto = toConnectionDto(
      connection,
      steps,
      lastRun,
      Boolean(definition && pushHandlerOf(definition)),
      kind === 'polling',
      Boolean(definition && pushHandlerOf(definition)?.hostedPage),
    );
    const setupProblems = setupProblemsOf(steps, this.registry.list());
    const failing =
      connection.consecutiveFailures > 0 ||
      lastRun?.status === 'failed' ||
      lastRun?.status === 'partial';
    return {
      ...dto,
      setupProblems,
      health: setupProblems.length ? 'needs-setup' : failing ? 'failing' : 'ready',
    };
  }

  /** The next run a trigger would get if saved now, or every reason it cannot be saved. */
  async previewTrigger(
    workspaceId: string,
    id: string,
    trigger: Trigger,
  ): Promise<TriggerPreviewDto> {
    const connection = await this.findOrThrow(workspaceId, id);
    try {
      await this.assertTriggerFitsOrThrow(connection, trigger);
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

  /** A copy with the same steps and mapping, switched off, with its own hook URL. */
  async duplicate(workspaceId: string, id: string): Promise<ConnectionDto> {
    const original = await this.findOrThrow(workspaceId, id);
    const steps = await this.steps.findBy({ connectionId: original.id });
    const copy = await this.connections.manager.transaction(async (manager) => {
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = original;
      const created = await manager.save(
        manager.create(ConnectionEntity, {
          ...fields,
          name: `${original.name} (copy)`.slice(0, 120),
          enabled: false,
          ...freshRunState(),
          // The copy starts its own history: no cursor, a fresh first poll.
          state: original.state.polling
            ? { polling: { startFrom: original.state.polling.startFrom, baselineTaken: false } }
            : {},
        }),
      );
      for (const step of steps) {
        const { id: _sid, createdAt: _sc, updatedAt: _su, ...stepFields } = step;
        await manager.save(manager.create(StepEntity, { ...stepFields, connectionId: created.id }));
      }
      return created;
    });
    return this.describe(copy);
  }

  /** An account must belong to the caller's workspace and to the step's system. */
  private async resolveAccountId(
    workspaceId: string,
    connectorKey: string,
    accountId: string | null | undefined,
  ): Promise<string | null> {
    if (!accountId) return null;
    const account = await this.accountsService.findOrThrow(workspaceId, accountId);
    if (account.connectorKey !== connectorKey) {
      throw new StepNotReadyError(`The account "${account.name}" belongs to another system`);
    }
    return account.id;
  }
}

/** What a new connection (or a copy) starts with: its own hook URL and no run history. */
function freshRunState(): Partial<ConnectionEntity> {
  return {
    nextRunAt: null,
    hookToken: randomBytes(24).toString('base64url'),
    consecutiveFailures: 0,
    disabledReason: null,
    disabledAt: null,
    emptyPolls: 0,
    lastPolledAt: null,
  };
}
