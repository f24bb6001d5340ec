import type { FieldDefinition } from '@fluxo/contracts';
import { t } from '@/app/i18n/t';
import { prettyJson } from '@/app/ui/format';
import { PayloadList } from '@/features/editor/panels/ReceiverTestData';

/**
 * A delivery's payload as the receiver's form names it ("Subject", not `subject`), as the
 * editor's preview shows it; the raw JSON stays one click away for whoever needs it.
 */
export function PayloadFields({
  payload,
  fields,
}: {
  payload: Record<string, unknown> | null;
  fields: readonly FieldDefinition[] | undefined;
}) {
  return (
    <>
      <PayloadList payload={payload ?? {}} fields={[...(fields ?? [])]} />
      <details>
        <summary>{t('runs.rawData')}</summary>
        <pre className="json">{prettyJson(payload)}</pre>
      </details>
    </>
  );
}
