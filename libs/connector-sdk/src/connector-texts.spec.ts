import { describe, expect, it } from '@jest/globals';
import type { ConnectorManifest } from '@fluxo/contracts';
import { isTranslatable, localizeManifest, textsOf } from './connector-texts';

const manifest: ConnectorManifest = {
  key: 'shop',
  name: 'Shop',
  description: 'Sells things.',
  group: 'http',
  logoSvg: '<svg/>',
  auth: null,
  sources: [],
  receivers: [
    {
      key: 'send',
      name: 'Send',
      description: 'Sends a thing.',
      fields: [
        {
          key: 'size',
          label: 'Size',
          type: 'select',
          required: true,
          options: [{ value: 'Small', label: 'Small' }],
          placeholder: 'https://shop.example.com',
        },
      ],
    },
  ],
};

const translations = {
  Send: { 'pt-BR': 'Enviar', es: 'Enviar', uk: 'Надіслати', nb: 'Send' },
  Size: { 'pt-BR': 'Tamanho', es: 'Talla', uk: 'Розмір', nb: 'Størrelse' },
  Small: { 'pt-BR': 'Pequeno', es: 'Pequeña', uk: 'Малий', nb: 'Liten' },
};

describe(localizeManifest.name, () => {
  it('should word what a user reads and keep keys, values and what has no translation', () => {
    const sut = localizeManifest(manifest, translations, 'uk');
    const [receiver] = sut.receivers;

    expect(receiver).toMatchObject({
      key: 'send',
      name: 'Надіслати',
      description: 'Sends a thing.',
    });
    expect(receiver.fields[0]).toMatchObject({
      key: 'size',
      label: 'Розмір',
      options: [{ value: 'Small', label: 'Малий' }],
    });
    expect(manifest.receivers[0].name).toBe('Send');
  });

  it('should give English back as it is', () => {
    expect(localizeManifest(manifest, translations, 'en')).toBe(manifest);
  });
});

describe(textsOf.name, () => {
  it('should list each text once, leaving out addresses, codes and numbers', () => {
    expect(textsOf(manifest)).toEqual([
      'Shop',
      'Sells things.',
      'Send',
      'Sends a thing.',
      'Size',
      'Small',
    ]);
    expect(['UAH', '97.50', 'AC…', 'ana@example.com', '{ "a": 1 }'].filter(isTranslatable)).toEqual(
      [],
    );
  });
});
