import type { QueuedSendDto, SendQueueDto } from '@fluxo/contracts';
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { t } from '@/app/i18n/t';
import { formatDateTime } from '@/app/ui/format';
import { EmptyState, ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { useConnection } from '@/features/connections/api/connections.api';
import { connectorByKey, useConnectors } from '@/features/connectors/api/connectors.api';
import { useQueuedSendAction, useSendQueue } from './send-queue.api';

/**
 * Every send waiting for its receiver's delay, soonest first, with "send now" and "cancel";
 * workspace-wide, or of one connection at /connections/:id/send-queue.
 */
export function SendQueuePage() {
  const id = useId();
  const { id: connectionId = null } = useParams();
  const [search, setSearch] = useState('');
  const queue = useSendQueue(search.trim(), connectionId);
  const connectors = useConnectors();
  const [notice, setNotice] = useState<CancelNotice | null>(null);

  let body;
  if (queue.isPending) body = <LoadingState label={t('queue.loading')} />;
  else if (queue.isError)
    body = <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />;
  else if (queue.data.sends.length === 0)
    body = (
      <EmptyState title={search ? t('queue.noMatch') : t('queue.emptyTitle')}>
        <p>{t('queue.emptyBody')}</p>
      </EmptyState>
    );
  else
    body = (
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('queue.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('queue.colWhen')}</th>
              <th scope="col">{t('runs.connection')}</th>
              <th scope="col">{t('runs.receiver')}</th>
              <th scope="col">{t('queue.colTo')}</th>
              <th scope="col">{t('queue.colItem')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.data.sends.map((send) => (
              <QueuedSendRow
                key={send.deliveryId}
                send={send}
                onCancelled={() =>
                  setNotice({ deliveryId: send.deliveryId, item: send.item, restored: false })
                }
                receiverName={
                  connectorByKey(connectors.data, send.connectorKey)?.name ?? send.connectorKey
                }
              />
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <div className="page">
      {connectionId && <ConnectionCrumbs connectionId={connectionId} />}
      <h1>{t('queue.title')}</h1>
      <p className="muted">{t('queue.intro')}</p>
      <p role="status">{queue.data && t('queue.waiting', { n: queue.data.waiting })}</p>
      {queue.data && <StateCounts counts={queue.data.counts} />}
      <CancelUndo notice={notice} onRestored={setNotice} />
      <div className="field" style={{ maxWidth: '24rem', marginBottom: '1rem' }}>
        <label htmlFor={`${id}-search`}>{t('queue.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      {body}
    </div>
  );
}

/** Whose queue this is, and the way back to all of them. */
function ConnectionCrumbs({ connectionId }: { connectionId: string }) {
  const connection = useConnection(connectionId);
  const name = connection.data?.name ?? t('runs.connection');
  return (
    <>
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${connectionId}`}>{name}</Link>
      </nav>
      <p className="muted small">
        {t('queue.ofConnection', { name })} <Link to="/send-queue">{t('queue.showAll')}</Link>
      </p>
    </>
  );
}

interface CancelNotice {
  deliveryId: string;
  item: string;
  /** Undone already: the notice says it is back. */
  restored: boolean;
}

/** How many sends are in each state, whatever the search. */
function StateCounts({ counts }: { counts: SendQueueDto['counts'] }) {
  const entries = [
    [t('queue.countLater'), counts.later],
    [t('queue.countDue'), counts.due],
    [t('queue.countPaused'), counts.paused],
    [t('queue.countCancelled'), counts.cancelledToday],
  ] as const;
  return (
    <ul className="state-counts" aria-label={t('queue.countsLabel')}>
      {entries.map(([label, n]) => (
        <li key={label}>
          <strong>{n}</strong> {label}
        </li>
      ))}
    </ul>
  );
}

/** After a cancel in the queue: what was cancelled, with the way back. */
function CancelUndo({
  notice,
  onRestored,
}: {
  notice: CancelNotice | null;
  onRestored: (notice: CancelNotice) => void;
}) {
  const restore = useQueuedSendAction('restore');
  if (!notice) return <div role="status" aria-live="polite" />;
  return (
    <div role="status" aria-live="polite" className="notice">
      {notice.restored ? (
        t('queue.restoredNotice', { item: notice.item })
      ) : (
        <>
          {t('queue.cancelledNotice', { item: notice.item })}{' '}
          <button
            type="button"
            className="btn btn--small"
            disabled={restore.isPending}
            aria-label={t('queue.undoNamed', { item: notice.item })}
            onClick={() =>
              restore.mutate(notice.deliveryId, {
                onSuccess: () => onRestored({ ...notice, restored: true }),
              })
            }
          >
            {t('queue.undo')}
          </button>
        </>
      )}
      <InlineError error={restore.error} />
    </div>
  );
}

function QueuedSendRow({
  send,
  receiverName,
  onCancelled,
}: {
  send: QueuedSendDto;
  receiverName: string;
  onCancelled: () => void;
}) {
  const canEdit = useCanEdit();
  const sendNow = useQueuedSendAction('send-now');
  const cancel = useQueuedSendAction('cancel');
  const [confirming, setConfirming] = useState(false);
  const busy = sendNow.isPending || cancel.isPending;
  return (
    <tr>
      <td>
        {formatDateTime(send.sendAt)}
        {send.paused && <p className="small muted">{t('queue.paused')}</p>}
      </td>
      <td>
        <Link to={`/connections/${send.connectionId}/runs/${send.runId}`}>
          {send.connectionName}
        </Link>
      </td>
      <td>{receiverName}</td>
      <td className="small">{send.to ?? <span className="muted">{t('queue.toUnknown')}</span>}</td>
      <td className="small">{send.item}</td>
      <td>
        {canEdit && (
          <div className="actions">
            <button
              type="button"
              className="btn btn--small"
              disabled={busy}
              onClick={() => sendNow.mutate(send.deliveryId)}
              aria-label={t('queue.sendNowNamed', { item: send.item })}
            >
              {t('queue.sendNow')}
            </button>
            {confirming ? (
              <span role="group" aria-label={t('queue.cancelConfirm')}>
                <span className="small">{t('queue.cancelConfirm')}</span>{' '}
                <button
                  type="button"
                  className="btn btn--small btn--danger"
                  disabled={busy}
                  onClick={() => cancel.mutate(send.deliveryId, { onSuccess: onCancelled })}
                >
                  {t('queue.yesCancel')}
                </button>{' '}
                <button
                  type="button"
                  className="btn btn--small"
                  onClick={() => setConfirming(false)}
                >
                  {t('common.no')}
                </button>
              </span>
            ) : (
              <button
                type="button"
                className="btn btn--small"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-label={t('queue.cancelNamed', { item: send.item })}
              >
                {t('queue.cancel')}
              </button>
            )}
          </div>
        )}
        <InlineError error={sendNow.error ?? cancel.error} />
      </td>
    </tr>
  );
}
