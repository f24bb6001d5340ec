import type { StepSettings } from '@fluxo/contracts';
import { connectionIsListenedTo } from '../runs/cancel-listeners.util';

/** What the ingest path needs to know about the connection behind a hook token. */
export interface HookTarget {
  connectionId: string;
  workspaceId: string;
  enabled: boolean;
  /** Whether a receiver of the workspace cancels waiting sends on this connection's items. */
  listenedTo: boolean;
  source: {
    connectorKey: string;
    actionKey: string;
    accountId: string | null;
    settings: StepSettings;
  } | null;
}

/** One round trip for many tokens: each token's connection and its source step. */
export const FIND_HOOK_TARGETS_SQL = `
  SELECT c.hook_token, c.id AS connection_id, c.workspace_id, c.enabled,
         s.connector_key, s.action_key, s.account_id, s.settings,
         ${connectionIsListenedTo('c.workspace_id', 'c.id')} AS listened_to
    FROM connection c
    LEFT JOIN step s ON s.connection_id = c.id AND s.role = 'source'
   WHERE c.hook_token = ANY($1::text[])`;

export function toHookTarget(row: Record<string, unknown> | undefined): HookTarget | null {
  if (!row) return null;
  return {
    connectionId: row.connection_id as string,
    workspaceId: row.workspace_id as string,
    enabled: row.enabled as boolean,
    listenedTo: row.listened_to as boolean,
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
