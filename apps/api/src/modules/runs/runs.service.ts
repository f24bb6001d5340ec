import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  DeliveryDto,
  RetryRunResultDto,
  RunDetailDto,
  RunDto,
  StartRunResultDto,
  WorkspaceRunDto,
} from '@fluxo/contracts';
import { In, Repository } from 'typeorm';
import { DomainError, NotFoundError } from '../../common/domain-error';
import { isUuid } from '../accounts/accounts.service';
import { NoSampleYetError, NoSourceYetError } from '../connections/connections.errors';
import { ConnectionsService } from '../connections/connections.service';
import { DeliveryEntity } from './entities/delivery.entity';
import { RunEntity } from './entities/run.entity';
import { SourceItemEntity } from './entities/source-item.entity';
import { DeliveryLedger } from './delivery.ledger';
import { RUN_DISPATCH, type RunDispatch } from './run-dispatch.types';
import { RunExecutor } from './run-executor.service';
import { RunLedger } from './run.ledger';
import { SourcePoller } from './source-poller.service';

const HISTORY_PAGE = 100;

@Injectable()
export class RunsService {
  constructor(
    @InjectRepository(RunEntity) private readonly runs: Repository<RunEntity>,
    @InjectRepository(SourceItemEntity) private readonly items: Repository<SourceItemEntity>,
    @InjectRepository(DeliveryEntity) private readonly deliveries: Repository<DeliveryEntity>,
    private readonly connectionsService: ConnectionsService,
    @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch,
    private readonly executor: RunExecutor,
    private readonly poller: SourcePoller,
    private readonly runLedger: RunLedger,
    private readonly deliveryLedger: DeliveryLedger,
  ) {}

  async listForConnection(workspaceId: string, connectionId: string): Promise<RunDto[]> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, connectionId);
    const runs = await this.runs.find({
      where: { connectionId: connection.id, workspaceId },
      order: { startedAt: 'DESC' },
      take: HISTORY_PAGE,
    });
    return runs.map(toRunDto);
  }

  /** The whole workspace's history, newest first, optionally only runs with one status. */
  async listForWorkspace(workspaceId: string, status?: string): Promise<WorkspaceRunDto[]> {
    const { entities, raw } = await this.runs
      .createQueryBuilder('run')
      .innerJoin('connection', 'c', 'c.id = run.connection_id')
      .addSelect('c.name', 'connection_name')
      .where('run.workspace_id = :workspaceId', { workspaceId })
      .andWhere(status ? 'run.status = :status' : 'TRUE', { status })
      .orderBy('run.started_at', 'DESC')
      .limit(HISTORY_PAGE)
      .getRawAndEntities();
    return entities.map((run, i) => ({
      ...toRunDto(run),
      connectionName: (raw[i] as { connection_name: string }).connection_name,
    }));
  }

  async get(workspaceId: string, runId: string): Promise<RunDetailDto> {
    const run = isUuid(runId) ? await this.runs.findOneBy({ id: runId, workspaceId }) : null;
    if (!run) throw new NotFoundError('The run');
    const [items, deliveries] = await Promise.all([
      this.items.find({ where: { runId: run.id }, order: { receivedAt: 'ASC' } }),
      this.deliveries.find({ where: { runId: run.id }, order: { createdAt: 'ASC' } }),
    ]);
    // Deliveries of items first taken by another run (e.g. a manual retry) still belong here.
    const foreignIds = deliveries
      .map((d) => d.itemId)
      .filter((id) => !items.some((i) => i.id === id));
    const foreign = foreignIds.length ? await this.items.findBy({ id: In(foreignIds) }) : [];
    const names = await this.connectionNamesOf(
      workspaceId,
      deliveries.map((d) => d.cancelledByConnectionId),
    );
    return {
      ...toRunDto(run),
      items: [...items, ...foreign].map((item) => ({
        id: item.id,
        dedupeKey: item.dedupeKey,
        payload: item.payload,
        receivedAt: item.receivedAt.toISOString(),
        deliveries: deliveries
          .filter((d) => d.itemId === item.id)
          .map((d) => toDeliveryDto(d, names)),
      })),
    };
  }

  /** The names of the connections that cancelled sends; a deleted one has none. */
  private async connectionNamesOf(
    workspaceId: string,
    ids: readonly (string | null)[],
  ): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (!wanted.length) return new Map();
    const rows: { id: string; name: string }[] = await this.runs.manager.query(
      `SELECT id, name FROM connection WHERE workspace_id = $1 AND id = ANY($2::uuid[])`,
      [workspaceId, wanted],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** "Run once": replays the latest item as a new, explicitly requested item. */
  async startManualRun(workspaceId: string, connectionId: string): Promise<StartRunResultDto> {
    const connection = await this.connectionsService.findOrThrow(workspaceId, connectionId);
    const [source]: unknown[] = await this.runs.manager.query(
      `SELECT 1 FROM step WHERE connection_id = $1 AND role = 'source'`,
      [connection.id],
    );
    if (!source) throw new NoSourceYetError();
    // A polled source is read now; the run takes whatever is new since the last poll.
    const polled = Boolean(await this.poller.pollingSourceOf(connection.id));
    const latest = polled
      ? null
      : await this.items.findOne({
          where: { connectionId: connection.id },
          order: { receivedAt: 'DESC' },
        });
    if (!polled && !latest) throw new NoSampleYetError();
    const runId = await this.runLedger.queueManual(workspaceId, connection.id, latest);
    void this.dispatch.dispatchRun(runId, false);
    return { runId };
  }

  /**
   * "Run again with this item": any past item of the workspace goes through its connection
   * again as a new, explicitly requested item (a new run; the old one stays as it was).
   */
  async runAgainWithItem(workspaceId: string, itemId: string): Promise<StartRunResultDto> {
    const item = isUuid(itemId) ? await this.items.findOneBy({ id: itemId, workspaceId }) : null;
    if (!item) throw new NotFoundError('The item');
    if ((item.payload as Record<string, unknown>)._pruned === true) {
      throw new DomainError(
        409,
        'ITEM_PRUNED',
        'This item is older than the run history keeps: its data is gone, so it cannot run again',
      );
    }
    const runId = await this.runLedger.queueManual(workspaceId, item.connectionId, item);
    void this.dispatch.dispatchRun(runId, false);
    return { runId };
  }

  /** Retries every failed delivery of a run; receivers that already succeeded are skipped. */
  async retryFailedOfRun(workspaceId: string, runId: string): Promise<RetryRunResultDto> {
    const run = isUuid(runId) ? await this.runs.findOneBy({ id: runId, workspaceId }) : null;
    if (!run) throw new NotFoundError('The run');
    const failed = await this.deliveries.find({
      where: { runId: run.id, status: 'failed' },
      order: { createdAt: 'ASC' },
    });
    await this.markForRetry(
      run.id,
      failed.map((d) => d.id),
    );
    for (const delivery of failed) await this.executor.retryDelivery(delivery.id, run.id);
    const after = failed.length
      ? await this.deliveries.findBy({ id: In(failed.map((d) => d.id)) })
      : [];
    return { retried: failed.length, deliveries: after.map((d) => toDeliveryDto(d)) };
  }

  async retryDelivery(workspaceId: string, deliveryId: string): Promise<DeliveryDto> {
    const delivery = isUuid(deliveryId)
      ? await this.deliveries.findOneBy({ id: deliveryId, workspaceId })
      : null;
    if (!delivery) throw new NotFoundError('The delivery');
    if (delivery.status !== 'failed' && delivery.status !== 'retrying') {
      throw new DomainError(
        409,
        'NOT_RETRYABLE',
        `This delivery is ${delivery.status}; only failed ones can be retried`,
      );
    }
    await this.markForRetry(delivery.runId, [delivery.id]);
    await this.executor.retryDelivery(delivery.id, delivery.runId);
    return toDeliveryDto(await this.deliveries.findOneByOrFail({ id: delivery.id }));
  }

  private async markForRetry(runId: string, deliveryIds: readonly string[]): Promise<void> {
    if (!deliveryIds.length) return;
    await this.deliveryLedger.retryByHand(deliveryIds);
    await this.runLedger.reopen(runId);
  }
}

