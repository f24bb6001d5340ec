import type { FieldOption } from '@fluxo/contracts';

/** A country the account may pick to read numbers written without their country code. */
export interface CallingCountry {
  /** ISO 3166 code, the value saved in the account. */
  code: string;
  name: string;
  callingCode: string;
  /** How many digits a number has after the calling code (without the trunk 0). */
  nationalLengths: number[];
}

// The countries our users sell in first; lengths are those of mobile numbers, which is what
// SMS goes to (landlines are accepted too when they have the same length).
export const CALLING_COUNTRIES: readonly CallingCountry[] = [
  { code: 'BR', name: 'Brazil', callingCode: '55', nationalLengths: [10, 11] },
  { code: 'UA', name: 'Ukraine', callingCode: '380', nationalLengths: [9] },
  { code: 'US', name: 'United States', callingCode: '1', nationalLengths: [10] },
  { code: 'CA', name: 'Canada', callingCode: '1', nationalLengths: [10] },
  { code: 'NO', name: 'Norway', callingCode: '47', nationalLengths: [8] },
  { code: 'ES', name: 'Spain', callingCode: '34', nationalLengths: [9] },
  { code: 'PT', name: 'Portugal', callingCode: '351', nationalLengths: [9] },
  { code: 'MX', name: 'Mexico', callingCode: '52', nationalLengths: [10] },
  { code: 'AR', name: 'Argentina', callingCode: '54', nationalLengths: [10, 11] },
  { code: 'CO', name: 'Colombia', callingCode: '57', nationalLengths: [10] },
  { code: 'CL', name: 'Chile', callingCode: '56', nationalLengths: [9] },
  { code: 'PE', name: 'Peru', callingCode: '51', nationalLengths: [9] },
  { code: 'UY', name: 'Uruguay', callingCode: '598', nationalLengths: [8] },
  { code: 'PY', name: 'Paraguay', callingCode: '595', nationalLengths: [9] },
  { code: 'GB', name: 'United Kingdom', callingCode: '44', nationalLengths: [10] },
  { code: 'DE', name: 'Germany', callingCode: '49', nationalLengths: [10, 11] },
  { code: 'FR', name: 'France', callingCode: '33', nationalLengths: [9] },
  { code: 'PL', name: 'Poland', callingCode: '48', nationalLengths: [9] },
];

export const callingCountryOptions: FieldOption[] = CALLING_COUNTRIES.map((country) => ({
  value: country.code,
  label: `${country.name} (+${country.callingCode})`,
}));

export const E164_PATTERN = /^\+[1-9]\d{7,14}$/;

export const PHONE_FORMAT_EXAMPLE = '+5511999998888';

// Spaces of every kind, dashes of every kind, dots, slashes and parentheses people type or
// paste between digits, and the invisible direction marks spreadsheets and phones add.
const SEPARATORS = /[\s\u00a0\u2000-\u200f\u2028-\u202f\u2060-\u2069\ufeff\-\u2010-\u2015.()/]/g;

/**
 * Writes a phone number the way Twilio wants it (E.164, e.g. +5511999998888), or returns null
 * when it cannot be one. Separators are dropped, a leading 00 becomes +, and a number written
 * without its country code gets the default country's (after dropping a trunk 0).
 */
export function normalisePhoneNumber(raw: string, defaultCountry?: string): string | null {
  // "+44 (0)20 …": the bracketed trunk 0 is dialled only from inside the country.
  let number = raw.replace(/\(0\)/g, '').replace(SEPARATORS, '');
  if (number.startsWith('00')) number = `+${number.slice(2)}`;
  if (number.startsWith('+')) return E164_PATTERN.test(number) ? number : null;
  if (!/^\d+$/.test(number)) return null;

  const country = CALLING_COUNTRIES.find((entry) => entry.code === defaultCountry);
  if (!country) return null;
  const national = nationalSignificantNumber(number, country);
  if (national === null) return null;
  const candidate = `+${country.callingCode}${national}`;
  return E164_PATTERN.test(candidate) ? candidate : null;
}

/** The digits after the calling code, or null when the length fits no number of the country. */
function nationalSignificantNumber(digits: string, country: CallingCountry): string | null {
  const fits = (national: string) => country.nationalLengths.includes(national.length);
  // 0 is the trunk prefix dialled before national numbers in most countries (099 123 4567).
  if (digits.startsWith('0')) return fits(digits.slice(1)) ? digits.slice(1) : null;
  if (fits(digits)) return digits;
  // Written with the country code but without the + (5511999998888, or 1 555 … in the US).
  const rest = digits.slice(country.callingCode.length);
  if (digits.startsWith(country.callingCode) && fits(rest)) return rest;
  return null;
}

/** Short codes and alphanumeric sender IDs Twilio accepts as a sender, besides numbers. */
export function isShortCodeOrSenderId(raw: string): boolean {
  const value = raw.trim();
  return /^\d{3,8}$/.test(value) || /^(?=.*[A-Za-z])[A-Za-z0-9 ]{1,11}$/.test(value);
}
