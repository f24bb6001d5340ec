import { normalizedCancelKey, ruleHolds, type CancelWhen } from '@fluxo/contracts';
import { renderFieldTemplates } from '../mapping/render-mapping';

/**
 * The key an item has under a receiver's cancellation, as it is compared; null when it has
 * none (the template fails, or renders empty), so it neither waits under a key nor cancels.
 * The template runs under the mapping's limits: it is typed by a user.
 */
export async function cancelKeyOf(
  cancelWhen: Pick<CancelWhen, 'key'>,
  item: Record<string, unknown>,
): Promise<string | null> {
  const { payload, errors } = await renderFieldTemplates(
    [{ key: 'key', label: 'Cancel key', template: cancelWhen.key }],
    item,
  );
  return errors.length ? null : normalizedCancelKey(payload.key ?? '');
}

/** Whether a later item may cancel at all: its status is one of those listed, when listed. */
export function itemMayCancel(
  cancelWhen: Pick<CancelWhen, 'onlyIf'>,
  item: Record<string, unknown>,
): boolean {
  const { onlyIf } = cancelWhen;
  if (!onlyIf) return true;
  return ruleHolds(
    { variable: onlyIf.variable, operator: 'isOneOf', value: onlyIf.values.join('\n') },
    item,
  );
}
