import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useSample, useUpdateStep } from '../api/steps.api';
import { useFreshSample } from '../hooks/use-fresh-sample';
import { PanelSection } from '../panels/PanelSection';
import { mappingVariables, shownSample } from '../panels/test-sample';
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
  const hasSource = connection.steps.some((s) => s.role === 'source');
  const sample = useSample(connection.id, hasSource);
  const fresh = useFreshSample(connection);
  const shown = shownSample(sample.data, fresh);
  return (
    <PanelSection
      step={number}
      title={t('conditions.title')}
      hint={t('conditions.hintReceiver', { receiver: receiverName })}
    >
      <ConditionsEditor
        key={step.id}
        saved={step.conditions}
        variables={mappingVariables(shown, sample.data)}
        sample={shown?.data ?? null}
        saving={update.isPending}
        error={update.error}
        onSave={(conditions) => update.mutateAsync({ stepId: step.id, conditions })}
      />
    </PanelSection>
  );
}
