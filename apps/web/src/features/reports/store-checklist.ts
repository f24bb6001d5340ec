import type { ConnectionDto, ConnectorManifest } from '@fluxo/contracts';
import { sourceKindOf } from '@/features/editor/panels/trigger-form';

/** One line of a connection's checklist: green, or red with what to do. */
export type ChecklistLine =
  | { check: 'on'; ok: true }
  | { check: 'on'; ok: false; todo: 'switchOn' }
  | { check: 'setUp'; ok: boolean }
  | { check: 'event'; ok: true }
  | { check: 'event'; ok: false; todo: 'waitingFirst' | 'refused' | 'held'; reason?: string }
  | { check: 'poll'; ok: true }
  | { check: 'poll'; ok: false; todo: 'neverPolled' | 'pollFailed' }
  | { check: 'delivery'; ok: true }
  | { check: 'delivery'; ok: false; todo: 'deliveryFailed' };

/**
 * "All green means it works", as the PagHiper and PayT articles put it: the connection is on
 * and set up, its source speaks (the last call arrived, or the last poll ran), and its last run
 * delivered. Each red line names what to do about it.
 */
export function storeChecklist(
  connection: ConnectionDto,
  connectors: ConnectorManifest[],
): ChecklistLine[] {
  const lines: ChecklistLine[] = [
    connection.enabled ? { check: 'on', ok: true } : { check: 'on', ok: false, todo: 'switchOn' },
    { check: 'setUp', ok: (connection.setupProblems ?? []).length === 0 },
  ];
  const lastRunFailed = connection.lastRun?.status === 'failed';
  if (sourceKindOf(connection, connectors) === 'polling') {
    if (!connection.polling?.lastPolledAt) {
      lines.push({ check: 'poll', ok: false, todo: 'neverPolled' });
    } else if (lastRunFailed) {
      lines.push({ check: 'poll', ok: false, todo: 'pollFailed' });
    } else {
      lines.push({ check: 'poll', ok: true });
    }
  } else if (connection.steps.some((step) => step.role === 'source')) {
    const last = connection.lastInbound;
    if (!last) lines.push({ check: 'event', ok: false, todo: 'waitingFirst' });
    else if (last.held > 0) lines.push({ check: 'event', ok: false, todo: 'held' });
    else if (last.status === 'rejected') {
      lines.push({ check: 'event', ok: false, todo: 'refused', reason: last.error ?? '' });
    } else lines.push({ check: 'event', ok: true });
  }
  const lastRun = connection.lastRun;
  if (lastRun) {
    lines.push(
      lastRun.status === 'failed' || lastRun.status === 'partial'
        ? { check: 'delivery', ok: false, todo: 'deliveryFailed' }
        : { check: 'delivery', ok: true },
    );
  }
  return lines;
}
