import type { ConnectionDto, SampleDto } from '@fluxo/contracts';
import { t } from '../../../app/i18n/t';
import { formatDateTime } from '../../../app/ui/format';
import { InlineError } from '../../../app/ui/states';
import { useFreshSample, useSample } from '../api/steps.api';
import { HookUrl } from '../components/HookUrl';
import { InboundStatus } from './InboundStatus';
import { latestSample } from './test-sample';

export function SourceTestData({
  connection,
  systemName,
  polled,
}: {
  connection: ConnectionDto;
  systemName: string;
  /** A polled source can be read on demand ("Load from <System>"). */
  polled: boolean;
}) {
  const sample = useSample(connection.id, true);
  const fresh = useFreshSample(connection.id);
  const shown = latestSample(sample, fresh);

  return (
    <div className="stack">
      <SourceAddress connection={connection} systemName={systemName} />
      <div className="actions">
        {polled && (
          <button
            type="button"
            className="btn btn--primary"
            disabled={fresh.isFetching}
            onClick={() => void fresh.refetch()}
          >
            {fresh.isFetching
              ? t('editor.loadingFrom', { system: systemName })
              : t('editor.loadFrom', { system: systemName })}
          </button>
        )}
        <button
          type="button"
          className={polled ? 'btn' : 'btn btn--primary'}
          disabled={sample.isFetching}
          onClick={() => void sample.refetch()}
        >
          {sample.isFetching ? t('editor.loadingTestData') : t('editor.loadTestData')}
        </button>
      </div>
      {polled && <p className="muted small">{t('editor.loadFromHint', { system: systemName })}</p>}
      {sample.isError && <InlineError error={sample.error} />}
      {fresh.isError && <InlineError error={fresh.error} />}
      {shown && (
        <SampleView
          sample={shown}
          systemName={systemName}
          emptyText={
            shown.origin === 'fresh'
              ? t('editor.freshEmpty', { system: systemName })
              : polled
                ? t('editor.noTestDataPolled', { system: systemName })
                : connection.hookPath
                  ? t('editor.noTestDataHook')
                  : t('editor.noTestDataPoll')
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
}: {
  connection: ConnectionDto;
  systemName: string;
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
        <InboundStatus connection={connection} systemName={systemName} />
        <p className="small">{t('editor.hookExplain')}</p>
        <HookUrl
          hookPath={connection.hookPath}
          label={t('editor.testAddress')}
          copyLabel={t('editor.copyTestAddress')}
        />
      </>
    );
  return <p className="muted small">{t('editor.pollExplain')}</p>;
}

function SampleView({
  sample,
  systemName,
  emptyText,
}: {
  sample: SampleDto;
  systemName: string;
  emptyText: string;
}) {
  if (sample.data === null)
    return (
      <div className="notice" role="status">
        {emptyText}
      </div>
    );

  return (
    <div className="stack" role="status">
      {sample.origin === 'example' ? (
        <div className="notice notice--warn">
          <strong>{t('editor.sampleExample')}</strong>{' '}
          {t('editor.sampleExampleHint', { system: systemName })}
        </div>
      ) : sample.origin === 'fresh' ? (
        <p className="small">{t('editor.sampleFresh', { system: systemName })}</p>
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
