import {
  HOSTED_FORM_MESSAGES,
  InboundRejectedError,
  MAX_ANSWER_LENGTH,
  type HostedFormLanguage,
  type HostedFormMessageKey,
  type HostedFormQuestion,
  type HostedFormValues,
  type HostedSubmissionResult,
} from '@fluxo/connector-sdk';
import type { FieldError } from '@fluxo/contracts';

/**
 * A submission with answers to fix. `fieldErrors` lists them as `{ field, message }` with the
 * question's name, which the host passes on as the answer's details and the page shows.
 */
export class HostedFormValidationError extends InboundRejectedError {
  readonly fieldErrors: FieldError[];

  constructor(errors: Record<string, string>, questions: HostedFormQuestion[]) {
    const labelOf = (name: string) => questions.find((q) => q.name === name)?.label ?? name;
    super(
      422,
      'INVALID_SUBMISSION',
      `Some answers need fixing: ${Object.entries(errors)
        .map(([name, message]) => `${labelOf(name)}: ${message}`)
        .join(' ')}`,
    );
    this.name = 'HostedFormValidationError';
    this.fieldErrors = Object.entries(errors).map(([field, message]) => ({ field, message }));
  }
}

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$/;
const DECIMAL = /^-?\d+([.,]\d+)?$/;

/** The first string a form field carries; numbers and booleans from JSON count as text. */
function answerOf(body: Record<string, unknown>, name: string): string {
  const raw = body[name];
  const first = Array.isArray(raw) ? raw[0] : raw;
  if (typeof first === 'string') return first.trim();
  if (typeof first === 'number' || typeof first === 'boolean') return String(first);
  return '';
}

/** "+44 (20) 7946-0958" → "+442079460958"; "0044…" → "+44…"; null when not a phone number. */
export function normalizePhone(input: string): string | null {
  const compact = input.replace(/[\s().\-/]/g, '').replace(/^00/, '+');
  return /^\+?[1-9]\d{6,14}$/.test(compact) ? compact : null;
}

/**
 * An amount as people type it: "97.50", "97,50", "1.234,56", "1,234.56", "1 234,5".
 * Separators of one kind that each precede three digits ("1.234", "1,234,567") group
 * thousands; otherwise the last separator is the decimal one. Returns null when it is not an
 * amount, 'decimals' when it has more than two decimals.
 */
export function parseAmount(input: string): number | null | 'decimals' {
  const match = /^(-?)(\d+(?:[.,]\d+)*)$/.exec(input.replace(/[\s\u00a0]/g, ''));
  if (!match) return null;
  const [, sign, digits] = match;
  const groups = /^[1-9]\d{0,2}(?:([.,])\d{3})(?:\1\d{3})*$/;
  let integer = digits;
  let fraction = '';
  const last = Math.max(digits.lastIndexOf('.'), digits.lastIndexOf(','));
  if (last !== -1 && !groups.test(digits)) {
    integer = digits.slice(0, last);
    fraction = digits.slice(last + 1);
    // What is left before the decimal separator may only group thousands with the other mark.
    if (/[.,]/.test(integer) && (!groups.test(integer) || integer.includes(digits[last]))) {
      return null;
    }
  }
  if (fraction.length > 2) return 'decimals';
  const value = Number(`${integer.replace(/[.,]/g, '')}.${fraction || '0'}`);
  return sign ? -value : value;
}

/**
 * Checks a hosted form's submission against its questions. Answers are trimmed; phone numbers
 * normalised; numbers and amounts parsed; fields that are not questions are dropped.
 */
export function validateHostedSubmission(
  questions: HostedFormQuestion[],
  body: unknown,
  language: HostedFormLanguage = 'en',
): HostedSubmissionResult {
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
  const say = HOSTED_FORM_MESSAGES[language] ?? HOSTED_FORM_MESSAGES.en;
  const values: HostedFormValues = {};
  const entered: Record<string, string> = {};
  const fieldErrors: Record<string, string> = {};

  for (const question of questions) {
    const answer = answerOf(fields as Record<string, unknown>, question.name);
    const max = MAX_ANSWER_LENGTH[question.type];
    entered[question.name] = answer.slice(0, max);
    const fail = (key: HostedFormMessageKey) => (fieldErrors[question.name] = say[key](max));
    const numeric = question.type === 'number' || question.type === 'amount';

    if (answer === '') {
      if (question.required) fail('required');
      values[question.name] = numeric ? null : '';
      continue;
    }
    if (answer.length > max) {
      fail('tooLong');
      continue;
    }
    switch (question.type) {
      case 'email':
        if (EMAIL.test(answer)) values[question.name] = answer;
        else fail('email');
        break;
      case 'phone': {
        const phone = normalizePhone(answer);
        if (phone) values[question.name] = phone;
        else fail('phone');
        break;
      }
      case 'number': {
        const compact = answer.replace(/[\s\u00a0]/g, '');
        if (DECIMAL.test(compact)) values[question.name] = Number(compact.replace(',', '.'));
        else fail('number');
        break;
      }
      case 'amount': {
        const amount = parseAmount(answer);
        if (amount === null) fail('amount');
        else if (amount === 'decimals') fail('amountDecimals');
        else if (amount < 0) fail('amountNegative');
        else values[question.name] = amount;
        break;
      }
      case 'choice':
        if (question.choices.includes(answer)) values[question.name] = answer;
        else fail('choice');
        break;
      default:
        values[question.name] = answer;
    }
  }

  return Object.keys(fieldErrors).length > 0
    ? { ok: false, fieldErrors, entered }
    : { ok: true, values };
}
