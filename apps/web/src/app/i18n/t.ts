import { useSyncExternalStore } from 'react';
import { en } from './en';
import { es } from './es';
import {
  DEFAULT_LOCALE,
  detectLocale,
  isLocale,
  resolveFormatLocale,
  type Locale,
} from './locales';
import type { Message, MessageKey, Messages, PluralMessage } from './messages';
import { nb } from './nb';
import { ptBR } from './pt-BR';
import { uk } from './uk';

export type { Locale } from './locales';
export type { MessageKey } from './messages';
type Params = Record<string, string | number>;

export const dictionaries: Record<Locale, Messages> = { en, 'pt-BR': ptBR, es, uk, nb };

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

/**
 * Picks the starting language: the user's saved choice, then the browser's languages, then
 * English. Runs once on load with the browser's values; tests pass their own.
 */
export function initLocale(
  env: { languages?: readonly string[]; storage?: KeyValueStorage | null } = {},
): Locale {
  languages = env.languages ?? browserLanguages();
  storage = env.storage === undefined ? browserStorage() : env.storage;
  apply(detectLocale(readSaved(), languages));
  return state.locale;
}

/** Switches the language, remembers the choice and re-renders every `useLocale` subscriber. */
export function setLocale(locale: Locale) {
  if (!isLocale(locale)) return;
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // Full or blocked storage: the switch still works for this visit.
  }
  if (locale !== state.locale) apply(locale);
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
  const message: Message | undefined = dictionaries[locale][key] ?? dictionaries.en[key];
  return message === undefined ? key : formatMessage(message, locale, params);
}

/** Whether `key` names a message, for keys built at run time (a template's key). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(dictionaries.en, key);
}

/** Looks a message up in the current language and fills `{name}` placeholders. */
export function t(key: MessageKey, params?: Params): string {
  return translate(state.locale, key, params);
}

initLocale();
