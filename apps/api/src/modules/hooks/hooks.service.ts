import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  pushHandlerOf,
  type ConnectorContext,
  type PushHandler,
  type SourceItem,
} from '@fluxo/connector-sdk';
import { MicroBatcher } from '@fluxo/engine';
import { fillSentence, HOLD_REASONS } from '@fluxo/contracts';
import { queryPrepared } from '../../database/prepared-statement';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/domain-error';
import { STATEMENT_BATCHING } from '../../database/batch-rows';
import { SecretBox } from '../../common/secret-box';
import { ConnectorContextFactory } from '../connectors/connector-context.factory';
import { ConnectorRegistry } from '../connectors/connector-registry';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RUN_DISPATCH, type HeldRun, type RunDispatch } from '../runs/run-dispatch.types';
import { RunLedger } from '../runs/run.ledger';
import {
  HookBodyError,
  NotAPushSourceError,
  UnknownHookError,
  UnverifiedSourceError,
} from './hooks.errors';
import { FIND_HOOK_TARGETS_SQL, toHookTarget, type HookTarget } from './hook-target';
import { HeldCallStore } from './held-call-store';
import { HookRateLimitedError, HookRateLimiter } from './hook-rate-limiter';
import { storedBodyOf, type StoredBody } from './inbound-secrets';
import {
  asHookError,
  inboundRequestOrThrow,
  storedHeaders,
  type RawHookCall,
} from './inbound-call';
import { storableJson } from './storable-json';

export type { RawHookCall } from './inbound-call';

export interface HookAcceptance {
  eventId: string;
  runId: string | null;
  itemsAccepted: number;
  duplicates: number;
  /** Stored for later: the connection cannot take it yet (see HooksService.receive). */
  held?: true;
}

/** A call as the inbound log stores it. */
interface IngestedEvent {
  id: string;
  workspaceId: string;
  connectionId: string;
  method: string;
  headers: Record<string, string>;
  query: Record<string, string>;
  contentType: string;
  body: Buffer;
  sealedBody: string | null;
}

/** Held calls processed per read. */
const HELD_BATCH = 100;

@Injectable()
export class HooksService {
  /** Calls arriving together look up their connections in one statement. */
  private readonly targets = new MicroBatcher<string, HookTarget | null>(
    (tokens) => this.findTargets(tokens),
    STATEMENT_BATCHING,
  );

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: ConnectorRegistry,
    @Inject(RUN_DISPATCH) private readonly dispatch: RunDispatch,
    private readonly runs: RunLedger,
    private readonly contexts: ConnectorContextFactory,
    private readonly secretBox: SecretBox,
    private readonly rateLimiter: HookRateLimiter,
    private readonly heldCalls: HeldCallStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Stores the call, turns it into items and queues a run, all before the caller gets its
   * answer; rejected calls of a known connection are stored too, with the reason. A call the
   * connection cannot take yet (switched off, or its signed source has no account) is held:
   * stored and answered 200, for the user to process or discard (see processHeld).
   */
  async receive(token: string, call: RawHookCall): Promise<HookAcceptance> {
    const target = await this.findTarget(token);
    if (!target) throw new UnknownHookError();
    const event = this.eventOf(randomUUID(), target, call);

    const waitSeconds = this.rateLimiter.waitSecondsFor(target.connectionId);
    if (waitSeconds > 0) {
      const limited = new HookRateLimitedError(waitSeconds);
      await this.insertEvent({ ...event, status: 'rejected', error: limited.message, url: null });
      throw limited;
    }
    const holdReason = this.holdReasonOf(target);
    if (holdReason) {
      await this.insertEvent({ ...event, status: 'held', error: holdReason, url: call.url });
      return { eventId: event.id, runId: null, itemsAccepted: 0, duplicates: 0, held: true };
    }
    return this.ingest(target, call, event, (error) =>
      this.insertEvent({ ...event, status: 'rejected', error, url: null }),
    );
  }

