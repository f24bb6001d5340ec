import { setupProblemsOf, type ConnectionDto, type SetupProblem } from '@fluxo/contracts';
import { useMemo } from 'react';
import { useConnectors } from '@/features/connectors/api/connectors.api';

/**
 * What the connection still needs, named in the user's language: the API's rule run again on the
 * connectors as the editor words them (the API names fields in English). The API's own list
 * stands in until the connectors are loaded.
 */
export function useSetupProblems(connection: ConnectionDto): SetupProblem[] {
  const connectors = useConnectors();
  return useMemo(
    () =>
      connectors.data
        ? setupProblemsOf(connection.steps, connectors.data)
        : (connection.setupProblems ?? []),
    [connection.steps, connection.setupProblems, connectors.data],
  );
}
