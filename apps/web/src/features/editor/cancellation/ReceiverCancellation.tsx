import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useConnections } from '@/features/connections/api/connections.api';
import { useUpdateStep } from '../api/steps.api';
import { useTestItem } from '../hooks/use-test-item';
import { PanelSection } from '../panels/PanelSection';
import { CancelWhenEditor } from './CancelWhenEditor';

/** The receiver's happy-path cancellation; it means something only for sends that wait. */
export function ReceiverCancellation({
  connection,
  step,
  number,
}: {
  connection: ConnectionDto;
  step: StepDto;
  number: number;
}) {
  const update = useUpdateStep(connection.id);
  const { item, variables } = useTestItem(connection);
  const connections = useConnections();
  return (
    <PanelSection step={number} title={t('cancel.title')} hint={t('cancel.hint')}>
      {!step.delay && !step.cancelWhen ? (
        <p className="muted small">{t('cancel.needsDelay')}</p>
      ) : (
        <CancelWhenEditor
          key={step.id}
          saved={step.cancelWhen}
          ownConnectionId={connection.id}
          connections={connections.data ?? [connection]}
          variables={variables}
          item={item}
          saving={update.isPending}
          error={update.error}
          onSave={(cancelWhen) => update.mutateAsync({ stepId: step.id, cancelWhen })}
        />
      )}
    </PanelSection>
  );
}
