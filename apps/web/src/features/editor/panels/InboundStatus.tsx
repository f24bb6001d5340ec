import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { formatDateTime, formatNumber, formatRelativeTime } from '@/app/ui/format';
import { useConnection } from '@/features/connections/api/connections.api';

// While nothing has arrived, look again now and then so the first event shows up by itself.
const WAITING_REFRESH_MS = 10_000;

/** Whether the vendor has called the connection's address yet, and how the last call went. */
export function InboundStatus({
  connection,
  systemName,
  waitingHint,
}: {
  connection: ConnectionDto;
  systemName: string;
  /** What to do while nothing has arrived, in the words of the system's kind. */
  waitingHint: string;
}) {
  const waiting = connection.lastInbound === null;
  // Shares the editor's cached connection; only adds the refresh while waiting.
  useConnection(connection.id, { refetchInterval: waiting ? WAITING_REFRESH_MS : false });
  const last = connection.lastInbound;
  if (last === undefined) return null;

  if (last === null)
    return (
      <div className="notice notice--warn" role="status">
        <strong>{t('checklist.waitingFirstEvent', { system: systemName })}</strong>
        <p className="small">{waitingHint}</p>
      </div>
    );

  const when = (
    <time dateTime={last.at} title={formatDateTime(last.at)}>
      {formatRelativeTime(last.at)}
    </time>
  );
  return (
    <div
      className={last.status === 'accepted' ? 'notice notice--ok' : 'notice notice--bad'}
      role="status"
    >
      <p>
        {t('inbound.lastEvent')} {when}:{' '}
        <strong>
          {last.status === 'accepted'
            ? t('inbound.accepted')
            : t('inbound.rejected', { reason: last.error ?? t('inbound.noReason') })}
        </strong>
      </p>
      <p className="small">{t('inbound.total', { n: formatNumber(last.total) })}</p>
    </div>
  );
}
