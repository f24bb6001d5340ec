import { HOLD_REASONS, type ConnectionDto, type ConnectorManifest } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { isHeldForAccount, outcomeErrorText } from '@/app/outcome-errors';
import { formatDateTime, formatNumber, formatRelativeTime } from '@/app/ui/format';
import { useConnection } from '@/features/connections/api/connections.api';
import { sourceConnectorOf, useConnectors } from '@/features/connectors/api/connectors.api';
import { connectorMessageText } from '@/features/connectors/connector-messages';

// While nothing has arrived, look again now and then so the first event shows up by itself.
const WAITING_REFRESH_MS = 10_000;

const NOTICE_OF: Record<NonNullable<ConnectionDto['lastInbound']>['status'], string> = {
  accepted: 'notice--ok',
  rejected: 'notice--bad',
  held: 'notice--warn',
  discarded: 'notice--warn',
};

/**
 * Why the call waits now: one held for want of an account waits only for the switch once the
 * account is chosen (trusted from the call, say), so the reason it was held with is not repeated.
 */
function holdReasonNow(error: string | null, connection: ConnectionDto): string | null {
  const sourceStep = connection.steps.find((step) => step.role === 'source');
  if (error && isHeldForAccount(error) && sourceStep?.accountId && !connection.enabled) {
    return HOLD_REASONS.switchedOff;
  }
  return error;
}

function outcomeOf(
  last: NonNullable<ConnectionDto['lastInbound']>,
  source: ConnectorManifest | undefined,
  connection: ConnectionDto,
): string {
  const error = last.status === 'held' ? holdReasonNow(last.error, connection) : last.error;
  const reason = error
    ? outcomeErrorText(connectorMessageText(source, error))
    : t('inbound.noReason');
  switch (last.status) {
    case 'accepted':
      return t('inbound.accepted');
    case 'held':
      return t('inbound.held', { reason });
    case 'discarded':
      return t('inbound.discarded');
    default:
      return t('inbound.rejected', { reason });
  }
}

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
  // A refusal is the source connector's sentence, worded by it.
  const connectors = useConnectors();
  const source = sourceConnectorOf(connection, connectors.data);
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
    <div className={`notice ${NOTICE_OF[last.status]}`} role="status">
      <p>
        {t('inbound.lastEvent')} {when}: <strong>{outcomeOf(last, source, connection)}</strong>
      </p>
      {last.total !== null && (
        <p className="small">{t('inbound.total', { n: formatNumber(last.total) })}</p>
      )}
    </div>
  );
}
