import { outputsFromResponse, type DeliveryDto, type OutputField } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';

/** What the receiver reported that later receivers may map, by its labels. */
export function ReportedOutputs({
  declared,
  response,
}: {
  declared: OutputField[] | undefined;
  response: DeliveryDto['response'];
}) {
  const values = outputsFromResponse(declared ?? [], response);
  const shown = (declared ?? []).filter((output) => output.key in values);
  if (!shown.length) return null;
  return (
    <div>
      <h3 className="result__title">{t('runs.outputs')}</h3>
      <dl className="outputs">
        {shown.map((output) => (
          <div key={output.key}>
            <dt>{output.label}</dt>
            <dd>
              {typeof values[output.key] === 'string'
                ? (values[output.key] as string)
                : JSON.stringify(values[output.key])}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