  /**
   * Processes the calls held for a connection, oldest first, as if they arrived now: each is
   * verified and parsed then, and becomes accepted (with its items and run) or rejected. Safe
   * to repeat and to run in two processes: a call leaves `held` once.
   */
  async processHeld(target: HookTarget): Promise<{ accepted: number; rejected: number }> {
    let accepted = 0;
    let rejected = 0;
    for (;;) {
      const held = await this.heldCalls.oldest(target.connectionId, HELD_BATCH);
      for (const row of held) {
        const call = this.heldCalls.callOf(row);
        // Stored already: its kept (masked and sealed) body is not worked out again.
        const event = this.eventOf(row.id, target, call, {
          body: row.body,
          sealed: row.sealed_body,
        });
        try {
          await this.ingest(target, call, event, (error) => this.rejectHeld(row.id, error));
          accepted += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          rejected += 1;
        }
      }
      if (held.length < HELD_BATCH) return { accepted, rejected };
    }
  }

  /** Discards the calls held for a connection: kept in the log as discarded, never processed. */
  async discardHeld(connectionId: string): Promise<number> {
    const [, discarded]: [unknown[], number] = await this.dataSource.query(
      `UPDATE inbound_event SET status = 'discarded', error = 'Discarded: the connection started from new calls'
        WHERE connection_id = $1 AND status = 'held'`,
      [connectionId],
    );
    return discarded;
  }

  /** Why a call to this connection is held instead of processed; null when it can be processed. */
  holdReasonOf(target: HookTarget): string | null {
    const source = target.source
      ? this.registry.findSource(target.source.connectorKey, target.source.actionKey)
      : null;
    const handler = source && pushHandlerOf(source);
    // Not a push source at all: nothing would ever process the call, so it is refused.
    if (!target.source || !handler) return null;
    // The missing account first: it is the step the user must take before switching on.
    if (handler.requiresAccount && !target.source.accountId) {
      const system = this.registry.getOrThrow(target.source.connectorKey).name;
      return fillSentence(HOLD_REASONS.accountMissing, { system });
    }
    if (!target.enabled) return HOLD_REASONS.switchedOff;
    return null;
  }

  /** The call as the inbound log keeps it; `stored`: its body as kept already (a held call). */
  private eventOf(
    id: string,
    target: HookTarget,
    call: RawHookCall,
    stored?: StoredBody,
  ): IngestedEvent {
    const headers = storedHeaders(call);
    const contentType = headers['content-type'] ?? '';
    stored ??= storedBodyOf(contentType, call.body, this.secretBodyPathsOf(target), this.secretBox);
    return {
      id,
      workspaceId: target.workspaceId,
      connectionId: target.connectionId,
      method: call.method,
      headers,
      query: storableJson(call.query),
      contentType,
      body: stored.body,
      sealedBody: stored.sealed,
    };
  }

  /** Parses the call, stores its items and queues their run; `reject` stores a refusal. */
  private async ingest(
    target: HookTarget,
    call: RawHookCall,
    event: IngestedEvent,
    reject: (error: string) => Promise<void>,
  ): Promise<HookAcceptance> {
    let items: SourceItem[];
    try {
      items = await this.parseOrThrow(target, call, event);
    } catch (error) {
      await reject((error as Error).message);
      throw error;
    }

    // The run is stored claimed, for whoever takes its dispatch (this process, or in queue mode
    // the worker that takes its job): one statement (the executor's claim) fewer per call.
    const leaseSeconds = this.config.runLeaseSeconds;
    const claimedAt = Date.now();
    let queued: { runId: string | null; inserted: number };
    try {
      queued = await this.runs.queueInstant({
        runId: randomUUID(),
        leaseSeconds,
        event,
        items: storableJson(items),
      });
    } catch (error) {
      if (!isRefusedData(error)) throw error;
      // What the source made of the call cannot be stored; the call itself still is.
      const refused = new HookBodyError(
        422,
        'UNSTORABLE_BODY',
        `The data of this call cannot be stored: ${(error as Error).message}`,
      );
      await reject(refused.message);
      throw refused;
    }
    // Not awaited: the caller's answer waits for the commit only, never for a queue.
    if (queued.runId) {
      const held: HeldRun = {
        claimedAt,
        workspaceId: target.workspaceId,
        connectionId: target.connectionId,
        cause: 'instant',
        items: queued.inserted,
        listenedTo: target.listenedTo,
        source: target.source && {
          connectorKey: target.source.connectorKey,
          actionKey: target.source.actionKey,
        },
      };
      void this.dispatch.dispatchRun(queued.runId, false, held);
    }
    return {
      eventId: event.id,
      runId: queued.runId,
      itemsAccepted: queued.inserted,
      duplicates: items.length - queued.inserted,
    };
  }

