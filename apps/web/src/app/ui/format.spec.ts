import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { LOCALES } from '../i18n/locales';
import { initLocale, preloadLocale, setLocale, type Locale } from '../i18n/t';
import {
  formatDateTime,
  formatDuration,
  formatMoney,
  formatNumber,
  formatPlannedTime,
  formatRelativeTime,
} from './format';

// Intl separates currency and number groups with no-break spaces; compare them as plain spaces.
const plain = (text: string | null) => text?.replace(/[\u00a0\u202f]/g, ' ') ?? null;

// Once a language's messages are loaded, switching to it is immediate.
function inLocale(locale: Locale) {
  void setLocale(locale);
}

beforeAll(async () => {
  await Promise.all(LOCALES.map(preloadLocale));
});

beforeEach(() => {
  initLocale({ languages: [], storage: null });
});

afterAll(() => {
  initLocale({ languages: [], storage: null });
});

describe(formatDuration.name, () => {
  const start = '2025-03-01T10:00:00.000Z';

  it('should be null while the run has not finished', () => {
    expect(formatDuration(start, null)).toBeNull();
  });

  it('should show milliseconds under a second', () => {
    expect(formatDuration(start, '2025-03-01T10:00:00.850Z')).toBe('850 ms');
  });

  it('should show seconds with one decimal under a minute', () => {
    expect(formatDuration(start, '2025-03-01T10:00:04.230Z')).toBe('4.2 s');
    expect(formatDuration(start, '2025-03-01T10:00:05.000Z')).toBe('5.0 s');
  });

  it('should show minutes and seconds for long runs', () => {
    expect(formatDuration(start, '2025-03-01T10:03:05.000Z')).toBe('3 min 5 s');
  });

  it('should be null when the clock went backwards', () => {
    expect(formatDuration(start, '2025-03-01T09:59:00.000Z')).toBeNull();
  });

  it('should use the decimal comma and the units of the current language', () => {
    inLocale('pt-BR');
    expect(formatDuration(start, '2025-03-01T10:00:04.230Z')).toBe('4,2 s');
    inLocale('uk');
    expect(formatDuration(start, '2025-03-01T10:00:04.230Z')).toBe('4,2 с');
    expect(formatDuration(start, '2025-03-01T10:03:05.000Z')).toBe('3 хв 5 с');
  });
});

describe(formatDateTime.name, () => {
  const iso = '2025-03-01T10:00:00.000Z';

  it('should show a dash for a missing or broken date', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime('not a date')).toBe('—');
  });

  it.each<[Locale, string]>([
    ['en', 'Mar 1, 2025, 10:00 AM'],
    ['pt-BR', '1 de mar. de 2025, 10:00'],
    ['uk', '1 бер. 2025 р., 10:00'],
    ['nb', '1. mars 2025, 10:00'],
  ])('should write the date the %s way', (locale, expected) => {
    inLocale(locale);
    expect(plain(formatDateTime(iso, { timeZone: 'UTC' }))).toBe(expected);
  });

  it('should show the time in the given zone', () => {
    inLocale('pt-BR');
    expect(formatDateTime(iso, { timeZone: 'America/Sao_Paulo' })).toBe('1 de mar. de 2025, 07:00');
  });
});

describe(formatNumber.name, () => {
  it.each<[Locale, string]>([
    ['en', '1,234.5'],
    ['pt-BR', '1.234,5'],
    ['uk', '1 234,5'],
    ['nb', '1 234,5'],
  ])('should group and separate decimals the %s way', (locale, expected) => {
    inLocale(locale);
    expect(plain(formatNumber(1234.5))).toBe(expected);
  });
});

describe(formatMoney.name, () => {
  it('should write Brazilian reais the Brazilian way', () => {
    inLocale('pt-BR');
    expect(plain(formatMoney(49.9, 'BRL'))).toBe('R$ 49,90');
  });

  it('should write hryvnias and kroner the local way', () => {
    inLocale('uk');
    expect(plain(formatMoney(1234.5, 'UAH'))).toBe('1 234,50 ₴');
    inLocale('nb');
    expect(plain(formatMoney(1234.5, 'NOK'))).toBe('1 234,50 kr');
  });

  it('should still show the amount and code for a currency Intl rejects', () => {
    inLocale('pt-BR');
    expect(plain(formatMoney(10, 'not-a-code'))).toBe('10,00 not-a-code');
  });
});

describe(formatRelativeTime.name, () => {
  const now = new Date('2025-03-01T10:00:00.000Z');

  it('should say how far away a time is in the current language', () => {
    expect(formatRelativeTime('2025-03-01T10:05:00.000Z', now)).toBe('in 5 minutes');
    inLocale('uk');
    expect(formatRelativeTime('2025-03-01T10:05:00.000Z', now)).toBe('через 5 хвилин');
    inLocale('es');
    expect(formatRelativeTime('2025-03-02T10:00:00.000Z', now)).toBe('mañana');
    inLocale('nb');
    expect(formatRelativeTime('2025-03-01T08:00:00.000Z', now)).toBe('for 2 timer siden');
  });
});

describe(formatPlannedTime.name, () => {
  const iso = '2026-12-02T15:30:00.000Z';

  it("should name the schedule's zone first and add the user's own time", () => {
    inLocale('en');
    expect(plain(formatPlannedTime(iso, 'Europe/Lisbon', 'America/Sao_Paulo'))).toBe(
      'Dec 2, 2026, 3:30 PM in Europe/Lisbon (12:30 PM your time)',
    );
  });

  it('should repeat the date of the own time when the day differs', () => {
    inLocale('en');
    expect(
      plain(formatPlannedTime('2026-12-02T01:30:00.000Z', 'Europe/Lisbon', 'America/Sao_Paulo')),
    ).toBe('Dec 2, 2026, 1:30 AM in Europe/Lisbon (Dec 1, 2026, 10:30 PM your time)');
  });

  it('should name another zone even when its clock reads the same', () => {
    inLocale('en');
    expect(plain(formatPlannedTime(iso, 'Europe/London', 'Europe/Lisbon'))).toBe(
      'Dec 2, 2026, 3:30 PM in Europe/London (the same as your time)',
    );
  });

  it('should write it in the current language', () => {
    inLocale('pt-BR');
    expect(plain(formatPlannedTime(iso, 'Europe/Lisbon', 'America/Sao_Paulo'))).toBe(
      '2 de dez. de 2026, 15:30 em Europe/Lisbon (12:30 no seu horário)',
    );
  });

  it('should show only the own time, in minutes, for the own zone, no zone or an unknown zone', () => {
    inLocale('en');
    const own = 'America/Sao_Paulo';
    expect(plain(formatPlannedTime(iso, own, own))).toBe('Dec 2, 2026, 12:30 PM');
    expect(plain(formatPlannedTime(iso, undefined, own))).toBe('Dec 2, 2026, 12:30 PM');
    expect(plain(formatPlannedTime(iso, 'Mars/Olympus', own))).toBe('Dec 2, 2026, 12:30 PM');
  });
});
