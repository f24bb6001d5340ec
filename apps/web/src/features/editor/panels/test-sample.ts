import type { SampleDto, TestSampleDto } from '@fluxo/contracts';

interface Loaded {
  data: SampleDto | undefined;
  /** When the query last got an answer (TanStack's dataUpdatedAt), 0 before any. */
  dataUpdatedAt: number;
}

/** The sample to show in the source panel: whichever of the stored and the fresh came last. */
export function latestSample(stored: Loaded, fresh: Loaded): SampleDto | undefined {
  if (fresh.data && fresh.dataUpdatedAt >= stored.dataUpdatedAt) return fresh.data;
  return stored.data ?? fresh.data;
}

/**
 * The body of the receivers' preview and test send. Data just read from the source ("Load from
 * <System>") is sent with them, since the API has not stored it; otherwise no body, and the API
 * uses the stored latest item, else the connector's example.
 */
export function testSampleBody(shown: SampleDto | undefined): TestSampleDto | undefined {
  if (shown?.origin !== 'fresh' || !shown.data) return undefined;
  return { sample: shown.data };
}

/** Variables for the mapping picker: those of the sample the preview uses, else any known. */
export function mappingVariables(
  shown: SampleDto | undefined,
  stored: SampleDto | undefined,
): SampleDto['variables'] | null {
  if (shown?.data) return shown.variables;
  if (stored?.data) return stored.variables;
  return null;
}
