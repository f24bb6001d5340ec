import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { InboundRequest, SourceItem } from '@fluxo/connector-sdk';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { connectorLogger } from '../connectors/connector-logger';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { ConnectionEntity } from '../connections/entities/connection.entity';
import { StepEntity } from '../connections/entities/step.entity';
import { RunEntity } from '../runs/entities/run.entity';
import { RunExecutor } from '../runs/run-executor';
import {
  ConnectionSwitchedOffError,
  HookBodyError,
  NotAPushSourceError,
  UnknownHookError,
} from './hooks.errors';
import { parseHookBody } from './parse-hook-body';

export interface RawHookCall {
  method: string;
  headers: Record<string, string | string[] | undefined>;
  query: Record<string, string>;
  body: Buffer;
}

export interface HookAcceptance {
  eventId: string;
  runId: string | null;
  itemsAccepted: number;
  duplicates: number;
}

// Never stored: they authenticate the sender to us, not the data.
const REDACTED_HEADERS = new Set(['cookie', 'authorization', 'proxy-authorization']);

@Injectable()
export class HooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    private readonly executor: RunExecutor,
  ) {}

  /**
   * Stores the call, turns it into items and queues a run, all before the caller gets its
   * answer; rejected calls of a known connection are stored too, with the reason.
   */
  async receive(token: string, call: RawHookCall): Promise<HookAcceptance> {
    const connection = await this.dataSource
      .getRepository(ConnectionEntity)
      .findOneBy({ hookToken: token });
    if (!connection) throw new UnknownHookError();
    const eventId = randomUUID();
    const headers = flattenHeaders(call.headers);
    const contentType = headers['content-type'] ?? '';
    const event = {
      id: eventId,
      workspaceId: connection.workspaceId,
      connectionId: connection.id,
      method: call.method,
      headers,
      query: call.query,
      contentType,
      body: call.body,
    };

    let items: SourceItem[];
    try {
      if (!connection.enabled) throw new ConnectionSwitchedOffError();
      const step = await this.dataSource
        .getRepository(StepEntity)
        .findOneBy({ connectionId: connection.id, role: 'source' });
      const source = step
        ? this.registry.getSourceOrThrow(step.connectorKey, step.actionKey)
        : null;
      if (!step || !source || source.kind !== 'instant') throw new NotAPushSourceError();
      const parsed = await parseHookBody(contentType, call.body);
      const request: InboundRequest = {
        method: call.method,
        headers,
        query: call.query,
        contentType,
        ...parsed,
      };
      items = parseItemsOrThrow(() =>
        source.parse(request, eventId, {
          credentials: {},
          settings: step.settings,
          logger: connectorLogger(step.connectorKey),
        }),
      );
    } catch (error) {
      await this.insertEvent({ ...event, status: 'rejected', error: (error as Error).message });
      throw error;
    }

    const acceptance = await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'accepted')`,
        [
          event.id,
          event.workspaceId,
          event.connectionId,
          event.method,
          event.headers,
          event.query,
          event.contentType,
          event.body,
        ],
      );
      const run = await manager.save(
        manager.create(RunEntity, {
          workspaceId: connection.workspaceId,
          connectionId: connection.id,
          cause: 'instant',
          status: 'queued',
          itemsCount: 0,
          deliveriesOk: 0,
          deliveriesFailed: 0,
          error: null,
          causedByRunId: null,
          leaseUntil: null,
          startedAt: new Date(),
          finishedAt: null,
        }),
      );
      let inserted = 0;
      for (const item of items) {
        const rows: unknown[] = await manager.query(
          `INSERT INTO source_item (workspace_id, connection_id, run_id, inbound_event_id, dedupe_key, payload)
           VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT ON CONSTRAINT uq_source_item_connection_dedupe_key DO NOTHING
           RETURNING id`,
          [connection.workspaceId, connection.id, run.id, eventId, item.key, item.payload],
        );
        inserted += rows.length;
      }
      if (inserted === 0) {
        // Everything was seen before (a vendor's redelivery): no run to show.
        await manager.delete(RunEntity, { id: run.id });
        return { eventId, runId: null, itemsAccepted: 0, duplicates: items.length };
      }
      await manager.update(RunEntity, { id: run.id }, { itemsCount: inserted });
      return {
        eventId,
        runId: run.id,
        itemsAccepted: inserted,
        duplicates: items.length - inserted,
      };
    });
    if (acceptance.runId) this.executor.enqueue(acceptance.runId);
    return acceptance;
  }

  private async insertEvent(event: {
    id: string;
    workspaceId: string;
    connectionId: string;
    method: string;
    headers: Record<string, string>;
    query: Record<string, string>;
    contentType: string;
    body: Buffer;
    status: 'accepted' | 'rejected';
    error: string | null;
  }): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.id,
        event.workspaceId,
        event.connectionId,
        event.method,
        event.headers,
        event.query,
        event.contentType,
        event.body,
        event.status,
        event.error,
      ],
    );
  }
}

function parseItemsOrThrow(parse: () => SourceItem[]): SourceItem[] {
  try {
    return parse();
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw new HookBodyError(422, 'INVALID_SUBMISSION', (error as Error).message);
  }
}

function flattenHeaders(
  headers: Record<string, string | string[] | undefined>,
): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || REDACTED_HEADERS.has(name)) continue;
    flat[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return flat;
}
