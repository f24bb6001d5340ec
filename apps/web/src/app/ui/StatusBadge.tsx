import type { DeliveryStatus, RunStatus } from '@fluxo/contracts';
import { t, type MessageKey } from '../i18n/t';

const tone: Record<RunStatus | DeliveryStatus, 'ok' | 'bad' | 'busy' | 'warn' | 'idle'> = {
  queued: 'busy',
  running: 'busy',
  succeeded: 'ok',
  partial: 'warn',
  failed: 'bad',
  pending: 'busy',
  sending: 'busy',
  delivered: 'ok',
  retrying: 'warn',
  skipped: 'idle',
  scheduled: 'busy',
  cancelled: 'idle',
};

export function StatusBadge({ status }: { status: RunStatus | DeliveryStatus }) {
  return (
    <span className={`badge badge--${tone[status]}`}>{t(`status.${status}` as MessageKey)}</span>
  );
}
