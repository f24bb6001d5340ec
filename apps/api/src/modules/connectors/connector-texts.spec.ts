import { describe, expect, it } from '@jest/globals';
import { textsOf, toManifest, TRANSLATED_LOCALES } from '@fluxo/connector-sdk';
import { BUILT_IN_CONNECTORS, ConnectorRegistry } from './connector-registry';

/** The {{ variables }} and {placeholders} of a text: a translation keeps every one of them. */
const tokensOf = (text: string) => (text.match(/\{\{[^}]*\}\}|\{\w+\}/g) ?? []).sort();

describe('Connector texts', () => {
  for (const connector of BUILT_IN_CONNECTORS) {
    describe(connector.name, () => {
      const texts = textsOf(toManifest(connector));

      it('should have every text a user reads in every language Fluxo speaks', () => {
        const untranslated = texts.filter((text) => !connector.translations?.[text]);

        expect(untranslated).toEqual([]);
      });

      it('should keep the variables of each text, and leave no translation empty', () => {
        const broken = texts.flatMap((text) =>
          TRANSLATED_LOCALES.filter((locale) => {
            const translated = connector.translations?.[text]?.[locale] ?? '';
            return !translated.trim() || tokensOf(translated).join() !== tokensOf(text).join();
          }).map((locale) => `${locale}: ${text}`),
        );

        expect(broken).toEqual([]);
      });

      it('should translate only what it declares', () => {
        const stale = Object.keys(connector.translations ?? {}).filter((t) => !texts.includes(t));

        expect(stale).toEqual([]);
      });
    });
  }
});

describe(ConnectorRegistry.name, () => {
  const sut = new ConnectorRegistry(null);

  it('should word the Portmone form in Ukrainian, keeping keys and values', () => {
    const portmone = sut.listIn('uk').find((c) => c.key === 'portmone');
    const receiver = portmone?.receivers.find((r) => r.key === 'send-invoice-email');
    const payer = receiver?.fields.find((f) => f.key === 'payerName');

    expect(receiver?.name).toBe('Створити й надіслати рахунок e-mail');
    expect(payer).toMatchObject({ key: 'payerName', label: 'Ім’я платника' });
    expect(portmone?.auth?.fields.map((f) => f.key)).toEqual(
      sut
        .list()
        .find((c) => c.key === 'portmone')
        ?.auth?.fields.map((f) => f.key),
    );
  });

  it('should keep English for English and serve each language from one worked-out copy', () => {
    expect(sut.listIn('en')).toBe(sut.list());
    expect(sut.listIn('nb')).toBe(sut.listIn('nb'));
    expect(sut.listIn('nb').find((c) => c.key === 'forms')?.name).toBe('Nettskjema');
  });
});
