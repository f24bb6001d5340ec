import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CancelWhen } from '@fluxo/contracts';
import { cancelKeyOf, itemMayCancel } from '@fluxo/engine';
import { DataSource } from 'typeorm';
import { DeliveryLedger, type CancellingKey } from './delivery.ledger';

/** Stored in `error` for API readers; the editor words `cancelledBy` in the user's language. */
export const CANCELLED_BY_LATER_ITEM =
  'Cancelled while waiting: a later item with the same key arrived';

interface Listener {
  id: string;
  cancel_when: CancelWhen;
}

interface ArrivedItem {
  id: string;
  payload: Record<string, unknown>;
  received_at: Date;
}

/**
 * The happy path wins: the items a run brings cancel the waiting sends of every receiver in
 * the workspace that listens to this connection (see CancelWhen), before the run sends anything.
 */
@Injectable()
export class HappyPathCancellation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deliveries: DeliveryLedger,
  ) {}

  /** Returns the runs whose sends were cancelled, for them to be finalized. */
  async cancelWaitingFor(
    runId: string,
    workspaceId: string,
    connectionId: string,
  ): Promise<string[]> {
    // Through idx_step_cancel_listeners: a workspace without cancelling receivers reads nothing.
    const listeners: Listener[] = await this.dataSource.query(
      `SELECT id, cancel_when FROM step
        WHERE workspace_id = $1 AND cancel_when IS NOT NULL
          AND cancel_when->'connectionIds' ? $2::text`,
      [workspaceId, connectionId],
    );
    if (!listeners.length) return [];
    const items: ArrivedItem[] = await this.dataSource.query(
      `SELECT id, payload, received_at FROM source_item
        WHERE run_id = $1 AND NOT (payload ? '_ignored')`,
      [runId],
    );
    const keys: CancellingKey[] = [];
    for (const item of items) {
      for (const listener of listeners) {
        if (!itemMayCancel(listener.cancel_when, item.payload)) continue;
        const key = await cancelKeyOf(listener.cancel_when, item.payload);
        if (key === null) continue;
        keys.push({
          step_id: listener.id,
          cancel_key: key,
          item_id: item.id,
          received_at: item.received_at.toISOString(),
        });
      }
    }
    return this.deliveries.cancelByKeys(connectionId, keys, CANCELLED_BY_LATER_ITEM);
  }
}
