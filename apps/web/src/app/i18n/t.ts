import { useSyncExternalStore } from 'react';
import { en } from './en';
import {
  DEFAULT_LOCALE,
  detectLocale,
  isLocale,
  resolveFormatLocale,
  type Locale,
} from './locales';
import type { Message, MessageKey, Messages, PluralMessage } from './messages';

export type { Locale } from './locales';
export type { MessageKey } from './messages';
type Params = Record<string, string | number>;

/**
 * English ships in the main bundle: it is the fallback for every message and the source of the
 * key type. The other languages are separate chunks, fetched when chosen.
 */
export const dictionaryLoaders: Record<Locale, () => Promise<Messages>> = {
  en: () => Promise.resolve(en),
  'pt-BR': () => import('./pt-BR').then((m) => m.ptBR),
  es: () => import('./es').then((m) => m.es),
  uk: () => import('./uk').then((m) => m.uk),
  nb: () => import('./nb').then((m) => m.nb),
};

const loaded: Partial<Record<Locale, Messages>> = { en };

export const LOCALE_STORAGE_KEY = 'fluxo.locale';

interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

interface LocaleState {
  locale: Locale;
  /** The tag `Intl` formats dates, numbers and money with, e.g. `es-AR` for Spanish in Argentina. */
  formatLocale: string;
}

let languages: readonly string[] = [];
let storage: KeyValueStorage | null = null;
let state: LocaleState = { locale: DEFAULT_LOCALE, formatLocale: DEFAULT_LOCALE };
const listeners = new Set<() => void>();
/** The language asked for last; a slower earlier load must not switch over it. */
let requested: Locale = DEFAULT_LOCALE;
let ready: Promise<void> = Promise.resolve();

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  if (navigator.languages?.length) return navigator.languages;
  return navigator.language ? [navigator.language] : [];
}

function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some privacy modes throw on access; the choice then lasts until the tab closes.
    return null;
  }
}

function readSaved(): string | null {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
}

function apply(locale: Locale) {
  state = { locale, formatLocale: resolveFormatLocale(locale, languages) };
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
  for (const listener of listeners) listener();
}

/** Fetches a language's messages once; false when its chunk cannot be loaded. */
export async function preloadLocale(locale: Locale): Promise<boolean> {
  if (loaded[locale]) return true;
  try {
    loaded[locale] = await dictionaryLoaders[locale]();
    return true;
  } catch {
    // Offline, or a deploy replaced the chunk: the screen stays in the language it is in.
    return false;
  }
}

/**
 * Switches once the messages are there, so a screen never mixes two languages. A language
 * already loaded switches at once (synchronously).
 */
function switchTo(locale: Locale): Promise<void> {
  requested = locale;
  if (loaded[locale]) {
    apply(locale);
    ready = Promise.resolve();
  } else {
    ready = preloadLocale(locale).then((ok) => {
      if (ok && requested === locale) apply(locale);
    });
  }
  return ready;
}

/**
 * Picks the starting language: the user's saved choice, then the browser's languages, then
 * English. Runs once on load with the browser's values; tests pass their own.
 */
export function initLocale(
  env: { languages?: readonly string[]; storage?: KeyValueStorage | null } = {},
): Locale {
  languages = env.languages ?? browserLanguages();
  storage = env.storage === undefined ? browserStorage() : env.storage;
  const locale = detectLocale(readSaved(), languages);
  void switchTo(locale);
  return locale;
}

/** Resolves when the language picked last is shown (or could not be loaded). */
export function whenLocaleReady(): Promise<void> {
  return ready;
}

/**
 * Switches the language, remembers the choice and re-renders every `useLocale` subscriber once
 * the language's messages have loaded.
 */
export function setLocale(locale: Locale): Promise<void> {
  if (!isLocale(locale)) return Promise.resolve();
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Full or blocked storage: the switch still works for this visit.
  }
  if (locale === state.locale) {
    requested = locale;
    return Promise.resolve();
  }
  return switchTo(locale);
}

export function getLocale(): Locale {
  return state.locale;
}

export function getFormatLocale(): string {
  return state.formatLocale;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language; the component re-renders when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribe, getLocale, getLocale);
}

/** `t` for components that should re-render on a language switch by themselves. */
export function useT(): typeof t {
  useLocale();
  return t;
}

/** Picks the plural form for `params.n` and fills `{name}` placeholders. */
export function formatMessage(message: Message, locale: Locale, params?: Params): string {
  const text = typeof message === 'string' ? message : pluralForm(message, locale, params?.n);
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function pluralForm(message: PluralMessage, locale: Locale, count: unknown): string {
  const n = Number(count);
  if (count === undefined || !Number.isFinite(n)) return message.other;
  return message[new Intl.PluralRules(locale).select(n)] ?? message.other;
}

/** A message in `locale`; falls back to English, then to the key itself. */
export function translate(locale: Locale, key: MessageKey, params?: Params): string {
  const message: Message | undefined = loaded[locale]?.[key] ?? en[key];
  return message === undefined ? key : formatMessage(message, locale, params);
}

/** Whether `key` names a message, for keys built at run time (a template's key). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Looks a message up in the current language and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Params): string {
  return translate(state.locale, key, params);
}

initLocale();
