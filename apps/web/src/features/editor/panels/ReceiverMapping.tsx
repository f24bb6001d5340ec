import type { ConnectionDto, ConnectorManifest, ReceiverManifest, StepDto } from '@fluxo/contracts';
import { useState } from 'react';
import { t } from '@/app/i18n/t';
import { fieldErrorText } from '@/app/outcome-errors';
import { InlineError } from '@/app/ui/states';
import { usePreview, useSample, useTestSend, useUpdateStep } from '../api/steps.api';
import { visibleFields } from '@/features/connectors/components/field-values';
import { useConnectors } from '@/features/connectors/api/connectors.api';
import { useDynamicFields } from '../hooks/use-dynamic-fields';
import { useFreshSample } from '../hooks/use-fresh-sample';
import { useMappingDraft } from '../hooks/use-mapping-draft';
import { DynamicMappingFields } from './DynamicMappingFields';
import { earlierOutputVariables, withEarlierOutputs } from './earlier-outputs';
import { MappingField, type FieldPreview } from './MappingField';
import { PanelSection } from './PanelSection';
import { ReceiverTestData } from './ReceiverTestData';
import { mappingVariables, shownSample as sampleInUse, testSampleBody } from './test-sample';

interface ReceiverMappingProps {
  connection: ConnectionDto;
  step: StepDto;
  connector: ConnectorManifest;
  receiver: ReceiverManifest;
  firstStep: number;
}

export function ReceiverMapping({
  connection,
  step,
  connector,
  receiver,
  firstStep,
}: ReceiverMappingProps) {
  const update = useUpdateStep(connection.id);
  const preview = usePreview(connection.id);
  const test = useTestSend(connection.id);
  const hasSource = connection.steps.some((s) => s.role === 'source');
  const sample = useSample(connection.id, hasSource);
  const draft = useMappingDraft(step, receiver.fields, receiver.dynamicFields?.keyPrefix);
  const dynamic = useDynamicFields(connector, receiver, step.accountId, draft.cleaned);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);
  // The mapping as it was when Preview was pressed: a field changed since shows it is outdated.
  const [previewedValues, setPreviewedValues] = useState<Record<string, string>>({});

  // Read from a polled source on demand; kept in the editor store for the source panel too. The
  // preview and test send use what the source panel shows, so the mapping offers its variables.
  const fresh = useFreshSample(connection);
  const shownSample = sampleInUse(sample.data, fresh);
  const connectors = useConnectors();
  // Earlier receivers' outputs are offered too: this receiver sends after them.
  const variables = withEarlierOutputs(
    mappingVariables(shownSample, sample.data),
    earlierOutputVariables(connection, step.id, connectors.data),
  );
  const previewErrors = Object.fromEntries(
    (preview.data?.errors ?? []).map((e) => [
      e.field,
      fieldErrorText(e, (key) => receiver.fields.find((f) => f.key === key)?.label ?? key),
    ]),
  );

  const previewOf = (key: string): FieldPreview | undefined => {
    if (!preview.data || preview.isPending) return undefined;
    return {
      value: preview.data.payload[key],
      outdated: (draft.values[key] ?? '') !== (previewedValues[key] ?? ''),
    };
  };

  const shown = visibleFields(receiver.fields, draft.values);
  const fieldContext = {
    connectorKey: connector.key,
    accountId: step.accountId,
    settings: draft.cleaned,
  };
  const changeValue = (key: string, value: string) => {
    setSaved(false);
    draft.setValue(key, value);
  };

  // The preview and the test send list the listed entries (a sheet's columns) by their labels.
  const testFields = dynamic.fields.length
    ? [...receiver.fields, ...dynamic.fields]
    : receiver.fields;

  const save = async () => {
    const nextMissing: Record<string, string> = {};
    for (const field of shown) {
      if (field.required && !draft.cleaned[field.key])
        nextMissing[field.key] = t('fields.required', { label: field.label });
    }
    setMissing(nextMissing);
    // Partial mappings are saved too: the user may finish later; the node shows "Needs setup".
    await update.mutateAsync({ stepId: step.id, mapping: draft.cleaned });
    setSaved(true);
  };

  const saveThen = async (action: () => void) => {
    try {
      if (draft.dirty) await save();
      action();
    } catch {
      // The save error is shown under the Save button.
    }
  };

  return (
    <>
      <PanelSection
        step={firstStep}
        title={t('mapping.title')}
        hint={t('mapping.hint', { receiver: connector.name })}
      >
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void save().catch(() => undefined);
          }}
        >
          {variables === null && (
            <p className="notice small" role="status">
              {sample.isPending && hasSource
                ? t('mapping.loadingVariables')
                : t('mapping.noVariables')}
            </p>
          )}
          {shown.map((field) => (
            <MappingField
              key={field.key}
              field={field}
              value={draft.values[field.key] ?? ''}
              onChange={(value) => changeValue(field.key, value)}
              variables={variables}
              error={previewErrors[field.key] ?? missing[field.key]}
              context={fieldContext}
              preview={previewOf(field.key)}
            />
          ))}
          <DynamicMappingFields
            dynamic={dynamic}
            values={draft.values}
            onChange={changeValue}
            variables={variables}
            errors={previewErrors}
            context={fieldContext}
            previewOf={previewOf}
          />
          <InlineError error={update.error} />
          <div className="actions actions--sticky">
            {/* Saving… shows in the top bar; here only whether this form's draft is saved. */}
            <button type="submit" className="btn btn--primary" disabled={update.isPending}>
              {t('mapping.save')}
            </button>
            <span className="saved">
              {draft.dirty ? t('mapping.unsaved') : saved ? t('common.saved') : ''}
            </span>
          </div>
        </form>
      </PanelSection>

      <PanelSection step={firstStep + 1} title={t('editor.testData')} hint={t('test.hint')}>
        <ReceiverTestData
          receiverName={connector.name}
          connector={connector}
          fields={testFields}
          outputs={receiver.outputs}
          hasSample={Boolean(sample.data?.data ?? fresh?.data)}
          preview={preview}
          test={test}
          onPreview={() =>
            void saveThen(() => {
              setPreviewedValues({ ...draft.values });
              preview.mutate({ stepId: step.id, body: testSampleBody(shownSample) });
            })
          }
          onTest={() =>
            void saveThen(() => test.mutate({ stepId: step.id, body: testSampleBody(shownSample) }))
          }
        />
      </PanelSection>
    </>
  );
}
