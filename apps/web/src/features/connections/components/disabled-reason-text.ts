import { t } from '@/app/i18n/t';

const FAILURES = /^(\d+) failed runs in a row$/;

/** Why Fluxo switched a connection off, in the user's language when it is a reason Fluxo words. */
export function disabledReasonText(reason: string): string {
  const failures = FAILURES.exec(reason);
  if (failures) return t('list.failuresInARow', { n: Number(failures[1]) });
  if (reason.startsWith('The restored version cannot run yet'))
    return t('versions.restoredNotReady');
  return reason;
}
