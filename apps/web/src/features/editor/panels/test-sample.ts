import type { ConnectionDto, SampleDto, TestSampleDto } from '@fluxo/contracts';

/**
 * The sample the source panel shows and the receivers' preview and test send use: the data just
 * read from the source ("Load from <System>") while the editor is open, else the stored one.
 */
export function shownSample(
  stored: SampleDto | undefined,
  fresh: SampleDto | null,
): SampleDto | undefined {
  return fresh ?? stored;
}

/**
 * What the source reads from: its system, action, account and settings. Data read before any of
 * them changed (another sheet, say) no longer stands for what a run would read.
 */
export function sourceSignature(connection: Pick<ConnectionDto, 'steps'>): string | null {
  const source = connection.steps.find((s) => s.role === 'source');
  if (!source) return null;
  return stableJson([source.connectorKey, source.actionKey, source.accountId, source.settings]);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
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
