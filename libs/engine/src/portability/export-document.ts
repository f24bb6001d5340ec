import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  MAX_EXPORT_DEPTH,
  accountReferenceKey,
  exportDocumentSchema,
  type AccountReference,
  type CancelWhen,
  type ConnectionSnapshot,
  type ExportDocument,
  type ExportedConnection,
  type ExportedTrigger,
  type FieldError,
  triggerSchema,
} from '@fluxo/contracts';
import { validateTrigger } from '../schedule/validate-trigger';

/** A sealed secret (an HTTP receiver's token, say) never leaves the instance. */
const SEALED_PREFIX = 'fluxo-sealed:';

export interface ExportSource {
  id: string;
  snapshot: ConnectionSnapshot;
}

/**
 * The export document of some connections: ids become references within the document
 * ("c1", "c2", …, in name order so that the same connections export the same way anywhere),
 * accounts become their system and name, sealed secrets are left out, and a chain or a
 * cancellation pointing outside the exported set is dropped.
 */
export function buildExportDocument(
  sources: readonly ExportSource[],
  accountOf: (accountId: string) => AccountReference | null,
  exportedAt: Date,
): ExportDocument {
  const ordered = [...sources].sort(
    (a, b) => a.snapshot.name.localeCompare(b.snapshot.name) || a.id.localeCompare(b.id),
  );
  const refOf = new Map(ordered.map((source, index) => [source.id, `c${index + 1}`]));
  const connections: ExportedConnection[] = ordered.map(({ id, snapshot }) => ({
    ref: refOf.get(id) as string,
    name: snapshot.name,
    trigger: exportedTrigger(snapshot.trigger, refOf),
    conditions: (snapshot.conditions ?? null) as ExportedConnection['conditions'],
    steps: snapshot.steps.map((step) => ({
      role: step.role,
      connectorKey: step.connectorKey,
      actionKey: step.actionKey,
      account: step.accountId ? accountOf(step.accountId) : null,
      settings: step.settings as ExportedConnection['steps'][number]['settings'],
      mapping: Object.fromEntries(
        Object.entries(step.mapping).filter(
          ([, value]) => !(typeof value === 'string' && value.startsWith(SEALED_PREFIX)),
        ),
      ) as Record<string, string>,
      conditions: (step.conditions ?? null) as ExportedConnection['conditions'],
      delay: (step.delay ?? null) as ExportedConnection['steps'][number]['delay'],
      cancelWhen: exportedCancelWhen(step.cancelWhen as CancelWhen | null, refOf),
    })),
  }));
  return {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: exportedAt.toISOString(),
    connections,
  };
}

function exportedTrigger(trigger: unknown, refOf: Map<string, string>): ExportedTrigger {
  const value = (trigger ?? { type: 'manual' }) as { type: string; connectionId?: string };
  if (value.type !== 'after') return value as ExportedTrigger;
  const { connectionId, ...rest } = value;
  return { ...rest, type: 'after', connectionRef: refOf.get(connectionId ?? '') ?? null };
}

function exportedCancelWhen(cancelWhen: CancelWhen | null, refOf: Map<string, string>) {
  if (!cancelWhen) return null;
  const { connectionIds, ...rest } = cancelWhen;
  const connectionRefs = connectionIds
    .map((id) => refOf.get(id))
    .filter((ref): ref is string => ref !== undefined);
  return connectionRefs.length ? { ...rest, connectionRefs } : null;
}

/** Why a document cannot be imported, in the API's words; nothing is created. */
export interface ImportProblem {
  code: 'IMPORT_NOT_AN_EXPORT' | 'IMPORT_FORMAT_NEWER' | 'IMPORT_TOO_DEEP' | 'IMPORT_INVALID';
  message: string;
  details: FieldError[];
}

/** How deep a JSON value nests, walked without recursion (a hostile document cannot blow the stack). */
export function jsonDepth(value: unknown, limit = Number.POSITIVE_INFINITY): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    const level = depth + 1;
    deepest = Math.max(deepest, level);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node)) stack.push([child, level]);
  }
  return deepest;
}

