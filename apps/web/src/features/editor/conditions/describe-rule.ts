import type { ConditionOperator, FailedRule, SkipReport } from '@fluxo/contracts';
import { listOf } from '@fluxo/contracts';
import { t, type MessageKey } from '@/app/i18n/t';
import { needsValue } from './conditions-draft';

export function operatorWords(operator: ConditionOperator): string {
  return t(`conditions.op.${operator}` as MessageKey);
}

/** "status equals “paid”", "phone is not empty", "plan is one of “A”, “B”". */
export function ruleWords(rule: Pick<FailedRule, 'variable' | 'operator' | 'value'>): string {
  if (!needsValue(rule.operator)) {
    return t('conditions.ruleNoValue', {
      variable: rule.variable,
      operator: operatorWords(rule.operator),
    });
  }
  const values = rule.operator === 'isOneOf' ? listOf(rule.value) : [rule.value];
  return t('conditions.rule', {
    variable: rule.variable,
    operator: operatorWords(rule.operator),
    value: values.map((v) => `“${v}”`).join(', '),
  });
}

/** What the item had: “pending”, or “nothing” when the variable is empty or missing. */
export function actualWords(actual: string): string {
  if (actual.trim() === '') return t('conditions.nothing');
  const shown = actual.length > 80 ? `${actual.slice(0, 79)}…` : actual;
  return `“${shown}”`;
}

/** A skipped delivery's reason in the user's language. */
export function skipWords(report: SkipReport['skipped']): string {
  const first = report.failures[0];
  const whose =
    report.by === 'connection'
      ? t('conditions.skippedByConnection')
      : t('conditions.skippedByReceiver');
  if (!first) return whose;
  return t('conditions.skipReason', {
    whose,
    rule: ruleWords(first),
    actual: actualWords(first.actual),
  });
}
