import type { ConnectionSnapshot, StepSnapshot, VersionChange } from '@fluxo/contracts';

/** Key order and undefined do not make two values different. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : inner,
  );
}

function fieldChanges(
  step: StepSnapshot,
  part: 'settings' | 'mapping',
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): VersionChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return keys
    .filter((key) => !sameValue(before[key] ?? '', after[key] ?? ''))
    .map((key) => ({
      kind: 'step-changed' as const,
      role: step.role,
      connectorKey: step.connectorKey,
      what: key,
      part,
      before: before[key] ?? null,
      after: after[key] ?? null,
    }));
}

/**
 * What changed from `before` to `after`, field by field, in the order a reader meets it: the
 * name, when it runs, its conditions, then each step (added, removed, or each part changed).
 * `before` null is the first version: nothing to compare, no changes listed.
 */
export function diffSnapshots(
  before: ConnectionSnapshot | null,
  after: ConnectionSnapshot,
): VersionChange[] {
  if (!before) return [];
  const changes: VersionChange[] = [];
  if (before.name !== after.name) {
    changes.push({ kind: 'name', before: before.name, after: after.name });
  }
  for (const kind of ['trigger', 'conditions'] as const) {
    if (!sameValue(before[kind], after[kind])) {
      changes.push({ kind, before: before[kind] ?? null, after: after[kind] ?? null });
    }
  }
  const previous = new Map(before.steps.map((step) => [step.id, step]));
  for (const step of after.steps) {
    const old = previous.get(step.id);
    if (!old) {
      changes.push({ kind: 'step-added', role: step.role, connectorKey: step.connectorKey });
      continue;
    }
    const parts: [string, unknown, unknown][] = [
      ['system', old.connectorKey, step.connectorKey],
      ['action', old.actionKey, step.actionKey],
      ['account', old.accountId, step.accountId],
      ['conditions', old.conditions, step.conditions],
      ['delay', old.delay, step.delay],
      ['cancelWhen', old.cancelWhen, step.cancelWhen],
    ];
    for (const [what, was, is] of parts) {
      if (!sameValue(was, is)) {
        changes.push({
          kind: 'step-changed',
          role: step.role,
          connectorKey: step.connectorKey,
          what,
          before: was ?? null,
          after: is ?? null,
        });
      }
    }
    changes.push(...fieldChanges(step, 'settings', old.settings, step.settings));
    changes.push(...fieldChanges(step, 'mapping', old.mapping, step.mapping));
  }
  const kept = new Set(after.steps.map((step) => step.id));
  for (const step of before.steps) {
    if (!kept.has(step.id)) {
      changes.push({ kind: 'step-removed', role: step.role, connectorKey: step.connectorKey });
    }
  }
  return changes;
}
