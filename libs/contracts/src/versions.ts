/**
 * What a version of a connection keeps: what the user set, not the engine's state (cursor,
 * counters), the switch, or where the boxes sit on the canvas.
 */
export interface ConnectionSnapshot {
  name: string;
  trigger: unknown;
  conditions: unknown;
  steps: StepSnapshot[];
}

export interface StepSnapshot {
  id: string;
  role: 'source' | 'receiver';
  connectorKey: string;
  actionKey: string;
  accountId: string | null;
  settings: Record<string, unknown>;
  mapping: Record<string, unknown>;
  conditions: unknown;
  delay: unknown;
  cancelWhen: unknown;
}

/** One difference between two versions, for the editor to say in words. */
export type VersionChange =
  | { kind: 'name'; before: string; after: string }
  | { kind: 'trigger' | 'conditions'; before: unknown; after: unknown }
  | { kind: 'step-added' | 'step-removed'; role: StepSnapshot['role']; connectorKey: string }
  | {
      kind: 'step-changed';
      role: StepSnapshot['role'];
      connectorKey: string;
      /** `system`, `action`, `account`, `conditions`, `delay`, `cancelWhen`, or a field's key. */
      what: string;
      /** `settings` or `mapping` for a field; absent for the step's own parts. */
      part?: 'settings' | 'mapping';
      before: unknown;
      after: unknown;
    };

/** A saved version of a connection as the versions list shows it. */
export interface ConnectionVersionDto {
  id: string;
  createdAt: string;
  /** Who saved it (their e-mail); null when that person is gone. */
  by: string | null;
  /** The version this one restored, when it was made by "Restore this version". */
  restoredFrom: string | null;
  /** What changed from the version before it (none for the first one). */
  changes: VersionChange[];
}
