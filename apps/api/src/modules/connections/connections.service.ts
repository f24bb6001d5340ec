import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  conditionsOrNull,
  type ConnectionDto,
  type CreateConnectionDto,
  type Trigger,
  type TriggerPreviewDto,
  type UpdateConnectionDto,
  type SetupProblem,
} from '@fluxo/contracts';
import { firstRunAt } from '@fluxo/engine';
import { Repository } from 'typeorm';
import { NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { ConnectionHealthService } from './connection-health.service';
import { SetupIncompleteError } from './connections.errors';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';
import { TriggerPolicyService } from './trigger-policy.service';

/**
 * A connection's own record: name, switch, auto-update, its copies. Steps live in
 * ConnectionStepsService, when it runs in TriggerPolicyService, how it is shown and its health in
 * ConnectionHealthService.
 */
@Injectable()
export class ConnectionsService {
  constructor(
    @InjectRepository(ConnectionEntity) private readonly connections: Repository<ConnectionEntity>,
    @InjectRepository(StepEntity) private readonly steps: Repository<StepEntity>,
    private readonly triggers: TriggerPolicyService,
    private readonly health: ConnectionHealthService,
  ) {}

  async list(workspaceId: string): Promise<ConnectionDto[]> {
    const connections = await this.connections.find({
      where: { workspaceId },
      order: { createdAt: 'DESC' },
    });
    return this.health.describeAll(connections);
  }

  async get(workspaceId: string, id: string): Promise<ConnectionDto> {
    return this.health.describe(await this.findOrThrow(workspaceId, id));
  }

  async create(workspaceId: string, dto: CreateConnectionDto): Promise<ConnectionDto> {
    const connection = await this.connections.save(
      this.connections.create({
        workspaceId,
        name: dto.name,
        // Off until set up and switched on (the guided panel's last step): a call arriving
        // before the receiver exists is held, not run into nothing.
        enabled: false,
        trigger: { type: 'manual' },
        state: {},
        ...freshRunState(),
      }),
    );
    return this.health.describeNew(connection);
  }

  async update(workspaceId: string, id: string, dto: UpdateConnectionDto): Promise<ConnectionDto> {
    const connection = await this.findOrThrow(workspaceId, id);
    const wasEnabled = connection.enabled;
    // Only the columns this edit owns are written: the engine moves `state` (the polling
    // cursor) and the failure counters concurrently, and a stale copy must never overwrite them.
    const changes: Partial<Omit<ConnectionEntity, 'state'>> = {};
    if (dto.name !== undefined) changes.name = dto.name;
    if (dto.conditions !== undefined) changes.conditions = conditionsOrNull(dto.conditions);
    if (dto.trigger !== undefined) {
      await this.triggers.assertFitsOrThrow(connection, dto.trigger);
      changes.trigger = dto.trigger;
    }
    const enabled = dto.enabled ?? connection.enabled;
    if (dto.enabled !== undefined) changes.enabled = dto.enabled;
    if (enabled && !wasEnabled) {
      const problems = await this.health.setupProblemsOf(connection.id);
      if (problems.length) throw new SetupIncompleteError(problems.map(describeProblem));
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
      await this.triggers.setPollingState(connection.id, {
        startFrom: dto.startFrom,
        baselineTaken: false,
      });
    }
    if (enabled && (!wasEnabled || dto.startFrom !== undefined)) {
      await this.triggers.markNewItemsSince(connection.id, new Date());
    }
    return this.get(workspaceId, connection.id);
  }

  /** Switches a connection off, saying why, when what it is set to cannot run (after a restore). */
  async switchOffWhenNotReady(workspaceId: string, id: string): Promise<void> {
    const connection = await this.findOrThrow(workspaceId, id);
    if (!connection.enabled) return;
    const problems = await this.health.setupProblemsOf(connection.id);
    if (!problems.length) return;
    await this.connections.update(
      { id: connection.id, workspaceId },
      {
        enabled: false,
        nextRunAt: null,
        disabledAt: new Date(),
        disabledReason: `The restored version cannot run yet: ${problems.map(describeProblem).join('; ')}`,
      },
    );
  }

  async remove(workspaceId: string, id: string): Promise<void> {
    const connection = await this.findOrThrow(workspaceId, id);
    await this.connections.delete({ id: connection.id, workspaceId });
  }

  /** The next run a trigger would get if saved now, or every reason it cannot be saved. */
  async previewTrigger(
    workspaceId: string,
    id: string,
    trigger: Trigger,
  ): Promise<TriggerPreviewDto> {
    return this.triggers.preview(await this.findOrThrow(workspaceId, id), trigger);
  }

  async findOrThrow(workspaceId: string, id: string): Promise<ConnectionEntity> {
    const connection = isUuid(id) ? await this.connections.findOneBy({ id, workspaceId }) : null;
    if (!connection) throw new NotFoundError('The connection');
    return connection;
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
    return this.health.describe(copy);
  }
}

/** What a new connection (or a copy) starts with: its own hook URL and no run history. */
export function freshRunState(): Partial<ConnectionEntity> {
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

/** A set-up problem in the API's words (the editor words the codes in the user's language). */
function describeProblem(problem: SetupProblem): string {
  switch (problem.code) {
    case 'source.missing':
      return 'choose where the data comes from';
    case 'receiver.missing':
      return 'add a receiver';
    case 'account.missing':
      return `connect a ${problem.system} account`;
    case 'field.missing':
      return `fill in "${problem.label}" for ${problem.system}`;
    case 'fields.oneOf':
      return `fill in ${problem.labels.map((label) => `"${label}"`).join(' or ')} for ${problem.system}`;
  }
}