function toRunDto(run: RunEntity): RunDto {
  return {
    id: run.id,
    connectionId: run.connectionId,
    cause: run.cause,
    status: run.status,
    itemsCount: run.itemsCount,
    deliveriesOk: run.deliveriesOk,
    deliveriesFailed: run.deliveriesFailed,
    deliveriesSkipped: run.deliveriesSkipped,
    error: run.error,
    warnings: run.warnings ?? [],
    causedByRunId: run.causedByRunId,
    startedAt: run.startedAt.toISOString(),
    finishedAt: run.finishedAt?.toISOString() ?? null,
  };
}

function toDeliveryDto(
  delivery: DeliveryEntity,
  connectionNames: ReadonlyMap<string, string> = new Map(),
): DeliveryDto {
  return {
    id: delivery.id,
    stepId: delivery.stepId,
    itemId: delivery.itemId,
    status: delivery.status,
    attempts: delivery.attempts,
    payload: delivery.payload,
    response: delivery.response,
    error: delivery.error,
    nextAttemptAt: delivery.nextAttemptAt?.toISOString() ?? null,
    vendorStatus: delivery.vendorStatus,
    askedFor: delivery.askedFor?.toISOString() ?? null,
    cancelledAt: delivery.cancelledAt?.toISOString() ?? null,
    cancelledBy:
      delivery.cancelledByItemId && delivery.cancelledByConnectionId
        ? {
            itemId: delivery.cancelledByItemId,
            connectionId: delivery.cancelledByConnectionId,
            connectionName: connectionNames.get(delivery.cancelledByConnectionId) ?? null,
          }
        : null,
    updatedAt: delivery.updatedAt.toISOString(),
  };
}
