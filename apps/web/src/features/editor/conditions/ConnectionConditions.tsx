import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { useUpdateConnection } from '@/features/connections/api/connections.api';
import { useTestItem } from '../hooks/use-test-item';
import { PanelSection } from '../panels/PanelSection';
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
  const { item, variables } = useTestItem(connection);
  return (
    <PanelSection step={number} title={t('conditions.title')} hint={t('conditions.hintConnection')}>
      <ConditionsEditor
        key={connection.id}
        saved={connection.conditions}
        variables={variables}
        sample={item}
        saving={update.isPending}
        error={update.error}
        onSave={(conditions) => update.mutateAsync({ id: connection.id, conditions })}
      />
    </PanelSection>
  );
}
