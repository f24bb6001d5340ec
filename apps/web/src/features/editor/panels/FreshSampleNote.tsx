import type { SampleDto } from '@fluxo/contracts';
import { t } from '../../../app/i18n/t';
import { formatDateTime } from '../../../app/ui/format';
import { freshSampleGap } from './test-sample';

/**
 * Says what the receivers' preview and test send use when that is not the data just read from
 * the source: the API bases them on the stored latest item only.
 */
export function FreshSampleNote({
  stored,
  fresh,
  systemName,
}: {
  stored: SampleDto | undefined;
  fresh: SampleDto | undefined;
  systemName: string;
}) {
  const gap = freshSampleGap(stored, fresh);
  if (gap === 'none') return null;
  return (
    <p className="notice notice--warn small">
      {gap === 'stored'
        ? t('editor.freshVsStored', {
            system: systemName,
            when: formatDateTime(stored?.receivedAt ?? null),
          })
        : t('editor.freshNothingStored', { system: systemName })}
    </p>
  );
}
