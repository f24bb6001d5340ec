import type { ConnectorManifest, Trigger, VersionChange } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { connectorByKey } from '@/features/connectors/api/connectors.api';
import { describeTrigger } from '@/features/editor/panels/trigger-form';

const LONGEST_VALUE = 80;

/** A value as one short line: text as typed, lists joined, nothing as "(empty)". */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('versions.empty');
  const text = Array.isArray(value)
    ? value.map(String).join(', ')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  return text.length > LONGEST_VALUE ? `${text.slice(0, LONGEST_VALUE - 1)}…` : text;
}

function triggerText(trigger: unknown): string {
  return trigger && typeof trigger === 'object' && 'type' in trigger
    ? describeTrigger(trigger as Trigger)
    : t('versions.empty');
}

/** The label a step's field has in the editor, in the user's language (its key if unknown). */
function fieldLabel(
  connector: ConnectorManifest | undefined,
  change: Extract<VersionChange, { kind: 'step-changed' }>,
): string {
  const actions = change.role === 'source' ? connector?.sources : connector?.receivers;
  const field = actions
    ?.flatMap((action) => action.fields)
    .find((candidate) => candidate.key === change.what);
  return field?.label ?? change.what;
}

/** One change between two versions, in words: "Subject: “Thanks” → “Thank you”". */
export function changeText(change: VersionChange, connectors: ConnectorManifest[] = []): string {
  switch (change.kind) {
    case 'name':
      return t('versions.renamed', { before: change.before, after: change.after });
    case 'trigger':
      return t('versions.trigger', {
        before: triggerText(change.before),
        after: triggerText(change.after),
      });
    case 'conditions':
      return t('versions.conditions');
    case 'step-added':
    case 'step-removed': {
      const system = connectorByKey(connectors, change.connectorKey)?.name ?? change.connectorKey;
      const key =
        change.kind === 'step-added'
          ? change.role === 'source'
            ? 'versions.sourceSet'
            : 'versions.receiverAdded'
          : change.role === 'source'
            ? 'versions.sourceRemoved'
            : 'versions.receiverRemoved';
      return t(key, { system });
    }
    case 'step-changed': {
      const connector = connectorByKey(connectors, change.connectorKey);
      const system = connector?.name ?? change.connectorKey;
      if (change.part) {
        return t('versions.field', {
          system,
          field: fieldLabel(connector, change),
          before: valueText(change.before),
          after: valueText(change.after),
        });
      }
      const part = {
        system: 'versions.partSystem',
        action: 'versions.partAction',
        account: 'versions.partAccount',
        conditions: 'versions.partConditions',
        delay: 'versions.partDelay',
        cancelWhen: 'versions.partCancelWhen',
      } as const;
      const key = part[change.what as keyof typeof part];
      return key ? t(key, { system }) : t('versions.partOther', { system, part: change.what });
    }
  }
}
