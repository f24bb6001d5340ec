import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useUpdateConnection } from '@/features/connections/api/connections.api';
import { useSample } from '../api/steps.api';
import { useFreshSample } from '../hooks/use-fresh-sample';
import { PanelSection } from '../panels/PanelSection';
import { mappingVariables, shownSample } from '../panels/test-sample';
import { ConditionsEditor } from './ConditionsEditor';

/** The connection's "only when": items that do not meet it reach no receiver. */
export function ConnectionConditions({
  connection,
  number,
}: {
  connection: ConnectionDto;
  number: number;
}) {
  const update = useUpdateConnection();
  const sample = useSample(connection.id, true);
  const fresh = useFreshSample(connection);
  const shown = shownSample(sample.data, fresh);
  return (
    <PanelSection step={number} title={t('conditions.title')} hint={t('conditions.hintConnection')}>
      <ConditionsEditor
        key={connection.id}
        saved={connection.conditions}
        variables={mappingVariables(shown, sample.data)}
        sample={shown?.data ?? null}
        saving={update.isPending}
        error={update.error}
        onSave={(conditions) => update.mutateAsync({ id: connection.id, conditions })}
      />
    </PanelSection>
  );
}
