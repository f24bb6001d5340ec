import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import type { RunEntity } from '../runs/entities/run.entity';
import type { ConnectionEntity } from './entities/connection.entity';
import type { StepEntity } from './entities/step.entity';
import { maskSealedFields } from './secret-mapping';

export function toStepDto(step: StepEntity): StepDto {
  return {
    id: step.id,
    role: step.role,
    connectorKey: step.connectorKey,
    actionKey: step.actionKey,
    accountId: step.accountId,
    settings: step.settings,
    mapping: maskSealedFields(step.mapping),
    conditions: step.conditions ?? null,
    delay: step.delay ?? null,
    cancelWhen: step.cancelWhen ?? null,
    position: step.position,
  };
}

export function toConnectionDto(
  connection: ConnectionEntity,
  steps: StepEntity[],
  lastRun: RunEntity | null,
  receivesHooks: boolean,
  polled: boolean,
  hostedPage = false,
): ConnectionDto {
  const polling = connection.state.polling;
  return {
    id: connection.id,
    name: connection.name,
    enabled: connection.enabled,
    trigger: connection.trigger,
    conditions: connection.conditions ?? null,
    nextRunAt: connection.nextRunAt?.toISOString() ?? null,
    hookPath: receivesHooks ? `/hooks/${connection.hookToken}` : null,
    formPath: hostedPage ? `/f/${connection.hookToken}` : null,
    steps: [...steps].sort(byRoleThenOrder).map(toStepDto),
    lastRun: lastRun
      ? { id: lastRun.id, status: lastRun.status, startedAt: lastRun.startedAt.toISOString() }
      : null,
    polling: polled
      ? {
          startFrom: polling?.startFrom ?? { mode: 'new' },
          cursor: polling?.cursor ?? null,
          baselineTaken: polling?.baselineTaken ?? false,
          emptyPolls: connection.emptyPolls,
          lastPolledAt: connection.lastPolledAt?.toISOString() ?? null,
        }
      : null,
    consecutiveFailures: connection.consecutiveFailures,
    disabledReason: connection.disabledReason,
    createdAt: connection.createdAt.toISOString(),
    updatedAt: connection.updatedAt.toISOString(),
  };
}

function byRoleThenOrder(a: StepEntity, b: StepEntity): number {
  if (a.role !== b.role) return a.role === 'source' ? -1 : 1;
  return bySendingOrder(a, b);
}

/** Receivers send as drawn: by their order, then by when they were added. */
export function bySendingOrder(a: StepEntity, b: StepEntity): number {
  return a.sortOrder - b.sortOrder || a.createdAt.getTime() - b.createdAt.getTime();
}
