import type { StepSettings } from '@fluxo/contracts';

/** What the ingest path needs to know about the connection behind a hook token. */
export interface HookTarget {
  connectionId: string;
  workspaceId: string;
  enabled: boolean;
  source: {
    connectorKey: string;
    actionKey: string;
    accountId: string | null;
    settings: StepSettings;
  } | null;
}

/** One round trip: the connection and its source step. */
export const FIND_HOOK_TARGET_SQL = `
  SELECT c.id AS connection_id, c.workspace_id, c.enabled,
         s.connector_key, s.action_key, s.account_id, s.settings
    FROM connection c
    LEFT JOIN step s ON s.connection_id = c.id AND s.role = 'source'
   WHERE c.hook_token = $1`;

export function toHookTarget(row: Record<string, unknown> | undefined): HookTarget | null {
  if (!row) return null;
  return {
    connectionId: row.connection_id as string,
    workspaceId: row.workspace_id as string,
    enabled: row.enabled as boolean,
    source: row.connector_key
      ? {
          connectorKey: row.connector_key as string,
          actionKey: row.action_key as string,
          accountId: (row.account_id as string | null) ?? null,
          settings: row.settings as StepSettings,
        }
      : null,
  };
}

/**
 * One statement stores the call, its new items and their run. A single statement is atomic
 * without BEGIN/COMMIT round trips, and foreign keys are checked at its end, so the items may
 * name the run inserted beside them. Items already seen (a vendor's redelivery) are skipped;
 * with no new item there is no run.
 */
export const INGEST_SQL = `
  WITH event AS (
    INSERT INTO inbound_event (id, workspace_id, connection_id, method, headers, query, content_type, body, status, sealed_body)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 'accepted', $11)
    RETURNING id
  ), items AS (
    INSERT INTO source_item (workspace_id, connection_id, run_id, inbound_event_id, dedupe_key, payload, received_at)
    SELECT $2, $3, $9, $1, item->>'key', item->'payload', now() + ordinal * interval '1 microsecond'
      FROM jsonb_array_elements($10::jsonb) WITH ORDINALITY AS given(item, ordinal)
    ON CONFLICT ON CONSTRAINT uq_source_item_connection_dedupe_key DO NOTHING
    RETURNING id
  ), run AS (
    INSERT INTO run (id, workspace_id, connection_id, cause, status, items_count)
    SELECT $9, $2, $3, 'instant', 'queued', count(*)
      FROM items
    HAVING count(*) > 0
    RETURNING id, status
  )
  SELECT (SELECT count(*) FROM items)::int AS inserted,
         (SELECT status FROM run) AS run_status,
         (SELECT count(*) FROM event)::int AS stored`;
