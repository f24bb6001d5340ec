import type { ConnectionDto, VariableDto } from '@fluxo/contracts';
import { useSample } from '../api/steps.api';
import { mappingVariables, shownSample } from '../panels/test-sample';
import { useFreshSample } from './use-fresh-sample';

/**
 * The test item the editor judges a receiver's settings against (the one just read from the
 * source, else the stored one) and its variables for the pickers.
 */
export function useTestItem(connection: ConnectionDto): {
  item: Record<string, unknown> | null;
  variables: VariableDto[] | null;
} {
  const sample = useSample(
    connection.id,
    connection.steps.some((s) => s.role === 'source'),
  );
  const shown = shownSample(sample.data, useFreshSample(connection));
  return { item: shown?.data ?? null, variables: mappingVariables(shown, sample.data) };
}
