import type { ConnectionDto, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useSample, useUpdateStep } from '../api/steps.api';
import { useFreshSample } from '../hooks/use-fresh-sample';
import { PanelSection } from '../panels/PanelSection';
import { mappingVariables, shownSample } from '../panels/test-sample';
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
  const sample = useSample(
    connection.id,
    connection.steps.some((s) => s.role === 'source'),
  );
  const fresh = useFreshSample(connection);
  return (
    <PanelSection step={number} title={t('delay.title')} hint={t('delay.hint')}>
      <DelayEditor
        key={step.id}
        saved={step.delay}
        variables={mappingVariables(shownSample(sample.data, fresh), sample.data)}
        saving={update.isPending}
        error={update.error}
        onSave={(delay) => update.mutateAsync({ stepId: step.id, delay })}
      />
    </PanelSection>
  );
}
