/**
 * SQL that is true when some receiver of the workspace cancels its waiting sends on items of
 * the connection (see CancelWhen), through idx_step_cancel_listeners. Read with the run's claim
 * (or the hook's lookup) so a run nobody listens to skips the listeners' query: in most
 * workspaces no receiver listens, and that query was one round trip of every run.
 */
export function connectionIsListenedTo(workspaceId: string, connectionId: string): string {
  return `EXISTS (SELECT 1 FROM step listener
                   WHERE listener.workspace_id = ${workspaceId} AND listener.cancel_when IS NOT NULL
                     AND listener.cancel_when->'connectionIds' ? ${connectionId}::text)`;
}
