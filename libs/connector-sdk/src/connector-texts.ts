import { fillSentence, type ConnectorManifest } from '@fluxo/contracts';

/** The languages Fluxo's users read first, besides English (the language of declarations). */
export const TRANSLATED_LOCALES = ['pt-BR', 'es', 'uk', 'nb'] as const;
export type TranslatedLocale = (typeof TRANSLATED_LOCALES)[number];
export type ConnectorLocale = 'en' | TranslatedLocale;

/** One text in every translated language. */
export type TextTranslations = Readonly<Record<TranslatedLocale, string>>;

/**
 * A connector's words in every language Fluxo speaks, keyed by the English text it declares
 * (as gettext does: declarations stay plain English and readable). A language left out fails
 * typecheck; a declared text left out fails the connector texts spec.
 */
export type ConnectorTranslations = Readonly<Record<string, TextTranslations>>;

/** For names and codes that read the same in every language (brands, currencies). */
export function sameInEveryLanguage(text: string): TextTranslations {
  return { 'pt-BR': text, es: text, uk: text, nb: text };
}

/** The manifest keys whose string values a user reads. */
const TEXT_KEYS: ReadonlySet<string> = new Set([
  'name',
  'description',
  'label',
  'help',
  'placeholder',
  'newItemsRule',
]);

/**
 * Not words, so never translated: addresses, e-mails, numbers and dates, codes ("UAH", "POST"),
 * the start of a key ("AC…") and JSON examples.
 */
const NOT_WORDS =
  /^(https?:\/\/\S+|\S+@\S+\.\S+|[\d\s.,:+#\-/]+|[A-Z]{2,6}|[\w-]+…|\{\s*"[\s\S]*\})$/;

export function isTranslatable(text: string): boolean {
  return text.trim() !== '' && !NOT_WORDS.test(text.trim());
}

/** Every text of a manifest a user reads, once each, in declaration order. */
export function textsOf(manifest: ConnectorManifest): string[] {
  const texts = new Set<string>();
  walkTexts(manifest, (text) => {
    if (isTranslatable(text)) texts.add(text);
    return text;
  });
  for (const phrase of Object.keys(manifest.phrases ?? {})) texts.add(phrase);
  return [...texts];
}

/**
 * A message a connector writes from one of its declared phrases: the phrase's `{name}` parts
 * filled in. It stays English for logs and history; the editor recognises the phrase and words it.
 */
export function phrase(template: string, params: Readonly<Record<string, string | number>> = {}) {
  return fillSentence(template, params);
}

/** The manifest in `locale`: each text through the catalog, English where it has none. */
export function localizeManifest(
  manifest: ConnectorManifest,
  translations: ConnectorTranslations | undefined,
  locale: ConnectorLocale,
): ConnectorManifest {
  if (locale === 'en' || !translations) return manifest;
  const worded = walkTexts(manifest, (text) => translations[text]?.[locale] ?? text);
  if (!manifest.phrases) return worded;
  const phrases = Object.fromEntries(
    Object.keys(manifest.phrases).map((english) => [
      english,
      translations[english]?.[locale] ?? english,
    ]),
  );
  return { ...worded, phrases };
}

function walkTexts<T>(node: T, translate: (text: string) => string): T {
  if (Array.isArray(node)) return node.map((child) => walkTexts(child, translate)) as T;
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    copy[key] =
      typeof value === 'string'
        ? TEXT_KEYS.has(key)
          ? translate(value)
          : value
        : walkTexts(value, translate);
  }
  return copy as T;
}
