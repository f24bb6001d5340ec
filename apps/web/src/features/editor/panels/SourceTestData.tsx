import type { ConnectionDto } from '@fluxo/contracts';
import { t } from '../../../app/i18n/t';
import { formatDateTime } from '../../../app/ui/format';
import { InlineError } from '../../../app/ui/states';
import { useSample } from '../api/steps.api';
import { HookUrl } from '../components/HookUrl';
import { InboundStatus } from './InboundStatus';

export function SourceTestData({
  connection,
  systemName,
}: {
  connection: ConnectionDto;
  systemName: string;
}) {
  const sample = useSample(connection.id, true);

  return (
    <div className="stack">
      {connection.hookPath ? (
        <>
          <InboundStatus connection={connection} systemName={systemName} />
          <p className="small">{t('editor.hookExplain')}</p>
          <HookUrl
            hookPath={connection.hookPath}
            label={t('editor.testAddress')}
            copyLabel={t('editor.copyTestAddress')}
          />
        </>
      ) : (
        <p className="muted small">{t('editor.pollExplain')}</p>
      )}
      <div className="actions">
        <button
          type="button"
          className="btn btn--primary"
          disabled={sample.isFetching}
          onClick={() => void sample.refetch()}
        >
          {sample.isFetching ? t('editor.loadingTestData') : t('editor.loadTestData')}
        </button>
      </div>
      {sample.isError && <InlineError error={sample.error} />}
      {sample.data &&
        (sample.data.data === null ? (
          <div className="notice" role="status">
            {connection.hookPath ? t('editor.noTestDataHook') : t('editor.noTestDataPoll')}
          </div>
        ) : (
          <div className="stack" role="status">
            <p className="small">
              {t('editor.testDataReceived', { when: formatDateTime(sample.data.receivedAt) })}
            </p>
            {sample.data.variables.length === 0 ? (
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
                  {sample.data.variables.map((v) => (
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
        ))}
    </div>
  );
}