/** Reads an uploaded document, or says precisely what is wrong with it. */
export function readExportDocument(
  raw: unknown,
): { document: ExportDocument; problem?: never } | { problem: ImportProblem; document?: never } {
  if (
    raw === null ||
    typeof raw !== 'object' ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== EXPORT_FORMAT
  ) {
    return problem(
      'IMPORT_NOT_AN_EXPORT',
      'This is not a Fluxo export: the file must be the JSON that "Export" made',
    );
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && version > EXPORT_FORMAT_VERSION) {
    return problem(
      'IMPORT_FORMAT_NEWER',
      `This export was made by a newer Fluxo (format ${version}; this one reads up to ${EXPORT_FORMAT_VERSION}): update Fluxo first`,
    );
  }
  if (jsonDepth(raw, MAX_EXPORT_DEPTH) > MAX_EXPORT_DEPTH) {
    return problem(
      'IMPORT_TOO_DEEP',
      `This export nests deeper than ${MAX_EXPORT_DEPTH} levels, which no Fluxo export does`,
    );
  }
  const parsed = exportDocumentSchema.safeParse(raw);
  if (!parsed.success) {
    const details = parsed.error.issues.slice(0, 20).map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
    }));
    return problem(
      'IMPORT_INVALID',
      `This export is damaged: ${details[0]?.field || 'the document'}: ${details[0]?.message}`,
      details,
    );
  }
  const refs = parsed.data.connections.map((connection) => connection.ref);
  const repeated = refs.find((ref, index) => refs.indexOf(ref) !== index);
  if (repeated) {
    return problem(
      'IMPORT_INVALID',
      `This export is damaged: the reference ${repeated} is used twice`,
    );
  }
  const triggerProblems = parsed.data.connections.flatMap((connection, index) =>
    triggerProblemsOf(connection.trigger).map((detail) => ({
      field: `connections.${index}.${detail.field}`,
      message: detail.message,
    })),
  );
  if (triggerProblems.length) {
    return problem(
      'IMPORT_INVALID',
      `This export is damaged: ${triggerProblems[0].field}: ${triggerProblems[0].message}`,
      triggerProblems,
    );
  }
  const loop = chainLoopOf(parsed.data);
  if (loop) {
    return problem(
      'IMPORT_INVALID',
      `This export is damaged: ${loop.map((ref) => `"${nameOf(parsed.data, ref)}"`).join(' → ')} run after each other in a loop`,
    );
  }
  return { document: parsed.data };
}

/** What the stored trigger's own checks say about an exported one (a chain's target aside). */
function triggerProblemsOf(trigger: ExportedTrigger): FieldError[] {
  if (trigger.type === 'after') return [];
  const parsed = triggerSchema.safeParse(trigger);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => ({
      field: ['trigger', ...issue.path].join('.'),
      message: issue.message,
    }));
  }
  return validateTrigger(parsed.data);
}

/** A chain that comes back to where it started, as the references along it, or null. */
function chainLoopOf(document: ExportDocument): string[] | null {
  const after = new Map<string, string>();
  for (const connection of document.connections) {
    if (connection.trigger.type === 'after' && connection.trigger.connectionRef) {
      after.set(connection.ref, connection.trigger.connectionRef);
    }
  }
  for (const start of after.keys()) {
    const path = [start];
    let current = after.get(start);
    while (current !== undefined && path.length <= after.size) {
      path.push(current);
      if (current === start) return path;
      current = after.get(current);
    }
  }
  return null;
}

const nameOf = (document: ExportDocument, ref: string): string =>
  document.connections.find((connection) => connection.ref === ref)?.name ?? ref;

function problem(
  code: ImportProblem['code'],
  message: string,
  details: FieldError[] = [],
): { problem: ImportProblem } {
  return { problem: { code, message, details } };
}

/** Every account the document refers to, once each, keyed as the import's choices are. */
export function accountReferencesOf(
  document: ExportDocument,
): (AccountReference & { key: string })[] {
  const found = new Map<string, AccountReference & { key: string }>();
  for (const connection of document.connections) {
    for (const step of connection.steps) {
      if (step.account) {
        const key = accountReferenceKey(step.account);
        found.set(key, { ...step.account, key });
      }
    }
  }
  return [...found.values()];
}

/** The trigger to store once every imported connection has its id. */
export function importedTrigger(
  trigger: ExportedTrigger,
  idOf: (ref: string) => string | undefined,
): unknown {
  if (trigger.type !== 'after') return trigger;
  const { connectionRef, ...rest } = trigger;
  const connectionId = connectionRef ? idOf(connectionRef) : undefined;
  // A chain to a connection that did not come along cannot run: the connection runs by hand.
  return connectionId ? { ...rest, connectionId } : { type: 'manual' };
}

/** The cancellation to store, its references turned into the imported connections' ids. */
export function importedCancelWhen(
  cancelWhen: ExportedConnection['steps'][number]['cancelWhen'],
  idOf: (ref: string) => string | undefined,
): CancelWhen | null {
  if (!cancelWhen) return null;
  const { connectionRefs, ...rest } = cancelWhen;
  const connectionIds = connectionRefs.map(idOf).filter((id): id is string => id !== undefined);
  return connectionIds.length ? ({ ...rest, connectionIds } as CancelWhen) : null;
}
