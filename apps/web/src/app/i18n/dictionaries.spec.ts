import { beforeAll, describe, expect, it } from '@jest/globals';
import { en } from './en';
import { LOCALES, type Locale } from './locales';
import type { Message, MessageKey, Messages } from './messages';
import { dictionaryLoaders } from './t';

// Values allowed to read exactly like the English: names and words these languages share.
// Anything else equal to English is a string somebody forgot to translate.
const SAME_AS_ENGLISH: Record<Exclude<Locale, 'en'>, readonly MessageKey[]> = {
  'pt-BR': [
    'audit.byFluxo',
    'members.role.editor',
    // "{system} › {field}: “{before}” → “{after}”" has no words of its own.
    'versions.field',
    'setup.quotedLabel',
    'queue.toUnknown',
    'app.name',
    'errors.quoted',
    'auth.email',
    'group.email',
    'runs.item',
    'queue.colItem',
    'duration.ms',
    'duration.s',
    'duration.min',
    'conditions.rule',
    'conditions.ruleNoValue',
  ],
  es: [
    'audit.byFluxo',
    'members.role.editor',
    'versions.field',
    'queue.toUnknown',
    'app.name',
    'common.no',
    'editor.variable',
    'conditions.variable',
    'conditions.rule',
    'conditions.ruleNoValue',
    'runs.error',
    'duration.ms',
    'duration.s',
    'duration.min',
  ],
  uk: ['audit.byFluxo', 'queue.toUnknown', 'app.name', 'conditions.rule', 'conditions.ruleNoValue'],
  nb: [
    'audit.byFluxo',
    'audit.person',
    'members.nav',
    'members.title',
    'queue.toUnknown',
    'app.name',
    'editor.system',
    'runs.colStatus',
    'cause.test',
    'duration.ms',
    'duration.s',
    'duration.min',
    'conditions.rule',
    'conditions.ruleNoValue',
  ],
};

const englishKeys = Object.keys(en).sort();
const translated = LOCALES.filter((locale): locale is Exclude<Locale, 'en'> => locale !== 'en');

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function placeholders(message: Message): string[] {
  const names = forms(message).flatMap((form) => [...form.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
  return [...new Set(names)].sort();
}

// Loaded the way the app loads them: English bundled, the others through their chunks.
const dictionaries = {} as Record<Locale, Messages>;

describe('dictionaries', () => {
  beforeAll(async () => {
    for (const locale of LOCALES) dictionaries[locale] = await dictionaryLoaders[locale]();
  });

  it('should have a dictionary for every supported locale', () => {
    expect(Object.keys(dictionaryLoaders).sort()).toEqual([...LOCALES].sort());
    expect(Object.keys(dictionaries).sort()).toEqual([...LOCALES].sort());
  });

  it.each(LOCALES)('should give %s exactly the keys of English', (locale) => {
    expect(Object.keys(dictionaries[locale]).sort()).toEqual(englishKeys);
  });

  it.each(LOCALES)('should keep every {placeholder} of the English in %s', (locale) => {
    const mismatches = englishKeys.filter((key) => {
      const k = key as MessageKey;
      return placeholders(dictionaries[locale][k]).join() !== placeholders(en[k]).join();
    });
    expect(mismatches).toEqual([]);
  });

  it.each(LOCALES)('should have no empty message in %s', (locale) => {
    const empty = Object.entries(dictionaries[locale])
      .filter(([, message]) => forms(message).some((form) => form.trim() === ''))
      .map(([key]) => key);
    expect(empty).toEqual([]);
  });

  it.each(translated)('should translate every message into %s', (locale) => {
    const allowed = new Set<string>(SAME_AS_ENGLISH[locale]);
    const untranslated = englishKeys.filter((key) => {
      const k = key as MessageKey;
      return !allowed.has(key) && forms(dictionaries[locale][k]).join() === forms(en[k]).join();
    });
    expect(untranslated).toEqual([]);
  });

  it.each(translated)('should only allow-list %s messages that really match English', (locale) => {
    const stale = SAME_AS_ENGLISH[locale].filter(
      (key) => forms(dictionaries[locale][key]).join() !== forms(en[key]).join(),
    );
    expect(stale).toEqual([]);
  });

  it.each(LOCALES)('should give every counted %s message the plural forms it needs', (locale) => {
    const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const missing = Object.entries(dictionaries[locale]).flatMap(([key, message]) =>
      typeof message === 'string'
        ? []
        : needed.filter((category) => !(category in message)).map((c) => `${key}.${c}`),
    );
    expect(missing).toEqual([]);
  });
});
