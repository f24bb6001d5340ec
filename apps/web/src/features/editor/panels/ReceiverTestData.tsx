import {
  INSTANCE_MAIL_ACCOUNT,
  outputsFromResponse,
  type ConnectorManifest,
  type FieldDefinition,
  type OutputField,
  type PreviewDto,
  type TestSendResultDto,
} from '@fluxo/contracts';
import { useEffect, useRef } from 'react';
import { skipWords } from '../conditions/describe-rule';
import { t } from '@/app/i18n/t';
import { fieldErrorText, outcomeErrorText } from '@/app/outcome-errors';
import { InlineError } from '@/app/ui/states';
import { useAccounts } from '@/features/accounts/api/accounts.api';
import { connectorMessageText } from '@/features/connectors/connector-messages';
import { ReportedOutputs } from '@/features/runs/components/ReportedOutputs';
import { displayValue } from './mapping-values';

/** Shows payload values under the receiver's field labels; unknown keys keep their key. */
export function PayloadList({
  payload,
  fields,
}: {
  payload: Record<string, unknown>;
  fields: FieldDefinition[];
}) {
  // An account field holds the account's id: show the name the user gave it.
  const accounts = useAccounts();
  const accountName = (id: unknown) =>
    id === INSTANCE_MAIL_ACCOUNT
      ? t('fields.instanceMail')
      : accounts.data?.find((a) => a.id === id)?.name;
  const known = fields.filter((f) => f.key in payload);
  const extra = Object.keys(payload).filter((k) => !fields.some((f) => f.key === k));
  const rows = [
    ...known.map((f) => [f.label, payload[f.key], f] as const),
    ...extra.map((k) => [k, payload[k], undefined] as const),
  ];
  if (rows.length === 0) return <p className="muted small">{t('test.emptyPayload')}</p>;
  return (
    <dl className="payload">
      {rows.map(([label, value, field]) => (
        <div key={label} className="payload__row">
          <dt>{label}</dt>
          <dd className="wrap">
            {(field?.type === 'account' && accountName(value)) || displayValue(value, field)}
          </dd>
        </div>
      ))}
    </dl>
  );
}

interface ReceiverTestDataProps {
  receiverName: string;
  /** Words the receiver's own messages (a refused send) in the user's language. */
  connector?: Pick<ConnectorManifest, 'phrases'>;
  fields: FieldDefinition[];
  /** What the receiver reports for later receivers, shown by its labels after a test send. */
  outputs?: OutputField[];
  hasSample: boolean;
  preview: { data?: PreviewDto; error: unknown; isPending: boolean };
  test: { data?: TestSendResultDto; error: unknown; isPending: boolean };
  onPreview: () => void;
  onTest: () => void;
}

export function ReceiverTestData({
  receiverName,
  connector,
  fields,
  outputs,
  hasSample,
  preview,
  test,
  onPreview,
  onTest,
}: ReceiverTestDataProps) {
  const labelOf = (key: string) => fields.find((f) => f.key === key)?.label ?? key;
  const previewRef = useResultInView(preview.data);
  const testRef = useResultInView(test.data);
  return (
    <div className="stack">
      {!hasSample && (
        <div className="notice" role="status">
          {t('test.needSample')}
        </div>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={onPreview} disabled={preview.isPending}>
          {preview.isPending ? t('test.previewing') : t('test.preview')}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          onClick={onTest}
          disabled={test.isPending}
        >
          {test.isPending ? t('test.sending') : t('test.send', { receiver: receiverName })}
        </button>
      </div>

      <InlineError error={preview.error} />
      {preview.data && (
        <section
          ref={previewRef}
          className="result"
          aria-label={t('test.previewTitle')}
          aria-live="polite"
        >
          <h4 className="result__title">{t('test.previewTitle')}</h4>
          {preview.data.errors.length > 0 ? (
            <div className="notice notice--bad" role="alert">
              <p>{t('test.previewHasErrors')}</p>
              <ul>
                {preview.data.errors.map((e) => (
                  <li key={e.field + e.message}>
                    <strong>{labelOf(e.field)}:</strong> {fieldErrorText(e, labelOf)}
                  </li>
                ))}
              </ul>
            </div>
          ) : preview.data.skipped ? (
            <p className="notice" role="status">
              {t('test.previewSkipped', { reason: skipWords(preview.data.skipped) })}
            </p>
          ) : (
            <p className="small" role="status">
              {t('test.previewOk')}
            </p>
          )}
          <PayloadList payload={preview.data.payload} fields={fields} />
        </section>
      )}

      <InlineError error={test.error} />
      {test.data && (
        <section ref={testRef} className="result" aria-label={t('test.resultTitle')}>
          {test.data.ok ? (
            <div className="notice notice--ok" role="status">
              <strong>{t('test.sentOk', { receiver: receiverName })}</strong>
              {test.data.skipped && (
                <p className="small">
                  {t('test.sentDespiteConditions', { reason: skipWords(test.data.skipped) })}
                </p>
              )}
            </div>
          ) : (
            <div className="notice notice--bad" role="alert">
              <strong>{t('test.sentFailed')}</strong>{' '}
              {test.data.errors?.length
                ? test.data.errors
                    .map((e) => `${labelOf(e.field)}: ${fieldErrorText(e, labelOf)}`)
                    .join('; ')
                : test.data.error
                  ? outcomeErrorText(connectorMessageText(connector, test.data.error))
                  : t('errors.unexpected')}
            </div>
          )}
          {test.data.response &&
            (Object.keys(outputsFromResponse(outputs ?? [], test.data.response)).length > 0 ? (
              // The answer by the labels later receivers map it with; the raw answer folded.
              <>
                <ReportedOutputs declared={outputs} response={test.data.response} />
                <details>
                  <summary>{t('test.response', { receiver: receiverName })}</summary>
                  <PayloadList payload={test.data.response} fields={[]} />
                </details>
              </>
            ) : (
              <>
                <h4 className="result__title">{t('test.response', { receiver: receiverName })}</h4>
                <PayloadList payload={test.data.response} fields={[]} />
              </>
            ))}
          <details>
            <summary>{t('test.whatWasSent')}</summary>
            <PayloadList payload={test.data.payload} fields={fields} />
          </details>
        </section>
      )}
    </div>
  );
}

/**
 * A new result is brought into view (it renders below the buttons, often below the fold of the
 * panel); its live region or status notice announces it.
 */
function useResultInView(result: unknown) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (result) ref.current?.scrollIntoView?.({ behavior: 'smooth', block: 'nearest' });
  }, [result]);
  return ref;
}
