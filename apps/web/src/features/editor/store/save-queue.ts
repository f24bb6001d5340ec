import type { ConnectionDto, StepDto } from '@fluxo/contracts';

/**
 * The editor's saves of one connection. They share a TanStack mutation scope, so they reach the
 * API one after another in the order made; each shows in the cached connection at once
 * (optimistic) and is undone there if the API refuses it.
 */
export type SaveKind = 'connection' | 'step' | 'source' | 'add-receiver' | 'delete-step';

export const editorSaveKey = (connectionId: string, kind?: SaveKind) =>
  kind ? (['editor-save', connectionId, kind] as const) : (['editor-save', connectionId] as const);

export const editorSaveScope = (connectionId: string) => ({ id: `connection-${connectionId}` });

/** One save as the mutation cache holds it. */
export interface SaveRecord {
  mutationId: number;
  kind: SaveKind;
  variables: unknown;
  status: 'idle' | 'pending' | 'success' | 'error';
  error: unknown;
  submittedAt: number;
}

export type SaveStatus =
  { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown; mutationId: number };

const fieldsOf = (variables: unknown, without: string) =>
  Object.keys((variables ?? {}) as object)
    .filter((key) => key !== without)
    .sort()
    .join(',');

/**
 * What a save changes: a newer save of the same thing replaces an older one, so a failure stops
 * counting once the same change was made again (or retried) successfully.
 */
export function saveTarget(kind: SaveKind, variables: unknown): string {
  const vars = (variables ?? {}) as { stepId?: string };
  switch (kind) {
    case 'connection':
      return `connection:${fieldsOf(variables, 'id')}`;
    case 'step':
      return `step:${vars.stepId}:${fieldsOf(variables, 'stepId')}`;
    case 'delete-step':
      return `delete:${String(variables)}`;
    default:
      return kind;
  }
}

/**
 * The one status the top bar shows: saving while any save waits or runs, else the newest
 * failure nothing has replaced, else all saved.
 */
export function saveStatus(records: readonly SaveRecord[]): SaveStatus {
  if (records.some((r) => r.status === 'pending')) return { kind: 'saving' };
  const latest = new Map<string, SaveRecord>();
  for (const record of [...records].sort(bySubmission)) {
    latest.set(saveTarget(record.kind, record.variables), record);
  }
  const failed = [...latest.values()].filter((r) => r.status === 'error').sort(bySubmission);
  const newest = failed.at(-1);
  return newest
    ? { kind: 'failed', error: newest.error, mutationId: newest.mutationId }
    : { kind: 'saved' };
}

function bySubmission(a: SaveRecord, b: SaveRecord) {
  return a.submittedAt - b.submittedAt || a.mutationId - b.mutationId;
}

/** Leaving the page now would lose a change: one is on its way or was refused. */
export function hasUnsavedChanges(status: SaveStatus): boolean {
  return status.kind !== 'saved';
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

type ConnectionPatch = Partial<Pick<ConnectionDto, 'name' | 'enabled' | 'trigger'>>;
const CONNECTION_FIELDS = ['name', 'enabled', 'trigger'] as const;

/** The connection with the fields a save changes, before the API answered. */
export function patchConnection(connection: ConnectionDto, patch: ConnectionPatch): ConnectionDto {
  const next = { ...connection };
  for (const key of CONNECTION_FIELDS) {
    if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
  }
  return next;
}

/**
 * Undoes a refused `patch`: each field goes back to its value `before` the save, unless a newer
 * save changed it meanwhile (then that one's value stays).
 */
export function revertConnection(
  current: ConnectionDto,
  before: ConnectionDto,
  patch: ConnectionPatch,
): ConnectionDto {
  const next = { ...current };
  for (const key of CONNECTION_FIELDS) {
    if (patch[key] !== undefined && same(current[key], patch[key]))
      Object.assign(next, { [key]: before[key] });
  }
  return next;
}

type StepPatch = Partial<Omit<StepDto, 'id' | 'role'>>;
const STEP_FIELDS = [
  'connectorKey',
  'actionKey',
  'accountId',
  'settings',
  'mapping',
  'conditions',
  'delay',
  'position',
] as const;

const mapStep = (
  connection: ConnectionDto,
  stepId: string,
  change: (step: StepDto) => StepDto,
): ConnectionDto => ({
  ...connection,
  steps: connection.steps.map((s) => (s.id === stepId ? change(s) : s)),
});

export function patchStep(
  connection: ConnectionDto,
  stepId: string,
  patch: StepPatch,
): ConnectionDto {
  return mapStep(connection, stepId, (step) => {
    const next = { ...step };
    for (const key of STEP_FIELDS) {
      if (patch[key] !== undefined) Object.assign(next, { [key]: patch[key] });
    }
    return next;
  });
}

export function revertStep(
  current: ConnectionDto,
  before: ConnectionDto,
  stepId: string,
  patch: StepPatch,
): ConnectionDto {
  const old = before.steps.find((s) => s.id === stepId);
  if (!old) return current;
  return mapStep(current, stepId, (step) => {
    const next = { ...step };
    for (const key of STEP_FIELDS) {
      if (patch[key] !== undefined && same(step[key], patch[key]))
        Object.assign(next, { [key]: old[key] });
    }
    return next;
  });
}

export function removeStep(connection: ConnectionDto, stepId: string): ConnectionDto {
  return { ...connection, steps: connection.steps.filter((s) => s.id !== stepId) };
}

/** Puts a step whose removal was refused back where it was. */
export function restoreStep(
  current: ConnectionDto,
  before: ConnectionDto,
  stepId: string,
): ConnectionDto {
  const index = before.steps.findIndex((s) => s.id === stepId);
  if (index < 0 || current.steps.some((s) => s.id === stepId)) return current;
  const steps = [...current.steps];
  steps.splice(Math.min(index, steps.length), 0, before.steps[index]);
  return { ...current, steps };
}

/** The API's answer for one step: replaces it, or adds it (a new source replaces the old). */
export function storeStep(connection: ConnectionDto, step: StepDto): ConnectionDto {
  const exists = connection.steps.some((s) => s.id === step.id);
  const steps = exists
    ? connection.steps.map((s) => (s.id === step.id ? step : s))
    : [...connection.steps.filter((s) => !(step.role === 'source' && s.role === 'source')), step];
  return { ...connection, steps };
}
