import type { ConnectorManifest } from '@fluxo/contracts';
import type { ConnectorDefinition, OptionsLoader } from './connector';
import { addLoader } from './declare-step';

/**
 * Gives a connector declaration its type and gathers its steps' option loaders; a name that
 * two steps give to different loaders is a declaration error, thrown at start.
 */
export function defineConnector(
  declaration: Omit<ConnectorDefinition, 'optionLoaders'>,
): ConnectorDefinition {
  const optionLoaders: Record<string, OptionsLoader> = {};
  for (const step of [...declaration.sources, ...declaration.receivers]) {
    for (const [name, loader] of Object.entries(step.optionLoaders ?? {})) {
      addLoader(optionLoaders, name, loader, declaration.name);
    }
  }
  return { ...declaration, optionLoaders };
}

/** The declaration the API serves and the editor renders forms from (no functions). */
export function toManifest(connector: ConnectorDefinition): ConnectorManifest {
  return {
    key: connector.key,
    name: connector.name,
    description: connector.description,
    group: connector.group,
    logoSvg: connector.logoSvg,
    auth: connector.auth
      ? { fields: connector.auth.fields, ...(connector.auth.oauth2 ? { oauth2: true } : {}) }
      : null,
    sources: connector.sources.map((source) => ({
      key: source.key,
      name: source.name,
      description: source.description,
      kind: source.kind,
      fields: source.fields,
      ...(source.kind === 'instant' && source.requiresAccount ? { requiresAccount: true } : {}),
      ...(source.kind === 'polling' && source.newItemsRule
        ? { newItemsRule: source.newItemsRule }
        : {}),
    })),
    receivers: connector.receivers.map((receiver) => ({
      key: receiver.key,
      name: receiver.name,
      description: receiver.description,
      fields: receiver.fields,
      ...(receiver.fieldRules?.length ? { fieldRules: receiver.fieldRules } : {}),
      ...(receiver.statusCallback ? { reportsStatus: true } : {}),
      ...(receiver.dynamicFields ? { dynamicFields: receiver.dynamicFields } : {}),
      ...(receiver.outputs?.length ? { outputs: receiver.outputs } : {}),
    })),
    ...(connector.messenger ? { messengerChannel: connector.messenger.channel } : {}),
    ...(connector.phrases?.length
      ? { phrases: Object.fromEntries(connector.phrases.map((phrase) => [phrase, phrase])) }
      : {}),
  };
}
