import type { ConnectionDto, ConnectorManifest, StepDto } from '@fluxo/contracts';
import { useState } from 'react';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { initialFieldValues, toSubmitValues } from '@/features/connectors/components/field-values';
import { useUpdateStep, useUpsertSource } from '../api/steps.api';
import { ActionPicker } from './ActionPicker';
import { ConnectionConditions } from '../conditions/ConnectionConditions';
import { PanelSection } from './PanelSection';
import { StepAccountSection } from './StepAccountSection';
import { SettingsForm } from './SettingsForm';
import { SourceTestData } from './SourceTestData';
import { SystemPicker } from './SystemPicker';

interface SourcePanelProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
  step: StepDto | undefined;
}

export function SourcePanel({ connection, connectors, step }: SourcePanelProps) {
  const upsert = useUpsertSource(connection.id);
  const update = useUpdateStep(connection.id);
  // A system picked whose action is not chosen yet; nothing is saved until both are known.
  const [pendingConnectorKey, setPendingConnectorKey] = useState<string | null>(null);

  const withSources = connectors.filter((c) => c.sources.length > 0);
  const connectorKey = pendingConnectorKey ?? step?.connectorKey ?? null;
  const connector = withSources.find((c) => c.key === connectorKey);
  const actionKey = pendingConnectorKey ? null : (step?.actionKey ?? null);
  const action = connector?.sources.find((s) => s.key === actionKey);

  const save = (nextConnector: ConnectorManifest, nextActionKey: string) => {
    const sameConnector = nextConnector.key === step?.connectorKey;
    const fields = nextConnector.sources.find((s) => s.key === nextActionKey)?.fields ?? [];
    upsert.mutate(
      {
        connectorKey: nextConnector.key,
        actionKey: nextActionKey,
        accountId: sameConnector ? (step?.accountId ?? null) : null,
        settings:
          sameConnector && step
            ? step.settings
            : toSubmitValues(fields, initialFieldValues(fields)),
      },
      { onSuccess: () => setPendingConnectorKey(null) },
    );
  };

  const chooseSystem = (key: string) => {
    const next = withSources.find((c) => c.key === key);
    if (!next) return;
    if (key === step?.connectorKey) {
      setPendingConnectorKey(null);
      return;
    }
    // Most systems have a single source: choose it for the user.
    if (next.sources.length === 1) save(next, next.sources[0].key);
    else setPendingConnectorKey(key);
  };

  let n = 1;
  return (
    <div className="panel-body">
      <PanelSection step={n++} title={t('editor.system')} hint={t('editor.sourceSystemHint')}>
        <SystemPicker
          connectors={withSources}
          value={connectorKey}
          onChange={chooseSystem}
          disabled={upsert.isPending}
        />
      </PanelSection>

      {connector && (
        <PanelSection step={n++} title={t('editor.action')} hint={t('editor.sourceActionHint')}>
          <ActionPicker
            actions={connector.sources}
            value={actionKey}
            onChange={(key) => save(connector, key)}
            disabled={upsert.isPending}
          />
        </PanelSection>
      )}
      {action?.kind === 'polling' && action.newItemsRule && !pendingConnectorKey && (
        <p className="notice small">
          <strong>{t('editor.newItemsRule')}</strong> {action.newItemsRule}
        </p>
      )}
      <InlineError error={upsert.error} />

      {step && connector && action && !pendingConnectorKey && (
        <>
          {connector.auth && (
            <StepAccountSection
              connector={connector}
              step={step}
              number={n++}
              update={update}
              warning={
                action.requiresAccount && !step.accountId
                  ? t('checklist.unverified', { system: connector.name })
                  : undefined
              }
            />
          )}
          {action.fields.length > 0 && (
            <PanelSection step={n++} title={t('editor.settings')}>
              <SettingsForm
                key={step.id + step.actionKey}
                fields={action.fields}
                settings={step.settings}
                connectorKey={step.connectorKey}
                accountId={step.accountId}
                onSave={(settings) => update.mutateAsync({ stepId: step.id, settings })}
              />
            </PanelSection>
          )}
          <PanelSection step={n++} title={t('editor.testData')} hint={t('editor.sourceTestHint')}>
            <SourceTestData
              connection={connection}
              systemName={connector.name}
              group={connector.group}
              polled={action.kind === 'polling'}
            />
          </PanelSection>
          <ConnectionConditions connection={connection} number={n++} />
        </>
      )}
    </div>
  );
}
