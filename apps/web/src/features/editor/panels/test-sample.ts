import type { SampleDto } from '@fluxo/contracts';

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
 * How the receivers' preview and test send (which the API bases on the stored latest item, or
 * the connector's example) relate to data just read from the source:
 * - none: nothing was read afresh, or it is the same data: nothing to say;
 * - stored: they use an older stored item, not what was just read;
 * - nothing-stored: they have nothing to use yet (a polled source stores items in runs only).
 */
export type FreshSampleGap = 'none' | 'stored' | 'nothing-stored';

export function freshSampleGap(
  stored: SampleDto | undefined,
  fresh: SampleDto | undefined,
): FreshSampleGap {
  if (!fresh?.data) return 'none';
  if (!stored?.data) return 'nothing-stored';
  return JSON.stringify(stored.data) === JSON.stringify(fresh.data) ? 'none' : 'stored';
}

/** Variables for the mapping picker: the stored sample's, else those of data just read. */
export function mappingVariables(
  stored: SampleDto | undefined,
  fresh: SampleDto | undefined,
): SampleDto['variables'] | null {
  if (stored?.data) return stored.variables;
  if (fresh?.data) return fresh.variables;
  return null;
}
