import { z } from 'zod';
import type { ConnectorManifest } from './connectors';
import { fieldsOfRule, isFieldShown, type FieldDefinition, type FieldRule } from './fields';

/**
 * What a connection still needs before it can run, as codes with parameters: the API reports
 * them and the editor words them in the user's language. One rule for both.
 */
export const setupProblemSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('source.missing') }),
  z.object({ code: z.literal('receiver.missing') }),
  z.object({ code: z.literal('account.missing'), stepId: z.string(), system: z.string() }),
  z.object({
    code: z.literal('field.missing'),
    stepId: z.string(),
    system: z.string(),
    field: z.string(),
    label: z.string(),
  }),
  z.object({
    code: z.literal('fields.oneOf'),
    stepId: z.string(),
    system: z.string(),
    /** The fields of which at least one must be filled in, by their labels. */
    labels: z.array(z.string()),
  }),
]);
export type SetupProblem = z.infer<typeof setupProblemSchema>;

/** The parts of a step the rule reads: a saved step or its DTO. */
export interface SetupStep {
  id: string;
  role: 'source' | 'receiver';
  connectorKey: string;
  actionKey: string;
  accountId: string | null;
  mapping: Record<string, string>;
}

/** Whether every required field the receiver shows has a template, and every rule is met. */
export function requiredFieldsMapped(
  step: Pick<SetupStep, 'actionKey' | 'mapping'>,
  connector: ConnectorManifest | undefined,
): boolean {
  const receiver = connector?.receivers.find((r) => r.key === step.actionKey);
  if (!receiver) return false;
  return (
    receiver.fields.every(
      (field) =>
        !field.required ||
        !isFieldShown(field, step.mapping) ||
        String(step.mapping[field.key] ?? '').trim() !== '',
    ) && unmetRulesOf(receiver.fieldRules ?? [], receiver.fields, step.mapping).length === 0
  );
}

/** The "one of" rules none of whose shown fields has a template, with those fields. */
function unmetRulesOf(
  rules: readonly FieldRule[],
  fields: readonly FieldDefinition[],
  mapping: Record<string, string>,
): FieldDefinition[][] {
  return rules
    .map((rule) => fieldsOfRule(rule, fields).filter((field) => isFieldShown(field, mapping)))
    .filter(
      (ruled) =>
        ruled.length > 0 && ruled.every((field) => String(mapping[field.key] ?? '').trim() === ''),
    );
}

export function setupProblemsOf(
  steps: readonly SetupStep[],
  connectors: readonly ConnectorManifest[],
): SetupProblem[] {
  const problems: SetupProblem[] = [];
  if (!steps.some((step) => step.role === 'source')) problems.push({ code: 'source.missing' });
  if (!steps.some((step) => step.role === 'receiver')) problems.push({ code: 'receiver.missing' });
  for (const step of steps) {
    const connector = connectors.find((c) => c.key === step.connectorKey);
    if (!connector) continue;
    if (connector.auth && !step.accountId) {
      problems.push({ code: 'account.missing', stepId: step.id, system: connector.name });
    }
    if (step.role !== 'receiver') continue;
    const receiver = connector.receivers.find((r) => r.key === step.actionKey);
    for (const field of receiver?.fields ?? []) {
      if (!field.required || !isFieldShown(field, step.mapping)) continue;
      if (String(step.mapping[field.key] ?? '').trim() === '') {
        problems.push({
          code: 'field.missing',
          stepId: step.id,
          system: connector.name,
          field: field.key,
          label: field.label,
        });
      }
    }
    for (const unmet of unmetRulesOf(
      receiver?.fieldRules ?? [],
      receiver?.fields ?? [],
      step.mapping,
    )) {
      problems.push({
        code: 'fields.oneOf',
        stepId: step.id,
        system: connector.name,
        labels: unmet.map((field) => field.label),
      });
    }
  }
  return problems;
}
