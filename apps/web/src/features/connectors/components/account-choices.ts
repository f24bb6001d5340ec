import type { AccountDto, ConnectorManifest, FieldOfType, FieldOption } from '@fluxo/contracts';

/**
 * The accounts an `account` field offers: those of its `accountConnectors` (every account when
 * it names none), labelled with the system's name when several systems are allowed.
 */
export function accountChoices(
  field: Pick<FieldOfType<'account'>, 'accountConnectors'>,
  accounts: AccountDto[],
  connectors: ConnectorManifest[],
): FieldOption[] {
  const allowed = field.accountConnectors;
  const matching = accounts.filter((a) => allowed.length === 0 || allowed.includes(a.connectorKey));
  const severalSystems = new Set(matching.map((a) => a.connectorKey)).size > 1;
  return matching.map((a) => {
    const system = connectors.find((c) => c.key === a.connectorKey)?.name ?? a.connectorKey;
    return { value: a.id, label: severalSystems ? `${a.name} (${system})` : a.name };
  });
}
