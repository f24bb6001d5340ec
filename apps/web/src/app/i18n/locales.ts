/** The languages Fluxo speaks. English is the fallback for everything. */
export const LOCALES = ['en', 'pt-BR', 'es', 'uk', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language named in itself, so a user who switched by mistake can find their way back. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
  es: 'Español',
  uk: 'Українська',
  nb: 'Norsk bokmål',
};

// Dates and numbers follow the user's region when the browser tells us one of the same language
// (es-AR and es-MX differ); otherwise these defaults. es-419 is CLDR's Latin-American Spanish.
const DEFAULT_FORMAT_LOCALE: Record<Locale, string> = {
  en: 'en',
  'pt-BR': 'pt-BR',
  es: 'es-419',
  uk: 'uk',
  nb: 'nb',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function languageOf(tag: string): string {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  // Norwegian browsers say "no", "nb" or "nn"; all of them read Bokmål.
  return language === 'no' || language === 'nn' ? 'nb' : language;
}

/** The supported locale for one browser language tag: exact match first, then same language. */
export function matchLocale(tag: string): Locale | null {
  const exact = LOCALES.find((locale) => locale.toLowerCase() === tag.trim().toLowerCase());
  if (exact) return exact;
  const language = languageOf(tag);
  return LOCALES.find((locale) => languageOf(locale) === language) ?? null;
}

/** Saved choice → the browser's preferred languages in order → English. */
export function detectLocale(
  saved: string | null | undefined,
  languages: readonly string[],
): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of languages) {
    const match = matchLocale(tag);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

/** The BCP 47 tag `Intl` formats with for `locale`, given the browser's languages. */
export function resolveFormatLocale(locale: Locale, languages: readonly string[]): string {
  const regional = languages.find(
    (tag) => tag.includes('-') && languageOf(tag) === languageOf(locale) && isValidTag(tag),
  );
  // Our pt-BR is Brazilian; a pt-PT browser still gets Brazilian text, so keep Brazilian formats.
  if (locale === 'pt-BR' || !regional) return DEFAULT_FORMAT_LOCALE[locale];
  return regional;
}

function isValidTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
