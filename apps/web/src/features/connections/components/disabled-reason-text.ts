import { t } from '@/app/i18n/t';

const FAILURES = /^(\d+) failed runs in a row$/;

/** Why Fluxo switched a connection off, in the user's language when it is a reason Fluxo words. */
export function disabledReasonText(reason: string): string {
  const failures = FAILURES.exec(reason);
  return failures ? t('list.failuresInARow', { n: Number(failures[1]) }) : reason;
}
