import {
  skipReportSchema,
  type ConnectionDto,
  type ConnectorManifest,
  type DeliveryDto,
  type RunDetailDto,
  type RunItemDto,
  type SkipReport,
} from '@fluxo/contracts';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useCanEdit } from '@/features/auth/api/auth.api';
import { t, type MessageKey } from '@/app/i18n/t';
import { outcomeErrorText } from '@/app/outcome-errors';
import { formatDateTime, formatDuration, prettyJson } from '@/app/ui/format';
import { EmptyState, ErrorState, InlineError, LoadingState } from '@/app/ui/states';
import { StatusBadge } from '@/app/ui/StatusBadge';
import { useConnection } from '@/features/connections/api/connections.api';
import {
  connectorByKey,
  sourceConnectorOf,
  useConnectors,
} from '@/features/connectors/api/connectors.api';
import { connectorMessageText } from '@/features/connectors/connector-messages';
import { ConnectorLogo } from '@/features/connectors/components/ConnectorLogo';
import { skipWords } from '@/features/editor/conditions/describe-rule';
import {
  isRunDetailActive,
  useRetryDelivery,
  useRetryRun,
  useRun,
  useRunAgainWithItem,
} from '../api/runs.api';
import { PayloadFields } from './PayloadFields';
import { ReportedOutputs } from './ReportedOutputs';
import { VendorStatusNote } from './VendorStatusNote';

export function RunDetailPage() {
  const canEdit = useCanEdit();
  const { id = '', runId = '' } = useParams();
  const run = useRun(runId);
  const connection = useConnection(id);
  const connectors = useConnectors();

  const source = sourceConnectorOf(connection.data, connectors.data);

  let body;
  if (run.isPending) body = <LoadingState label={t('runs.loadingRun')} />;
  else if (run.isError) body = <ErrorState error={run.error} onRetry={() => void run.refetch()} />;
  else {
    const r = run.data;
    body = (
      <>
        <dl className="summary">
          <div>
            <dt>{t('runs.colStatus')}</dt>
            <dd>
              <StatusBadge status={r.status} />
            </dd>
          </div>
          <div>
            <dt>{t('runs.colCause')}</dt>
            <dd>{t(`cause.${r.cause}` as MessageKey)}</dd>
          </div>
          <div>
            <dt>{t('runs.colStarted')}</dt>
            <dd>{formatDateTime(r.startedAt)}</dd>
          </div>
          <div>
            <dt>{t('runs.colDuration')}</dt>
            <dd>{formatDuration(r.startedAt, r.finishedAt) ?? t('runs.inProgress')}</dd>
          </div>
          <div>
            <dt>{t('runs.colDelivered')}</dt>
            <dd>{r.deliveriesOk}</dd>
          </div>
          <div>
            <dt>{t('runs.colFailed')}</dt>
            <dd>{r.deliveriesFailed}</dd>
          </div>
          {r.deliveriesSkipped > 0 && (
            <div>
              <dt>{t('runs.colSkipped')}</dt>
              <dd>{r.deliveriesSkipped}</dd>
            </div>
          )}
        </dl>
        {canEdit && r.deliveriesFailed > 0 && <RetryAllFailed run={r} connectionId={id} />}
        {r.error && (
          <div className="notice notice--bad" role="alert">
            {outcomeErrorText(connectorMessageText(source, r.error))}
          </div>
        )}
        {r.warnings.length > 0 && (
          <div className="notice notice--warn" role="status">
            <strong>{t('runs.partialRead')}</strong>
            <ul>
              {r.warnings.map((warning) => (
                <li key={warning}>{connectorMessageText(source, warning)}</li>
              ))}
            </ul>
          </div>
        )}
        {isRunDetailActive(r) && (
          <p className="muted small" role="status">
            {t('runs.refreshing')}
          </p>
        )}
        {r.items.length === 0 ? (
          <EmptyState title={t('runs.noItemsTitle')}>
            <p>{t('runs.noItemsBody')}</p>
          </EmptyState>
        ) : (
          <ol className="items">
            {r.items.map((item, index) => (
              <ItemCard
                key={item.id}
                item={item}
                index={index}
                runId={r.id}
                connectionId={id}
                connection={connection.data}
                connectors={connectors.data}
              />
            ))}
          </ol>
        )}
      </>
    );
  }

  return (
    <div className="page">
      <nav className="breadcrumbs" aria-label={t('common.breadcrumbs')}>
        <Link to="/connections">{t('nav.connections')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${id}`}>{connection.data?.name ?? t('runs.connection')}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/connections/${id}/runs`}>{t('runs.title')}</Link>
      </nav>
      <h1>{t('runs.detailTitle')}</h1>
      {body}
    </div>
  );
}

