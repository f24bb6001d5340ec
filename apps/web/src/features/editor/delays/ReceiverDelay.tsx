import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useUpdateStep } from '../api/steps.api';
import { useTestItem } from '../hooks/use-test-item';
import { PanelSection } from '../panels/PanelSection';
import { DelayEditor } from './DelayEditor';

/** The receiver's "when to send". */
export function ReceiverDelay({
  connection,
  step,
  number,
}: {
  connection: ConnectionDto;
  step: StepDto;
  number: number;
}) {
  const update = useUpdateStep(connection.id);
  const { variables } = useTestItem(connection);
  return (
    <PanelSection step={number} title={t('delay.title')} hint={t('delay.hint')}>
      <DelayEditor
        key={step.id}
        saved={step.delay}
        variables={variables}
        saving={update.isPending}
        error={update.error}
        onSave={(delay) => update.mutateAsync({ stepId: step.id, delay })}
      />
    </PanelSection>
  );
}
