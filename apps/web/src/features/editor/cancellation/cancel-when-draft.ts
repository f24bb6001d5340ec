import {
  cancelWhenSchema,
  listOf,
  normalizedCancelKey,
  variableText,
  type CancelWhen,
} from '@fluxo/contracts';

export interface CancelWhenDraft {
  enabled: boolean;
  key: string;
  connectionIds: string[];
  statusVariable: string;
  /** One value per line, as the conditions' "is one of". */
  statusValues: string;
}

export function draftOf(
  saved: CancelWhen | null | undefined,
  ownConnectionId: string,
): CancelWhenDraft {
  return {
    enabled: Boolean(saved),
    key: saved?.key ?? '',
    // A first cancellation listens to the receiver's own connection, the common case.
    connectionIds: saved?.connectionIds ?? [ownConnectionId],
    statusVariable: saved?.onlyIf?.variable ?? '',
    statusValues: saved?.onlyIf?.values.join('\n') ?? '',
  };
}

const VARIABLE_PATH = /^[\p{L}\p{N}_$][\p{L}\p{N}_$.[\]-]*$/u;

/** A variable picked from the list is a path: the key is its template. */
export function keyTemplateOf(key: string): string {
  const trimmed = key.trim();
  return !trimmed.includes('{{') && VARIABLE_PATH.test(trimmed) ? `{{ ${trimmed} }}` : trimmed;
}

export type DraftVerdict =
  | { ok: true; cancelWhen: CancelWhen | null }
  | { ok: false; problem: 'key' | 'connections' | 'status' | 'invalid' };

/** The cancellation the draft describes, checked by the contract the API checks it with. */
export function cancelWhenOf(draft: CancelWhenDraft): DraftVerdict {
  if (!draft.enabled) return { ok: true, cancelWhen: null };
  const values = listOf(draft.statusValues);
  const statusVariable = draft.statusVariable.trim();
  if (Boolean(statusVariable) !== values.length > 0) return { ok: false, problem: 'status' };
  const parsed = cancelWhenSchema.safeParse({
    key: keyTemplateOf(draft.key),
    connectionIds: draft.connectionIds,
    ...(statusVariable ? { onlyIf: { variable: statusVariable, values } } : {}),
  });
  if (parsed.success) return { ok: true, cancelWhen: parsed.data };
  const path = parsed.error.issues[0]?.path[0];
  return {
    ok: false,
    problem: path === 'key' ? 'key' : path === 'connectionIds' ? 'connections' : 'invalid',
  };
}

/**
 * The test item's key when the key is one variable, as the API compares it; undefined when
 * the key is a longer template (the API renders those).
 */
export function testItemKey(
  key: string,
  item: Record<string, unknown> | null,
): string | null | undefined {
  const single = /^\{\{\s*([^{}|\s]+)\s*\}\}$/.exec(keyTemplateOf(key));
  if (!single || !item) return undefined;
  return normalizedCancelKey(variableText(item, single[1]));
}
