import type { ConnectionDto, ConnectorGroup, SampleDto } from '@fluxo/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { t } from '@/app/i18n/t';
import { formatDateTime } from '@/app/ui/format';
import { InlineError } from '@/app/ui/states';
import { connectionQueryKey } from '@/features/connections/api/connections.api';
import { useSample } from '../api/steps.api';
import { HookUrl } from '../components/HookUrl';
import { useFreshSample, useLoadFromSource } from '../hooks/use-fresh-sample';
import { InboundStatus } from './InboundStatus';
import { shownSample } from './test-sample';

export function SourceTestData({
  connection,
  systemName,
  group,
  polled,
}: {
  connection: ConnectionDto;
  systemName: string;
  /** The system's kind, which says how a test event gets to the address. */
  group: ConnectorGroup;
  /** A polled source is read on demand ("Load from <System>"); nothing is sent to it. */
  polled: boolean;
}) {
  const stored = useSample(connection.id, true);
  const queryClient = useQueryClient();
  const fresh = useFreshSample(connection);
  const read = useLoadFromSource(connection);
  const shown = shownSample(stored.data, fresh);

  if (polled) {
    // One action: read the source now. What a run stored is kept below, for reference only.
    const storedItem =
      fresh && stored.data?.data && stored.data.origin !== 'example' ? stored.data : null;
    return (
      <div className="stack">
        <p className="muted small">{t('editor.pollExplain')}</p>
        <div className="actions">
          <button
            type="button"
            className="btn btn--primary"
            disabled={read.isPending}
            onClick={read.load}
          >
            {read.isPending
              ? t('editor.loadingFrom', { system: systemName })
              : t('editor.loadFrom', { system: systemName })}
          </button>
        </div>
        <p className="muted small">{t('editor.loadFromHint', { system: systemName })}</p>
        <InlineError error={read.error} />
        {stored.isError && !fresh && <InlineError error={stored.error} />}
        {shown ? (
          <SampleView
            sample={shown}
            systemName={systemName}
            emptyText={
              shown.origin === 'fresh'
                ? t('editor.freshEmpty', { system: systemName })
                : t('editor.noTestDataPolled', { system: systemName })
            }
          />
        ) : (
          stored.isPending && <p className="muted small">{t('editor.loadingTestData')}</p>
        )}
        {storedItem && (
          <details className="stored-sample">
            <summary>
              {t('editor.storedSampleSummary', { when: formatDateTime(storedItem.receivedAt) })}
            </summary>
            <SampleView sample={storedItem} systemName={systemName} emptyText="" secondary />
          </details>
        )}
      </div>
    );
  }

  return (
    <div className="stack">
      <SourceAddress connection={connection} systemName={systemName} group={group} />
      <div className="actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={stored.isFetching}
          onClick={() => {
            void stored.refetch();
            // The calls that brought the data also change the last event and the waiting calls.
            void queryClient.invalidateQueries({
              queryKey: connectionQueryKey(connection.id),
              exact: true,
            });
          }}
        >
          {stored.isFetching ? t('editor.loadingTestData') : t('editor.loadTestData')}
        </button>
      </div>
      {stored.isError && <InlineError error={stored.error} />}
      {shown && (
        <SampleView
          sample={shown}
          systemName={systemName}
          emptyText={
            connection.formPath || group === 'forms'
              ? t('editor.noTestDataHook')
              : t('editor.noTestDataEvent', { system: systemName })
          }
        />
      )}
    </div>
  );
}

/** Where the data comes in: a hosted form's public page, or the address the vendor calls. */
function SourceAddress({
  connection,
  systemName,
  group,
}: {
  connection: ConnectionDto;
  systemName: string;
  group: ConnectorGroup;
}) {
  if (connection.formPath)
    return (
      <>
        <InboundStatus
          connection={connection}
          systemName={systemName}
          waitingHint={t('editor.formWaitingHint')}
        />
        <p className="small">{t('editor.formExplain')}</p>
        <HookUrl
          hookPath={connection.formPath}
          label={t('editor.formAddress')}
          copyLabel={t('editor.copyFormAddress')}
          openLabel={t('editor.openForm')}
        />
      </>
    );
  if (connection.hookPath)
    return (
      <>
        <InboundStatus
          connection={connection}
          systemName={systemName}
          waitingHint={hookExplain(group, systemName)}
        />
        {/* Without the inbound summary there is no waiting notice to carry the hint. */}
        {connection.lastInbound === undefined && (
          <p className="small">{hookExplain(group, systemName)}</p>
        )}
        <HookUrl
          hookPath={connection.hookPath}
          label={t('editor.testAddress')}
          copyLabel={t('editor.copyTestAddress')}
          calledByVendors={group === 'payment-gateways'}
        />
      </>
    );
  return null;
}

/** How to get a first event to the address, in the words of the system's kind. */
function hookExplain(group: ConnectorGroup, system: string): string {
  switch (group) {
    case 'forms':
      return t('editor.hookExplain');
    case 'payment-gateways':
      return t('editor.hookExplainPayments', { system });
    case 'http':
      return t('editor.hookExplainHttp');
    default:
      return t('editor.hookExplainOther', { system });
  }
}

function SampleView({
  sample,
  systemName,
  emptyText,
  secondary = false,
}: {
  sample: SampleDto;
  systemName: string;
  emptyText: string;
  /** Shown for reference under the sample in use: no introduction, not announced. */
  secondary?: boolean;
}) {
  if (sample.data === null)
    return (
      <div className="notice" role="status">
        {emptyText}
      </div>
    );

  return (
    <div className="stack" role={secondary ? undefined : 'status'}>
      {secondary ? null : sample.origin === 'example' ? (
        <div className="notice notice--warn">
          <strong>{t('editor.sampleExample')}</strong>{' '}
          {t('editor.sampleExampleHint', { system: systemName })}
        </div>
      ) : sample.origin === 'fresh' ? (
        <p className="small">{t('editor.sampleFresh', { system: systemName })}</p>
      ) : sample.origin === 'held' ? (
        <p className="small">
          {t('editor.testDataHeld', { when: formatDateTime(sample.receivedAt) })}
        </p>
      ) : (
        <p className="small">
          {t('editor.testDataReceived', { when: formatDateTime(sample.receivedAt) })}
        </p>
      )}
      {sample.variables.length === 0 ? (
        <p className="muted">{t('editor.noVariables')}</p>
      ) : (
        <table className="table table--compact">
          <caption className="visually-hidden">{t('editor.variablesCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editor.variable')}</th>
              <th scope="col">{t('editor.exampleValue')}</th>
            </tr>
          </thead>
          <tbody>
            {sample.variables.map((v) => (
              <tr key={v.path}>
                <td>
                  <code>{v.path}</code>
                </td>
                <td className="wrap">{v.preview}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
