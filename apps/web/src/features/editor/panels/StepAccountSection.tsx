import type { ConnectorManifest, StepDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { InlineError } from '@/app/ui/states';
import type { useUpdateStep } from '../api/steps.api';
import { AccountPicker } from './AccountPicker';
import { PanelSection } from './PanelSection';

/** The "account" step of a source or receiver panel; shown only for systems that need one. */
export function StepAccountSection({
  connector,
  step,
  number,
  update,
  warning,
}: {
  connector: ConnectorManifest;
  step: StepDto;
  number: number;
  /** The panel's own step mutation, so its pending state and errors stay shared. */
  update: ReturnType<typeof useUpdateStep>;
  /** Shown above the picker while the step is unsafe without an account (signed sources). */
  warning?: string;
}) {
  return (
    <PanelSection
      step={number}
      title={t('editor.account')}
      hint={t('editor.accountHint', { connector: connector.name })}
    >
      {warning && (
        <p className="notice notice--warn" role="status">
          {warning}
        </p>
      )}
      <AccountPicker
        connector={connector}
        value={step.accountId}
        saving={update.isPending}
        onChange={(accountId) => update.mutateAsync({ stepId: step.id, accountId })}
      />
      <InlineError error={update.error} />
    </PanelSection>
  );
}
