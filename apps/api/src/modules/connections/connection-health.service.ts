import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  setupProblemsOf,
  type ConnectionDto,
  type ConnectionHealth,
  type InboundSummaryDto,
  type SetupProblem,
} from '@fluxo/contracts';
import { pushHandlerOf } from '@fluxo/connector-sdk';
import { DataSource, In, Repository } from 'typeorm';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { RunEntity } from '../runs/entities/run.entity';
import { toConnectionDto } from './connection-dto.mapper';
import { ConnectionEntity } from './entities/connection.entity';
import { StepEntity } from './entities/step.entity';

/**
 * A connection as the editor shows it: its steps, its last run and last inbound call, what it
 * still needs before it can run (the set-up problems, one rule shared with the editor) and its
 * health, worst first: needs set-up, failing, ready.
 */
@Injectable()
export class ConnectionHealthService {
  constructor(
    @InjectRepository(StepEntity) private readonly steps: Repository<StepEntity>,
    @InjectRepository(RunEntity) private readonly runs: Repository<RunEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
  ) {}

  /** What the connection still needs before it can run (empty when it is ready). */
  async setupProblemsOf(connectionId: string): Promise<SetupProblem[]> {
    return setupProblemsOf(await this.steps.findBy({ connectionId }), this.registry.list());
  }

  /** Many connections in four queries, whatever their number (the list page). */
  async describeAll(connections: ConnectionEntity[]): Promise<ConnectionDto[]> {
    if (!connections.length) return [];
    const ids = connections.map((c) => c.id);
    // The store checklist on the reports page reads each hook connection's last call from here.
    const [steps, lastRuns, lastInbound] = await Promise.all([
      this.steps.find({ where: { connectionId: In(ids) } }),
      this.runs
        .createQueryBuilder('run')
        .distinctOn(['run.connection_id'])
        .where('run.connection_id IN (:...ids)', { ids })
        .orderBy('run.connection_id')
        .addOrderBy('run.started_at', 'DESC')
        .getMany(),
      this.lastInboundOf(ids, { withTotal: false }),
    ]);
    return connections.map((connection) => {
      const dto = this.toDto(
        connection,
        steps.filter((s) => s.connectionId === connection.id),
        lastRuns.find((r) => r.connectionId === connection.id) ?? null,
      );
      return dto.hookPath ? { ...dto, lastInbound: lastInbound.get(connection.id) ?? null } : dto;
    });
  }

  /** One connection with its latest inbound call, for the editor. */
  async describe(connection: ConnectionEntity): Promise<ConnectionDto> {
    const [steps, lastRun, lastInbound] = await Promise.all([
      this.steps.findBy({ connectionId: connection.id }),
      this.runs.findOne({ where: { connectionId: connection.id }, order: { startedAt: 'DESC' } }),
      this.lastInboundOf([connection.id], { withTotal: true }),
    ]);
    const dto = this.toDto(connection, steps, lastRun);
    return dto.hookPath ? { ...dto, lastInbound: lastInbound.get(connection.id) ?? null } : dto;
  }

  /** A connection just created: no steps and no runs yet. */
  describeNew(connection: ConnectionEntity): ConnectionDto {
    return this.toDto(connection, [], null);
  }

  /**
   * Each connection's latest call to its hook URL ("waiting for the first event" until one
   * comes), by connection id; one lateral lookup per connection, on the connection's index.
   */
  private async lastInboundOf(
    ids: string[],
    { withTotal }: { withTotal: boolean },
  ): Promise<Map<string, InboundSummaryDto>> {
    const rows: {
      connection_id: string;
      received_at: Date;
      status: InboundSummaryDto['status'];
      error: string | null;
      total: number | null;
      held: number;
    }[] = await this.dataSource.query(
      `SELECT c.id AS connection_id, last.received_at, last.status, last.error,
              CASE WHEN $2 THEN (SELECT count(*)::int FROM inbound_event
                                  WHERE connection_id = c.id AND kind = 'hook') END AS total,
              (SELECT count(*)::int FROM inbound_event WHERE connection_id = c.id AND status = 'held') AS held
         FROM unnest($1::uuid[]) AS c(id)
         JOIN LATERAL (
              SELECT received_at, status, error FROM inbound_event
               WHERE connection_id = c.id AND kind = 'hook'
               ORDER BY received_at DESC LIMIT 1) last ON true`,
      [ids, withTotal],
    );
    return new Map(
      rows.map((row) => [
        row.connection_id,
        {
          at: row.received_at.toISOString(),
          status: row.status,
          error: row.error,
          total: row.total,
          held: row.held,
        },
      ]),
    );
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
    const push = definition ? pushHandlerOf(definition) : null;
    const dto = toConnectionDto(
      connection,
      steps,
      lastRun,
      Boolean(push),
      definition?.kind === 'polling',
      Boolean(push?.hostedPage),
    );
    const setupProblems = setupProblemsOf(steps, this.registry.list());
    return { ...dto, setupProblems, health: healthOf(setupProblems, connection, lastRun) };
  }
}

/** Needs set-up beats failing: a connection that cannot run is not reported as merely failing. */
export function healthOf(
  setupProblems: readonly SetupProblem[],
  connection: Pick<ConnectionEntity, 'consecutiveFailures'>,
  lastRun: Pick<RunEntity, 'status'> | null,
): ConnectionHealth {
  if (setupProblems.length) return 'needs-setup';
  const failing =
    connection.consecutiveFailures > 0 ||
    lastRun?.status === 'failed' ||
    lastRun?.status === 'partial';
  return failing ? 'failing' : 'ready';
}
