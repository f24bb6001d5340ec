import { z } from 'zod';
import { readVariable } from './conditions';

/**
 * A value a receiver reports after it sent (Portmone's payment link, an SMS's id): later
 * receivers of the connection map it like a source variable.
 */
export const outputFieldSchema = z.object({
  /** A dotted path into the receiver's recorded response. */
  key: z.string().min(1),
  label: z.string(),
  /** Shown in the variable picker, and used by previews and send tests of later receivers. */
  example: z.string(),
});
export type OutputField = z.infer<typeof outputFieldSchema>;

/** Earlier receivers' outputs live under this variable: `{{ receivers.r1a2b3c4d.paymentLink }}`. */
export const RECEIVER_OUTPUTS_ROOT = 'receivers';

/**
 * A receiver's name in templates, taken from its step id so that reordering or removing
 * other receivers never points a template at another receiver's outputs.
 */
export function outputAliasOf(stepId: string): string {
  return `r${stepId.replace(/-/g, '').slice(0, 8).toLowerCase()}`;
}

export function outputVariablePath(stepId: string, key: string): string {
  return `${RECEIVER_OUTPUTS_ROOT}.${outputAliasOf(stepId)}.${key}`;
}

const REFERENCE = new RegExp(`\\b${RECEIVER_OUTPUTS_ROOT}\\s*\\.\\s*(r[0-9a-f]{8})\\b`, 'g');

/** The aliases of earlier receivers whose outputs the mapping's templates use. */
export function referencedOutputAliases(mapping: Readonly<Record<string, string>>): Set<string> {
  const aliases = new Set<string>();
  for (const template of Object.values(mapping)) {
    if (!template.includes(RECEIVER_OUTPUTS_ROOT)) continue;
    for (const match of template.matchAll(REFERENCE)) aliases.add(match[1]);
  }
  return aliases;
}

/** The declared outputs read from what the receiver recorded; missing ones are left out. */
export function outputsFromResponse(
  declared: readonly OutputField[],
  response: Record<string, unknown> | null | undefined,
): Record<string, unknown> {
  const outputs: Record<string, unknown> = {};
  if (!response) return outputs;
  for (const { key } of declared) {
    const value = readVariable(response, key);
    if (value !== undefined && value !== null) outputs[key] = value;
  }
  return outputs;
}

/** What previews and send tests use before the receiver has sent anything. */
export function exampleOutputsOf(declared: readonly OutputField[]): Record<string, string> {
  return Object.fromEntries(declared.map(({ key, example }) => [key, example]));
}

/** The item a receiver renders from: the source's variables plus earlier receivers' outputs. */
export function withReceiverOutputs(
  item: Record<string, unknown>,
  outputs: ReadonlyMap<string, Record<string, unknown>>,
): Record<string, unknown> {
  if (!outputs.size) return item;
  const byAlias: Record<string, Record<string, unknown>> = {};
  for (const [stepId, values] of outputs) byAlias[outputAliasOf(stepId)] = nestedByPath(values);
  return { ...item, [RECEIVER_OUTPUTS_ROOT]: byAlias };
}

/**
 * Outputs are kept by their declared key (`message.sid`), but a template reads a dotted path
 * as nested objects: `{{ receivers.r1a2b3c4d.message.sid }}` must find it.
 */
function nestedByPath(values: Record<string, unknown>): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    const path = key.split('.');
    let node = nested;
    for (const part of path.slice(0, -1)) {
      const next = node[part];
      node = (node[part] = next && typeof next === 'object' ? next : {}) as Record<string, unknown>;
    }
    node[path[path.length - 1]] = value;
  }
  return nested;
}
