import type { ConnectionTemplateDto, ConnectorManifest } from '@fluxo/contracts';
import { isMessageKey, t } from '@/app/i18n/t';

type TemplateTextSource = Pick<ConnectionTemplateDto, 'key' | 'name' | 'description'>;

/**
 * A template's name and description in the user's language. Templates ship with the server, so
 * one this build does not know yet keeps the API's English text.
 */
export function templateText(template: TemplateTextSource): { name: string; description: string } {
  const nameKey = `template.${template.key}.name`;
  const descriptionKey = `template.${template.key}.description`;
  return {
    name: isMessageKey(nameKey) ? t(nameKey) : template.name,
    description: isMessageKey(descriptionKey) ? t(descriptionKey) : template.description,
  };
}

/**
 * Templates every system of which this server offers; a template naming a connector that is not
 * installed would fail on use. Until the manifests are known, all of them.
 */
export function usableTemplates(
  templates: ConnectionTemplateDto[],
  connectors: ConnectorManifest[] | undefined,
): ConnectionTemplateDto[] {
  if (!connectors) return templates;
  const installed = new Set(connectors.map((c) => c.key));
  return templates.filter((template) => template.connectorKeys.every((key) => installed.has(key)));
}
