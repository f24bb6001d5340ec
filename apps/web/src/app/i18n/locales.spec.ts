import { describe, expect, it } from '@jest/globals';
import { detectLocale, matchLocale, resolveFormatLocale } from './locales';

describe(detectLocale.name, () => {
  it('should use the saved choice before the browser languages', () => {
    expect(detectLocale('uk', ['pt-BR', 'en-US'])).toBe('uk');
  });

  it('should ignore a saved value that is not a supported locale', () => {
    expect(detectLocale('fr', ['es-MX'])).toBe('es');
    expect(detectLocale('', ['nb-NO'])).toBe('nb');
  });

  it('should take the first browser language Fluxo speaks, in the browser order', () => {
    expect(detectLocale(null, ['fr-FR', 'uk-UA', 'pt-BR'])).toBe('uk');
    expect(detectLocale(null, ['de', 'pt-PT', 'es'])).toBe('pt-BR');
  });

  it('should fall back to English when nothing matches or nothing is known', () => {
    expect(detectLocale(null, ['fr-FR', 'de-DE'])).toBe('en');
    expect(detectLocale(undefined, [])).toBe('en');
  });

  it('should keep English for an English browser', () => {
    expect(detectLocale(null, ['en-US', 'en'])).toBe('en');
  });
});

describe(matchLocale.name, () => {
  it('should match exact tags regardless of case and separators by language', () => {
    expect(matchLocale('PT-br')).toBe('pt-BR');
    expect(matchLocale('es_AR')).toBe('es');
    expect(matchLocale('uk')).toBe('uk');
  });

  it('should read every Norwegian tag as Bokmål', () => {
    expect(matchLocale('no')).toBe('nb');
    expect(matchLocale('nn-NO')).toBe('nb');
    expect(matchLocale('nb-NO')).toBe('nb');
  });

  it('should not mistake Russian for Ukrainian', () => {
    expect(matchLocale('ru-UA')).toBeNull();
  });
});

describe(resolveFormatLocale.name, () => {
  it('should format with the browser region when it speaks the same language', () => {
    expect(resolveFormatLocale('es', ['es-AR', 'en'])).toBe('es-AR');
    expect(resolveFormatLocale('en', ['en-GB'])).toBe('en-GB');
  });

  it('should use Latin-American Spanish formats without a regional hint', () => {
    expect(resolveFormatLocale('es', ['en-US'])).toBe('es-419');
  });

  it('should keep Brazilian formats for Brazilian text', () => {
    expect(resolveFormatLocale('pt-BR', ['pt-PT'])).toBe('pt-BR');
  });
});