interface ItemCardProps {
  item: RunItemDto;
  index: number;
  runId: string;
  connectionId: string;
  connection: ConnectionDto | undefined;
  connectors: ConnectorManifest[] | undefined;
}

function ItemCard({ item, index, runId, connectionId, connection, connectors }: ItemCardProps) {
  const runAgain = useRunAgainWithItem(connectionId);
  const canEdit = useCanEdit();
  const navigate = useNavigate();
  // Kept but not sent (a test postback, a status already received): the source says why.
  const ignored = typeof item.payload['_ignored'] === 'string' ? item.payload['_ignored'] : null;
  const source = sourceConnectorOf(connection, connectors);
  return (
    <li className="card item">
      <h2 className="card__title">
        {t('runs.item', { n: index + 1 })}{' '}
        <span className="muted small">{formatDateTime(item.receivedAt)}</span>
      </h2>
      <div className="actions">
        {canEdit && (
          <button
            type="button"
            className="btn btn--small"
            disabled={runAgain.isPending}
            aria-label={t('runs.runAgainNamed', { n: index + 1 })}
            onClick={() =>
              runAgain.mutate(item.id, {
                onSuccess: ({ runId: started }) =>
                  navigate(`/connections/${connectionId}/runs/${started}`),
              })
            }
          >
            {runAgain.isPending ? t('editor.starting') : t('runs.runAgain')}
          </button>
        )}
        <InlineError error={runAgain.error} />
      </div>
      <details>
        <summary>{t('runs.itemData')}</summary>
        <pre className="json">{prettyJson(item.payload)}</pre>
      </details>
      {item.deliveries.length === 0 ? (
        ignored ? (
          <p className="notice">{connectorMessageText(source, ignored)}</p>
        ) : (
          <p className="muted">{t('runs.noDeliveries')}</p>
        )
      ) : (
        <ul className="deliveries">
          {item.deliveries.map((d) => (
            <DeliveryCard
              key={d.id}
              delivery={d}
              runId={runId}
              connectionId={connectionId}
              connection={connection}
              connectors={connectors}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

function DeliveryCard({
  delivery,
  runId,
  connectionId,
  connection,
  connectors,
}: {
  delivery: DeliveryDto;
  runId: string;
  connectionId: string;
  connection: ConnectionDto | undefined;
  connectors: ConnectorManifest[] | undefined;
}) {
  const retry = useRetryDelivery(runId, connectionId);
  const canEdit = useCanEdit();
  const step = connection?.steps.find((s) => s.id === delivery.stepId);
  const connector = connectorByKey(connectors, step?.connectorKey);
  const receiverName = connector?.name ?? t('runs.receiver');
  const skip = delivery.status === 'skipped' ? skipReportIn(delivery.response) : null;
  // Nothing went out: no attempts, no "what was sent".
  const neverSent = Boolean(skip) || delivery.status === 'cancelled';
  // Failed without a word from the receiver: refused here (a field, a template), never sent.
  const refusedBeforeSending = delivery.status === 'failed' && !delivery.response;
  const receiver = connector?.receivers.find((r) => r.key === step?.actionKey);

  return (
    <li className="delivery">
      <div className="delivery__head">
        <ConnectorLogo svg={connector?.logoSvg} size={24} />
        <strong>{receiverName}</strong>
        <StatusBadge status={delivery.status} />
        {!neverSent && (
          <span className="muted small">{t('runs.attempts', { n: delivery.attempts })}</span>
        )}
        {delivery.status === 'scheduled' && delivery.nextAttemptAt && (
          <span className="muted small">
            {t('runs.scheduledFor', { when: formatDateTime(delivery.nextAttemptAt) })}
          </span>
        )}
        {delivery.status === 'retrying' && delivery.nextAttemptAt && (
          <span className="muted small">
            {t('runs.nextAttempt', { when: formatDateTime(delivery.nextAttemptAt) })}
          </span>
        )}
        {canEdit && delivery.status === 'failed' && (
          <button
            type="button"
            className="btn btn--small"
            disabled={retry.isPending}
            onClick={() => retry.mutate(delivery.id)}
            aria-label={t('runs.retryNamed', { receiver: receiverName })}
          >
            {retry.isPending ? t('runs.retrying') : t('runs.retry')}
          </button>
        )}
      </div>
      {delivery.askedFor && (
        <p className="muted small">
          {t('runs.sentLate', { when: formatDateTime(delivery.askedFor) })}
        </p>
      )}
      {skip ? (
        <p className="notice">{skipWords(skip)}</p>
      ) : delivery.status === 'cancelled' && delivery.cancelledAt ? (
        <p className="notice">{cancelWords(delivery, delivery.cancelledAt)}</p>
      ) : (
        delivery.error && (
          <div className="notice notice--bad" role="alert">
            <strong>{t('runs.error')}</strong>{' '}
            {outcomeErrorText(connectorMessageText(connector, delivery.error))}
          </div>
        )
      )}
      <VendorStatusNote
        delivery={delivery}
        systemName={receiverName}
        reportsStatus={
          connector?.receivers.find((r) => r.key === step?.actionKey)?.reportsStatus === true
        }
      />
      <InlineError error={retry.error} />
      {delivery.status === 'delivered' && (
        <ReportedOutputs declared={receiver?.outputs} response={delivery.response} />
      )}
      {!neverSent && (
        <div className="delivery__body">
          <div>
            <h3 className="result__title">
              {refusedBeforeSending ? t('runs.payloadNotSent') : t('runs.payload')}
            </h3>
            <PayloadFields payload={delivery.payload} fields={receiver?.fields} />
          </div>
          <div>
            <h3 className="result__title">{t('runs.response', { receiver: receiverName })}</h3>
            {delivery.response ? (
              <details>
                <summary>{t('runs.rawAnswer')}</summary>
                <pre className="json">{prettyJson(delivery.response)}</pre>
              </details>
            ) : (
              <p className="muted small">{t('runs.noResponse')}</p>
            )}
          </div>
        </div>
      )}
    </li>
  );
}

function RetryAllFailed({ run, connectionId }: { run: RunDetailDto; connectionId: string }) {
  const retry = useRetryRun(run.id, connectionId);
  return (
    <div className="actions" style={{ margin: '0.75rem 0' }}>
      <button
        type="button"
        className="btn btn--primary"
        disabled={retry.isPending}
        onClick={() => retry.mutate()}
      >
        {retry.isPending ? t('runs.retrying') : t('history.retryAllFailed')}
      </button>
      <span className="muted small">{t('history.retryAllHint', { n: run.deliveriesFailed })}</span>
      <span role="status">
        {retry.isSuccess && (
          <span className="notice notice--ok notice--inline">
            {t('history.retryStarted', { n: retry.data.retried })}
          </span>
        )}
      </span>
      <InlineError error={retry.error} />
    </div>
  );
}

/** Why a condition skipped the delivery, as the API recorded it; null for older records. */
function skipReportIn(response: DeliveryDto['response']): SkipReport['skipped'] | null {
  const parsed = skipReportSchema.safeParse(response);
  return parsed.success ? parsed.data.skipped : null;
}

/** Who cancelled a waiting send, and when. */
function cancelWords(delivery: DeliveryDto, cancelledAt: string): string {
  const when = formatDateTime(cancelledAt);
  const by = delivery.cancelledBy;
  if (!by) return t('runs.cancelledByHand', { when });
  return t('runs.cancelledByItem', {
    when,
    connection: by.connectionName ?? t('runs.deletedConnection'),
    item: by.itemId.slice(0, 8),
  });
}
