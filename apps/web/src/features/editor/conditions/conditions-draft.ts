import {
  OPERATORS_WITHOUT_VALUE,
  type ConditionOperator,
  type ConditionRule,
  type Conditions,
} from '@fluxo/contracts';

/** The conditions as the editor holds them while the user builds them: groups of rules. */
export type ConditionsDraft = ConditionRule[][];

export function draftOf(conditions: Conditions | null | undefined): ConditionsDraft {
  return (conditions?.groups ?? []).map((group) => group.rules.map((rule) => ({ ...rule })));
}

export function newRule(variable = ''): ConditionRule {
  return { variable, operator: 'equals', value: '' };
}

/** A first condition, or one more rule in a group ("and"). */
export function addRule(draft: ConditionsDraft, group: number, variable = ''): ConditionsDraft {
  if (draft.length === 0) return [[newRule(variable)]];
  return draft.map((rules, g) => (g === group ? [...rules, newRule(variable)] : rules));
}

/** Another group: an alternative ("or"). */
export function addGroup(draft: ConditionsDraft, variable = ''): ConditionsDraft {
  return [...draft, [newRule(variable)]];
}

export function changeRule(
  draft: ConditionsDraft,
  group: number,
  rule: number,
  change: Partial<ConditionRule>,
): ConditionsDraft {
  return draft.map((rules, g) =>
    g === group ? rules.map((r, i) => (i === rule ? { ...r, ...change } : r)) : rules,
  );
}

/** Removes a rule; a group left without rules goes with it. */
export function removeRule(draft: ConditionsDraft, group: number, rule: number): ConditionsDraft {
  return draft
    .map((rules, g) => (g === group ? rules.filter((_, i) => i !== rule) : rules))
    .filter((rules) => rules.length > 0);
}

export function needsValue(operator: ConditionOperator): boolean {
  return !OPERATORS_WITHOUT_VALUE.includes(operator);
}

/** Rules still without a variable: they cannot be saved (the API would refuse them). */
export function unfinishedRules(draft: ConditionsDraft): { group: number; rule: number }[] {
  return draft.flatMap((rules, group) =>
    rules.flatMap((r, rule) => (r.variable.trim() === '' ? [{ group, rule }] : [])),
  );
}

/** What is saved: null when there is no rule (every item passes). */
export function conditionsOf(draft: ConditionsDraft): Conditions | null {
  const groups = draft
    .map((rules) => ({
      rules: rules.map((r) => ({ ...r, variable: r.variable.trim() })),
    }))
    .filter((group) => group.rules.length > 0);
  return groups.length ? { groups } : null;
}
