import type { ConnectionTemplateDto, ConnectorManifest } from '@fluxo/contracts';
import { afterEach, describe, expect, it } from '@jest/globals';
import { initLocale, setLocale } from '@/app/i18n/t';
import { templateText, usableTemplates } from './template-text';

function template(key: string, connectorKeys: string[] = ['payt', 'email']): ConnectionTemplateDto {
  return {
    key,
    name: `API name of ${key}`,
    description: `API description of ${key}`,
    connectorKeys,
    source: { connectorKey: connectorKeys[0], actionKey: 'postback', settings: {} },
    receivers: [],
  };
}

describe(templateText.name, () => {
  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  it('should translate a template this build knows by its key', async () => {
    initLocale({ languages: ['en'], storage: null });
    await setLocale('pt-BR');

    const text = templateText(template('mercado-pago-approved-sms'));

    expect(text.name).toBe('Pagamento aprovado no Mercado Pago → SMS');
    expect(text.description).toContain('Mercado Pago');
    expect(text.description).not.toBe('API description of mercado-pago-approved-sms');
  });

  it("should keep the API's text for a template this build does not know", () => {
    const text = templateText(template('woo-order-slack'));

    expect(text).toEqual({
      name: 'API name of woo-order-slack',
      description: 'API description of woo-order-slack',
    });
  });
});

describe(usableTemplates.name, () => {
  const installed = (...keys: string[]) => keys.map((key) => ({ key }) as ConnectorManifest);

  it('should leave out a template whose systems are not all installed', () => {
    const templates = [template('a', ['payt', 'email']), template('b', ['payt', 'portmone'])];

    expect(usableTemplates(templates, installed('payt', 'email')).map((t) => t.key)).toEqual(['a']);
  });

  it('should offer every template while the systems are still loading', () => {
    expect(usableTemplates([template('a')], undefined)).toHaveLength(1);
  });
});
