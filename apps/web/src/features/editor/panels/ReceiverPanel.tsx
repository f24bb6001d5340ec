import type { ConnectionDto, ConnectorManifest, StepDto } from '@fluxo/contracts';
import { useState } from 'react';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import { useAddReceiver, useDeleteStep, useUpdateStep } from '../api/steps.api';
import { receiverNodeId } from '../canvas/derive-graph';
import { useEditorActions } from '../store/editor-store';
import { ReceiverConditions } from '../conditions/ReceiverConditions';
import { ReceiverCancellation } from '../cancellation/ReceiverCancellation';
import { ReceiverDelay } from '../delays/ReceiverDelay';
import { ActionPicker } from './ActionPicker';
import { PanelSection } from './PanelSection';
import { StepAccountSection } from './StepAccountSection';
import { ReceiverMapping } from './ReceiverMapping';
import { SystemPicker } from './SystemPicker';

interface ReceiverPanelProps {
  connection: ConnectionDto;
  connectors: ConnectorManifest[];
  /** Undefined while the user is adding a new receiver. */
  step: StepDto | undefined;
}

export function ReceiverPanel({ connection, connectors, step }: ReceiverPanelProps) {
  const { receiverSaved, closePanel } = useEditorActions();
  const add = useAddReceiver(connection.id);
  const update = useUpdateStep(connection.id);
  const remove = useDeleteStep(connection.id);
  const [pendingConnectorKey, setPendingConnectorKey] = useState<string | null>(null);
  const [confirmRemove, setConfirmRemove] = useState(false);

  const withReceivers = connectors.filter((c) => c.receivers.length > 0);
  const connectorKey = pendingConnectorKey ?? step?.connectorKey ?? null;
  const connector = withReceivers.find((c) => c.key === connectorKey);
  const actionKey = pendingConnectorKey ? null : (step?.actionKey ?? null);
  const receiver = connector?.receivers.find((r) => r.key === actionKey);
  const saving = add.isPending || update.isPending;

  const save = (next: ConnectorManifest, nextActionKey: string) => {
    const done = { onSuccess: () => setPendingConnectorKey(null) };
    if (!step) {
      add.mutate(
        { connectorKey: next.key, actionKey: nextActionKey, mapping: {} },
        {
          onSuccess: (saved) => {
            // The panel stays mounted for the saved step: the system chosen is now the step's.
            setPendingConnectorKey(null);
            receiverSaved(receiverNodeId(saved.id));
          },
        },
      );
      return;
    }
    const sameConnector = next.key === step.connectorKey;
    update.mutate(
      {
        stepId: step.id,
        connectorKey: next.key,
        actionKey: nextActionKey,
        // Another system has other accounts and other fields.
        ...(sameConnector ? {} : { accountId: null, mapping: {} }),
      },
      done,
    );
  };

  const chooseSystem = (key: string) => {
    const next = withReceivers.find((c) => c.key === key);
    if (!next) return;
    if (step && key === step.connectorKey) {
      setPendingConnectorKey(null);
      return;
    }
    if (next.receivers.length === 1) save(next, next.receivers[0].key);
    else setPendingConnectorKey(key);
  };

  let n = 1;
  return (
    <div className="panel-body">
      <PanelSection step={n++} title={t('editor.system')} hint={t('editor.receiverSystemHint')}>
        <SystemPicker
          connectors={withReceivers}
          value={connectorKey}
          onChange={chooseSystem}
          disabled={saving}
        />
      </PanelSection>
      {connector && (
        <PanelSection step={n++} title={t('editor.action')} hint={t('editor.receiverActionHint')}>
          <ActionPicker
            actions={connector.receivers}
            value={actionKey}
            onChange={(key) => save(connector, key)}
            disabled={saving}
          />
        </PanelSection>
      )}
      {receiver?.reportsStatus && !pendingConnectorKey && connector && (
        <p className="muted small">{t('editor.reportsStatus', { system: connector.name })}</p>
      )}
      <InlineError error={add.error ?? (connector?.auth ? null : update.error)} />

      {step && connector && receiver && !pendingConnectorKey && (
        <>
          {connector.auth && (
            <StepAccountSection connector={connector} step={step} number={n++} update={update} />
          )}
          <ReceiverMapping
            key={step.id + step.actionKey}
            connection={connection}
            step={step}
            connector={connector}
            receiver={receiver}
            firstStep={n}
          />
          <ReceiverConditions
            connection={connection}
            step={step}
            receiverName={connector.name}
            number={n + 2}
          />
          <ReceiverDelay connection={connection} step={step} number={n + 3} />
          <ReceiverCancellation connection={connection} step={step} number={n + 4} />
        </>
      )}

      {step && (
        <div className="panel-danger">
          {confirmRemove ? (
            <div className="confirm" role="group" aria-label={t('editor.removeReceiverConfirm')}>
              <span>{t('editor.removeReceiverConfirm')}</span>
              <button
                type="button"
                className="btn btn--danger btn--small"
                disabled={remove.isPending}
                onClick={() => {
                  // The receiver leaves the canvas at once; a refusal brings it back and shows
                  // in the save status at the top.
                  remove.mutate(step.id);
                  closePanel();
                }}
              >
                {t('common.yesRemove')}
              </button>
              <button
                type="button"
                className="btn btn--ghost btn--small"
                onClick={() => setConfirmRemove(false)}
              >
                {t('common.cancel')}
              </button>
              <InlineError error={remove.error} />
            </div>
          ) : (
            <button
              type="button"
              className="btn btn--ghost btn--small"
              onClick={() => setConfirmRemove(true)}
            >
              {t('editor.removeReceiver')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
