import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import {
  formatMessage,
  getLocale,
  initLocale,
  LOCALE_STORAGE_KEY,
  setLocale,
  t,
  translate,
  whenLocaleReady,
  type MessageKey,
} from './t';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => void values.set(key, value),
  };
}

describe('i18n runtime', () => {
  beforeEach(() => {
    document.documentElement.lang = '';
  });

  afterEach(() => {
    initLocale({ languages: [], storage: null });
  });

  describe(initLocale.name, () => {
    it('should start from the saved choice', () => {
      const storage = memoryStorage({ [LOCALE_STORAGE_KEY]: 'nb' });
      expect(initLocale({ languages: ['uk-UA'], storage })).toBe('nb');
    });

    it('should start from the browser languages when nothing is saved', async () => {
      expect(initLocale({ languages: ['uk-UA', 'en'], storage: memoryStorage() })).toBe('uk');
      await whenLocaleReady();
      expect(getLocale()).toBe('uk');
      expect(document.documentElement.lang).toBe('uk');
    });

    it('should start in English for an English browser', () => {
      expect(initLocale({ languages: ['en-US'], storage: memoryStorage() })).toBe('en');
      expect(t('nav.connections')).toBe('Connections');
      expect(document.documentElement.lang).toBe('en');
    });

    it('should survive a storage that throws', async () => {
      const storage = {
        getItem: () => {
          throw new Error('blocked');
        },
        setItem: () => {
          throw new Error('blocked');
        },
      };
      expect(initLocale({ languages: ['es-MX'], storage })).toBe('es');
      await expect(setLocale('uk')).resolves.toBeUndefined();
      expect(getLocale()).toBe('uk');
    });
  });

  describe(setLocale.name, () => {
    it('should switch t(), remember the choice and update <html lang>', async () => {
      const storage = memoryStorage();
      initLocale({ languages: ['en-US'], storage });

      await setLocale('pt-BR');

      expect(t('nav.connections')).toBe('Conexões');
      expect(storage.getItem(LOCALE_STORAGE_KEY)).toBe('pt-BR');
      expect(document.documentElement.lang).toBe('pt-BR');
      expect(initLocale({ languages: ['en-US'], storage })).toBe('pt-BR');
    });

    it('should fill placeholders in the new language', async () => {
      initLocale({ languages: ['uk'], storage: null });
      await whenLocaleReady();
      expect(t('connections.deleteNamed', { name: 'Замовлення' })).toBe('Видалити «Замовлення»');
    });
  });

  describe('lazy dictionaries', () => {
    it('should end in the language chosen last when choices overlap', async () => {
      initLocale({ languages: ['en'], storage: null });

      const slow = setLocale('nb');
      await setLocale('en');
      await slow;

      expect(getLocale()).toBe('en');
      expect(t('nav.connections')).toBe('Connections');
    });

    it('should tell when a language is ready after starting in it', async () => {
      initLocale({ languages: ['nb-NO'], storage: null });
      await whenLocaleReady();
      expect(t('nav.connections')).not.toBe('Connections');
    });
  });

  describe(translate.name, () => {
    it('should return the key for a message no dictionary has', () => {
      expect(translate('uk', 'status.unknown' as MessageKey)).toBe('status.unknown');
    });
  });

  describe(formatMessage.name, () => {
    const connections = {
      one: '{n} з’єднання',
      few: '{n} з’єднання',
      many: '{n} з’єднань',
      other: '{n} з’єднання',
    };

    it('should pick the Ukrainian plural form for the count', () => {
      expect(formatMessage(connections, 'uk', { n: 1 })).toBe('1 з’єднання');
      expect(formatMessage(connections, 'uk', { n: 5 })).toBe('5 з’єднань');
      expect(formatMessage(connections, 'uk', { n: 11 })).toBe('11 з’єднань');
      expect(formatMessage(connections, 'uk', { n: 22 })).toBe('22 з’єднання');
    });

    it('should pick one and other in English and fall back to other without a count', () => {
      const runs = { one: '{n} run', other: '{n} runs' };
      expect(formatMessage(runs, 'en', { n: 1 })).toBe('1 run');
      expect(formatMessage(runs, 'en', { n: 0 })).toBe('0 runs');
      expect(formatMessage(runs, 'en')).toBe('{n} runs');
    });

    it('should leave unknown placeholders visible', () => {
      expect(formatMessage('Hi {name} {other}', 'en', { name: 'Ana' })).toBe('Hi Ana {other}');
    });
  });
});
