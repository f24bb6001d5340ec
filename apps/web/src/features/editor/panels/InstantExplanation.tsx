import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { EnabledHint } from './EnabledHint';
import { PanelSection } from './PanelSection';

/** Instant sources have no schedule: they run as the platform calls. */
export function InstantExplanation({ connection }: { connection: ConnectionDto }) {
  return (
    <div className="panel-body">
      <PanelSection title={t('autoUpdate.instantTitle')}>
        <p>{t('autoUpdate.instantBody')}</p>
        <p className="muted small">{t('autoUpdate.instantNoSchedule')}</p>
        <EnabledHint connection={connection} />
      </PanelSection>
    </div>
  );
}
