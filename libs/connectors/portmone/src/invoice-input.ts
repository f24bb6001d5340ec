import { createHash, randomUUID } from 'node:crypto';
import { PermanentDeliveryError } from '@fluxo/connector-sdk';
import { DateTime } from 'luxon';
import { PORTMONE_ZONE } from './client';

export const INVOICE_CURRENCIES = ['UAH', 'USD', 'EUR'] as const;
export const INVOICE_LANGUAGES = ['uk', 'en', 'ru'] as const;
export type InvoiceLanguage = (typeof INVOICE_LANGUAGES)[number];

export const text = (value: unknown): string =>
  value === undefined || value === null ? '' : String(value).trim();

/**
 * Reads an amount as people type it: "97,50", "97.50", "1 234,50", "1,234.50", 97.5.
 * Returns Portmone's `billAmount` with two decimals, e.g. "1234.50".
 */
export function parseAmount(value: unknown): string {
  const shown = text(value);
  if (!shown) throw new PermanentDeliveryError('The amount is empty. Map a number like 97.50.');
  let cleaned = shown
    .replace(/[\s\u00a0\u202f'’]/g, '')
    .replace(/(UAH|грн\.?|₴|USD|\$|EUR|€)$/i, '');
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal separator, the other groups thousands.
    const decimal = lastComma > lastDot ? ',' : '.';
    const grouping = decimal === ',' ? '.' : ',';
    cleaned = cleaned.split(grouping).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    // Only commas: one comma is the Ukrainian decimal comma; several group thousands.
    cleaned =
      cleaned.split(',').length > 2 ? cleaned.split(',').join('') : cleaned.replace(',', '.');
  }
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) {
    throw new PermanentDeliveryError(
      `The amount "${shown}" is not a number. Use a number like 97.50.`,
    );
  }
  const [, decimals = ''] = cleaned.split('.');
  if (decimals.length > 2 && /[1-9]/.test(decimals.slice(2))) {
    throw new PermanentDeliveryError(
      `The amount "${shown}" has more than two decimals; Portmone bills in whole kopiykas (cents).`,
    );
  }
  const amount = Number(cleaned);
  if (!(amount > 0)) {
    throw new PermanentDeliveryError(`The amount must be more than zero (got "${shown}").`);
  }
  return amount.toFixed(2);
}

export function parseCurrency(value: unknown): string {
  const currency = text(value).toUpperCase() || 'UAH';
  if (!(INVOICE_CURRENCIES as readonly string[]).includes(currency)) {
    throw new PermanentDeliveryError(
      `Portmone invoices can be in ${INVOICE_CURRENCIES.join(', ')}; "${text(value)}" is not one of them.`,
    );
  }
  return currency;
}

export function parseLanguage(value: unknown): InvoiceLanguage {
  const language = text(value).toLowerCase() || 'uk';
  // People write "ua" for Ukrainian; Portmone's code is "uk".
  const normalised = language === 'ua' ? 'uk' : language;
  if (!(INVOICE_LANGUAGES as readonly string[]).includes(normalised)) {
    throw new PermanentDeliveryError(
      `The language must be uk, en or ru; "${text(value)}" is not one of them.`,
    );
  }
  return normalised as InvoiceLanguage;
}

const EXPIRY_FORMATS: Array<[string, boolean]> = [
  ['yyyy-MM-dd', true],
  ['dd.MM.yyyy', true],
  ['yyyy-MM-dd HH:mm', false],
  ['yyyy-MM-dd HH:mm:ss', false],
  ['dd.MM.yyyy HH:mm', false],
  ['dd.MM.yyyy HH:mm:ss', false],
];

/**
 * Reads the expiry ("2026-12-31", "31.12.2026 18:00", or ISO 8601 with an offset) as Kyiv time;
 * a date alone means the end of that day. Null when empty.
 */
export function parseExpiry(value: unknown): DateTime | null {
  const shown = text(value);
  if (!shown) return null;
  for (const [format, dateOnly] of EXPIRY_FORMATS) {
    const parsed = DateTime.fromFormat(shown, format, { zone: PORTMONE_ZONE });
    if (parsed.isValid) return dateOnly ? parsed.endOf('day').set({ millisecond: 0 }) : parsed;
  }
  const iso = DateTime.fromISO(shown, { zone: PORTMONE_ZONE, setZone: true });
  if (iso.isValid) return iso;
  throw new PermanentDeliveryError(
    `The expiry "${shown}" is not a date Fluxo understands. Write it like 2026-12-31 or 31.12.2026 18:00.`,
  );
}

/**
 * Portmone's `expTime` as seconds from now until the expiry. [?] The unit is not documented
 * (the official plugin's default of 400 suggests seconds).
 */
export function expirySeconds(expiresAt: DateTime, now: Date = new Date()): number {
  const seconds = Math.floor((expiresAt.toMillis() - now.getTime()) / 1000);
  if (seconds <= 0) {
    throw new PermanentDeliveryError(
      `The expiry ${expiresAt.toFormat('dd.MM.yyyy HH:mm')} (Kyiv time) is already in the past.`,
    );
  }
  return seconds;
}

/**
 * The order number used when the user leaves it empty. Derived from the delivery's idempotency
 * key, so a retry after a crash asks Portmone for the same order (which it refuses or answers
 * with the same bill) instead of billing the payer twice; different deliveries have different
 * keys, so different numbers. Without a key (a one-off test send) it is random.
 */
export function generatedOrderNumber(idempotencyKey: string | undefined): string {
  const seed = idempotencyKey ?? randomUUID();
  return `FLX-${createHash('sha256').update(seed).digest('hex').slice(0, 16).toUpperCase()}`;
}

export function requireEmail(value: unknown): string {
  const email = text(value);
  if (!email) throw new PermanentDeliveryError("The payer's e-mail is empty.");
  if (!/^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/.test(email)) {
    throw new PermanentDeliveryError(`"${email}" is not an e-mail address.`);
  }
  return email;
}

export function requirePhone(value: unknown): string {
  const shown = text(value);
  if (!shown) throw new PermanentDeliveryError("The payer's phone number is empty.");
  const phone = shown.replace(/[\s()\-.]/g, '');
  if (!/^\+?\d{7,15}$/.test(phone)) {
    throw new PermanentDeliveryError(
      `"${shown}" is not a phone number. Write it like +380501234567.`,
    );
  }
  return phone;
}
