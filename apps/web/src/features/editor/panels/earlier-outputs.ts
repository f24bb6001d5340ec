import {
  outputVariablePath,
  type ConnectionDto,
  type ConnectorManifest,
  type VariableDto,
} from '@fluxo/contracts';

/**
 * What the receivers drawn before `stepId` report after sending, as variables its mapping may
 * use; each preview names the receiver ("1. Send e-mail · Message-ID: <example>").
 */
export function earlierOutputVariables(
  connection: ConnectionDto,
  stepId: string,
  connectors: readonly ConnectorManifest[] | undefined,
): VariableDto[] {
  const receivers = connection.steps.filter((s) => s.role === 'receiver');
  const own = receivers.findIndex((s) => s.id === stepId);
  return receivers.slice(0, Math.max(own, 0)).flatMap((earlier, index) => {
    const manifest = connectors
      ?.find((c) => c.key === earlier.connectorKey)
      ?.receivers.find((r) => r.key === earlier.actionKey);
    return (manifest?.outputs ?? []).map((output) => ({
      path: outputVariablePath(earlier.id, output.key),
      preview: `${index + 1}. ${manifest?.name} · ${output.label}: ${output.example}`,
    }));
  });
}

/** The item's variables, then the earlier receivers' outputs; null while there are neither. */
export function withEarlierOutputs(
  variables: VariableDto[] | null,
  outputs: VariableDto[],
): VariableDto[] | null {
  if (!outputs.length) return variables;
  return [...(variables ?? []), ...outputs];
}
