import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';

/** Says that the settings apply once the connection is switched on. */
export function EnabledHint({ connection }: { connection: ConnectionDto }) {
  if (connection.enabled) return null;
  return <p className="notice">{t('autoUpdate.offHint')}</p>;
}
