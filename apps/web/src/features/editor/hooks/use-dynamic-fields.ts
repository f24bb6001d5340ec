import type {
  ConnectorManifest,
  FieldDefinition,
  Mapping,
  ReceiverManifest,
} from '@fluxo/contracts';
import { useMemo } from 'react';
import { useDynamicOptions } from '@/features/connectors/api/connectors.api';
import { dynamicFieldList, dynamicFieldsSettings } from '../panels/dynamic-fields';
import { useDebouncedValue } from './use-debounced-value';

const NO_FIELDS: FieldDefinition[] = [];

/**
 * The receiver's extra fields listed from the account (a sheet's columns): asked for once every
 * `dependsOn` value is in the mapping, and again when one of them or the account changes.
 */
export function useDynamicFields(
  connector: ConnectorManifest,
  receiver: ReceiverManifest,
  accountId: string | null,
  mapping: Mapping,
) {
  const declaration = receiver.dynamicFields;
  const settings = declaration ? dynamicFieldsSettings(declaration, mapping) : null;
  // A spreadsheet link typed or pasted by hand should not ask the server at every key.
  const current = JSON.stringify(settings);
  const settled = useDebouncedValue(current, 400);
  const settledSettings = JSON.parse(settled) as Record<string, string> | null;
  const options = useDynamicOptions(
    {
      connectorKey: connector.key,
      loader: declaration?.optionsLoader ?? '',
      accountId,
      settings: settledSettings ?? {},
      dependsOnValues: declaration?.dependsOn.map((key) => settledSettings?.[key] ?? null) ?? [],
    },
    Boolean(declaration && settings && settledSettings),
  );

  const staticKeys = useMemo(() => new Set(receiver.fields.map((f) => f.key)), [receiver.fields]);
  const waiting = settings === null;
  const settling = current !== settled;
  // Listed only when the answer is for the values in the mapping now.
  const listedOptions = !waiting && !settling && options.data ? options.data.options : null;
  const list = useMemo(
    () =>
      declaration
        ? dynamicFieldList(declaration, listedOptions ?? [], mapping, staticKeys)
        : { fields: NO_FIELDS, stale: [] },
    [declaration, listedOptions, mapping, staticKeys],
  );

  // The dependsOn fields still empty, by their labels, for "Fill in … first".
  const missing = declaration
    ? declaration.dependsOn
        .filter((key) => !mapping[key]?.trim())
        .map((key) => receiver.fields.find((f) => f.key === key)?.label ?? key)
    : [];

  return {
    declaration,
    waiting,
    missing,
    loading: !waiting && (settling || options.isFetching),
    error: waiting || settling ? null : options.error,
    retry: () => void options.refetch(),
    hint: listedOptions ? options.data?.hint : undefined,
    listed: listedOptions !== null,
    fields: list.fields,
    stale: list.stale,
  };
}

export type DynamicFieldsState = ReturnType<typeof useDynamicFields>;