  private async rejectHeld(eventId: string, error: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE inbound_event SET status = 'rejected', error = $2 WHERE id = $1 AND status = 'held'`,
      [eventId, error],
    );
  }

  /** The connection behind a hook token, null when there is none. */
  findTarget(token: string): Promise<HookTarget | null> {
    return this.targets.submit(token);
  }

  private async findTargets(tokens: readonly string[]): Promise<(HookTarget | null)[]> {
    const rows: Record<string, unknown>[] = await queryPrepared(
      this.dataSource,
      { name: 'fluxo_find_hook_targets', text: FIND_HOOK_TARGETS_SQL },
      [tokens],
    );
    const byToken = new Map(rows.map((row) => [row.hook_token as string, toHookTarget(row)]));
    return tokens.map((token) => byToken.get(token) ?? null);
  }

  private async parseOrThrow(
    target: HookTarget,
    call: RawHookCall,
    event: {
      id: string;
      headers: Record<string, string>;
      query: Record<string, string>;
      contentType: string;
    },
  ): Promise<SourceItem[]> {
    const source = target.source
      ? this.registry.getSourceOrThrow(target.source.connectorKey, target.source.actionKey)
      : null;
    const handler = source && pushHandlerOf(source);
    if (!target.source || !handler) throw new NotAPushSourceError();
    const request = await inboundRequestOrThrow(call);
    const ctx = await this.contextFor(target, handler);
    return parseItemsOrThrow(() => {
      handler.verify?.(request, ctx);
      return handler.parse(request, event.id, ctx);
    });
  }

  /** Credentials are read only for sources that check signatures or keys with them. */
  private async contextFor(target: HookTarget, handler: PushHandler): Promise<ConnectorContext> {
    const step = target.source as NonNullable<HookTarget['source']>;
    const connector = this.registry.getOrThrow(step.connectorKey);
    const needsAccount = handler.requiresAccount || Boolean(handler.verify);
    if (handler.requiresAccount && !step.accountId) throw new UnverifiedSourceError(connector.name);
    return this.contexts.create(
      target.workspaceId,
      connector,
      needsAccount ? step.accountId : null,
      step.settings,
    );
  }

  private async insertEvent(
    event: IngestedEvent & {
      status: 'rejected' | 'held';
      error: string | null;
      url: string | null;
    },
  ): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status, error, sealed_body, url)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
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
        event.sealedBody,
        event.url,
      ],
    );
  }

  /** The body fields the connection's source declares secret, if it has a source. */
  private secretBodyPathsOf(target: HookTarget): readonly string[] | undefined {
    if (!target.source) return undefined;
    const source = this.registry.findSource(target.source.connectorKey, target.source.actionKey);
    return source ? pushHandlerOf(source)?.secretBodyPaths : undefined;
  }
}

function parseItemsOrThrow(parse: () => SourceItem[]): SourceItem[] {
  try {
    return parse();
  } catch (error) {
    const refusal = asHookError(error);
    if (refusal instanceof DomainError) throw refusal;
    throw new HookBodyError(422, 'INVALID_SUBMISSION', (error as Error).message);
  }
}

/**
 * PostgreSQL refused the values, not the statement: a data exception (class 22, such as an
 * untranslatable character) or a value too complex to take (54, such as too deep a nesting).
 */
function isRefusedData(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('54'));
}
