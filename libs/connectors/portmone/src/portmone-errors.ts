import { phrase } from '@fluxo/connector-sdk';
import type { PortmoneBusinessError } from './client';

/**
 * Portmone's business error codes are not published in what we found (vendor-apis.md §1), so
 * this table holds the codes our sandbox answers; every message also quotes Portmone's own
 * words, so an unknown or renumbered code still tells the shop owner what happened.
 */
export const PORTMONE_ERROR_CODES = {
  unknownMethod: '1',
  payeeNotFound: '2',
  badLogin: '3',
  badSignature: '4',
  badAmount: '5',
  duplicateOrder: '6',
  badCurrency: '7',
  missingParameter: '8',
} as const;

const SENTENCES: Record<string, string> = {
  [PORTMONE_ERROR_CODES.unknownMethod]:
    'Portmone did not recognise the request. Check the API address of the Portmone account.',
  [PORTMONE_ERROR_CODES.payeeNotFound]:
    'Portmone does not know this payee (merchant) ID. Check the payee ID in the Portmone account; Portmone support gives it to you.',
  [PORTMONE_ERROR_CODES.badLogin]:
    'Portmone did not accept the login or password. Check them in the Portmone account.',
  [PORTMONE_ERROR_CODES.badSignature]:
    'Portmone refused the signature. Check the signature key in the Portmone account, or leave it empty if Portmone did not give you one.',
  [PORTMONE_ERROR_CODES.badAmount]:
    'Portmone refused the amount. It must be a number above zero with at most two decimals.',
  [PORTMONE_ERROR_CODES.duplicateOrder]:
    'Portmone already has an invoice with this order number. Use a new order number, or leave it empty so Fluxo makes one.',
  [PORTMONE_ERROR_CODES.badCurrency]:
    'Portmone does not accept this currency for your shop. Choose UAH, or ask Portmone to enable the currency.',
  [PORTMONE_ERROR_CODES.missingParameter]:
    'Portmone says a required value is missing from the invoice.',
};

/** Is this the "order number already used" answer? Code, or Portmone's words as a fallback. */
export function isDuplicateOrderError(error: PortmoneBusinessError): boolean {
  if (error.errorCode === PORTMONE_ERROR_CODES.duplicateOrder) return true;
  return /already exists|duplicate|вже існує|уже существует|дублікат|дубликат/i.test(
    error.portmoneMessage,
  );
}

const UNKNOWN_CODE_SENTENCE = 'Portmone refused to {action}.';
const PORTMONE_CODE_SUFFIX = ' (Portmone error {code}{quoted})';

/** Every sentence describePortmoneError writes, as phrases the editor words. */
export const PORTMONE_ERROR_PHRASES = [...Object.values(SENTENCES), UNKNOWN_CODE_SENTENCE].map(
  (sentence) => sentence + PORTMONE_CODE_SUFFIX,
);

/** A sentence a shop owner understands, ending with Portmone's own code and words. */
export function describePortmoneError(error: PortmoneBusinessError, action: string): string {
  const sentence = SENTENCES[error.errorCode] ?? UNKNOWN_CODE_SENTENCE;
  const quoted = error.portmoneMessage ? `: "${error.portmoneMessage}"` : '';
  return phrase(sentence + PORTMONE_CODE_SUFFIX, { action, code: error.errorCode, quoted });
}
