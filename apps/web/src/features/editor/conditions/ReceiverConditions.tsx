import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useUpdateStep } from '../api/steps.api';
import { useTestItem } from '../hooks/use-test-item';
import { PanelSection } from '../panels/PanelSection';
import { ConditionsEditor } from './ConditionsEditor';

interface ReceiverConditionsProps {
  connection: ConnectionDto;
  step: StepDto;
  receiverName: string;
  number: number;
}

/** The receiver's "only when": which items it sends, shown against the test item. */
export function ReceiverConditions({
  connection,
  step,
  receiverName,
  number,
}: ReceiverConditionsProps) {
  const update = useUpdateStep(connection.id);
  const { item, variables } = useTestItem(connection);
  return (
    <PanelSection
      step={number}
      title={t('conditions.title')}
      hint={t('conditions.hintReceiver', { receiver: receiverName })}
    >
      <ConditionsEditor
        key={step.id}
        saved={step.conditions}
        variables={variables}
        sample={item}
        saving={update.isPending}
        error={update.error}
        onSave={(conditions) => update.mutateAsync({ stepId: step.id, conditions })}
      />
    </PanelSection>
  );
}
