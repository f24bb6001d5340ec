import { z } from 'zod';

/**
 * "Only when": rules over an item's variables that decide whether a receiver (or a whole
 * connection) acts on it. Rules in a group must all hold; groups are alternatives, as in
 * Zapier's filter. The API checks each item with this code and the editor shows the verdict on
 * the test item with the same code, so what the editor says is what the delivery does.
 */
export const CONDITION_OPERATORS = [
  'equals',
  'notEquals',
  'contains',
  'notContains',
  'startsWith',
  'isEmpty',
  'isNotEmpty',
  'greaterThan',
  'lessThan',
  'isOneOf',
] as const;
export const conditionOperatorSchema = z.enum(CONDITION_OPERATORS);
export type ConditionOperator = z.infer<typeof conditionOperatorSchema>;

/** Operators that look at the variable alone. */
export const OPERATORS_WITHOUT_VALUE: readonly ConditionOperator[] = ['isEmpty', 'isNotEmpty'];

export const MAX_CONDITION_GROUPS = 10;
export const MAX_RULES_PER_GROUP = 20;
/** Longest text a rule's value may hold: "is one of" lists one entry per line. */
export const MAX_CONDITION_VALUE_LENGTH = 2000;

export const conditionRuleSchema = z.object({
  /** A variable's path as the variable picker lists it, e.g. `customer.email`. */
  variable: z.string().trim().min(1, 'Choose a variable').max(300),
  operator: conditionOperatorSchema,
  /** Ignored by isEmpty / isNotEmpty; for isOneOf, one accepted value per line. */
  value: z.string().max(MAX_CONDITION_VALUE_LENGTH).default(''),
});
export type ConditionRule = z.infer<typeof conditionRuleSchema>;

export const conditionGroupSchema = z.object({
  rules: z.array(conditionRuleSchema).min(1).max(MAX_RULES_PER_GROUP),
});
export type ConditionGroup = z.infer<typeof conditionGroupSchema>;

/** No groups: every item passes. */
export const conditionsSchema = z.object({
  groups: z.array(conditionGroupSchema).max(MAX_CONDITION_GROUPS),
});
export type Conditions = z.infer<typeof conditionsSchema>;

/**
 * Where an item stopped: per group, the first rule that did not hold and what the item had
 * (`actual`: the variable's value as text, '' when the item does not have it).
 */
export const failedRuleSchema = z.object({
  group: z.number(),
  rule: z.number(),
  variable: z.string(),
  operator: conditionOperatorSchema,
  value: z.string(),
  actual: z.string(),
});
export type FailedRule = z.infer<typeof failedRuleSchema>;

/** What a skipped delivery keeps as its response: the editor words it in the user's language. */
export const skipReportSchema = z.object({
  skipped: z.object({
    by: z.enum(['connection', 'receiver']),
    failures: z.array(failedRuleSchema),
  }),
});
export type SkipReport = z.infer<typeof skipReportSchema>;

/** No group means no condition: stored as null, so "every item" has one form. */
export function conditionsOrNull(conditions: Conditions | null | undefined): Conditions | null {
  return conditions && conditions.groups.length > 0 ? conditions : null;
}

export type ConditionVerdict = { passes: true } | { passes: false; failures: FailedRule[] };

const MAX_NUMBER_OR_DATE_LENGTH = 64;
/** Longest text of a variable a rule looks at: bounded work for any payload. */
const MAX_COMPARED_LENGTH = 100_000;

export function evaluateConditions(
  conditions: Conditions | null | undefined,
  item: Record<string, unknown>,
): ConditionVerdict {
  if (!conditions || conditions.groups.length === 0) return { passes: true };
  const failures: FailedRule[] = [];
  for (const [group, { rules }] of conditions.groups.entries()) {
    const failed = rules.findIndex((rule) => !ruleHolds(rule, item));
    if (failed === -1) return { passes: true };
    const rule = rules[failed];
    failures.push({
      group,
      rule: failed,
      variable: rule.variable,
      operator: rule.operator,
      value: rule.value,
      actual: variableText(item, rule.variable),
    });
  }
  return { passes: false, failures };
}

export function ruleHolds(rule: ConditionRule, item: Record<string, unknown>): boolean {
  const raw = readVariable(item, rule.variable);
  const actual = textOf(raw);
  switch (rule.operator) {
    case 'isEmpty':
      return isEmptyValue(raw, actual);
    case 'isNotEmpty':
      return !isEmptyValue(raw, actual);
    case 'equals':
      return sameValue(actual, rule.value);
    case 'notEquals':
      return !sameValue(actual, rule.value);
    case 'contains':
      return folded(actual).includes(folded(rule.value));
    case 'notContains':
      return !folded(actual).includes(folded(rule.value));
    case 'startsWith':
      return folded(actual).startsWith(folded(rule.value));
    case 'isOneOf':
      return listOf(rule.value).some((entry) => sameValue(actual, entry));
    case 'greaterThan':
      return compare(actual, rule.value) > 0;
    case 'lessThan':
      return compare(actual, rule.value) < 0;
  }
}

/** One accepted value per line; blank lines are not values. */
export function listOf(value: string): string[] {
  return value
    .split(/\r?\n/)
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

// Paths as listVariables writes them: `a.b`, `items.0.sku`, `form["First name"]`.
const PATH_STEP = /(?:^|\.)([A-Za-z_][\w-]*|\d+)|\[("(?:[^"\\]|\\.)*"|\d+)\]/y;

/** The item's value at `path`; undefined when the item does not have it. */
export function readVariable(item: Record<string, unknown>, path: string): unknown {
  const trimmed = path
    .trim()
    .replace(/^\{\{\s*/, '')
    .replace(/\s*\}\}$/, '');
  let current: unknown = item;
  PATH_STEP.lastIndex = 0;
  while (PATH_STEP.lastIndex < trimmed.length) {
    const at = PATH_STEP.lastIndex;
    const step = PATH_STEP.exec(trimmed);
    if (!step || step.index !== at) return undefined;
    const key = step[1] ?? (step[2].startsWith('"') ? (JSON.parse(step[2]) as string) : step[2]);
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** The item's variable as the rules read it: text, '' when the item does not have it. */
export function variableText(item: Record<string, unknown>, path: string): string {
  return textOf(readVariable(item, path));
}

function textOf(value: unknown): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'string') text = value;
  else if (typeof value === 'object') text = JSON.stringify(value) ?? '';
  else text = String(value);
  return text.length > MAX_COMPARED_LENGTH ? text.slice(0, MAX_COMPARED_LENGTH) : text;
}

function isEmptyValue(raw: unknown, text: string): boolean {
  if (Array.isArray(raw)) return raw.length === 0;
  if (typeof raw === 'object' && raw !== null) return Object.keys(raw).length === 0;
  return text.trim() === '';
}

function folded(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** Numbers as numbers ("49,90" = "49.9"), dates as dates, anything else as text (any case). */
function sameValue(actual: string, expected: string): boolean {
  const numbers = [parseNumber(actual), parseNumber(expected)];
  if (numbers[0] !== null && numbers[1] !== null) return numbers[0] === numbers[1];
  const dates = [parseDate(actual), parseDate(expected)];
  if (dates[0] !== null && dates[1] !== null) return dates[0] === dates[1];
  return folded(actual) === folded(expected);
}

/** Numbers, then dates, then text in the user's alphabet order with digits as numbers. */
function compare(actual: string, expected: string): number {
  const numbers = [parseNumber(actual), parseNumber(expected)];
  if (numbers[0] !== null && numbers[1] !== null) return Math.sign(numbers[0] - numbers[1]);
  const dates = [parseDate(actual), parseDate(expected)];
  if (dates[0] !== null && dates[1] !== null) return Math.sign(dates[0] - dates[1]);
  return Math.sign(folded(actual).localeCompare(folded(expected), undefined, { numeric: true }));
}

// The digits, with what may stand around them: a currency sign or code ("R$ 49,90", "49,90 kr",
// "₴100", "100 грн", "BRL 10"), nothing else — "A1" and "12 kg" are not numbers.
const NUMBER_TEXT = /^(\D*?)\s*([+-]?\d[\d\s.,]*)\s*(\D*?)$/u;
const CURRENCY = /^(?:\p{Sc}|R\$|kr\.?|грн\.?|[A-Z]{3})?$/u;

/**
 * A number as people and payment systems write it: "49.90", "49,90", "1.234,56", "1,234.56",
 * "1 234,56", "R$ 49,90". With both separators the last one is the decimal mark; a comma alone
 * is a decimal comma (as in Portuguese, Spanish, Ukrainian and Norwegian), several alike are
 * thousands. Null when the text is not a number.
 */
export function parseNumber(text: string): number | null {
  // Numbers are short; the bound also keeps the pattern's backtracking small on any input.
  if (text.length > MAX_NUMBER_OR_DATE_LENGTH) return null;
  const match = NUMBER_TEXT.exec(text.trim());
  if (!match || !CURRENCY.test(match[1].trim()) || !CURRENCY.test(match[3].trim())) return null;
  let digits = match[2].replace(/\s/g, '');
  const sign = digits.startsWith('-') ? -1 : 1;
  digits = digits.replace(/^[+-]/, '');
  const lastComma = digits.lastIndexOf(',');
  const lastDot = digits.lastIndexOf('.');
  if (lastComma !== -1 && lastDot !== -1) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, fraction, extra] = digits.split(decimal);
    if (extra !== undefined || !isGrouped(whole, thousands)) return null;
    digits = `${whole.split(thousands).join('')}.${fraction}`;
  } else if (lastComma !== -1 || lastDot !== -1) {
    const mark = lastComma !== -1 ? ',' : '.';
    const count = digits.split(mark).length - 1;
    if (count > 1 && !isGrouped(digits, mark)) return null;
    digits = count > 1 ? digits.split(mark).join('') : digits.replace(mark, '.');
  }
  if (!/^\d+(?:\.\d*)?$/.test(digits)) return null;
  const value = sign * Number(digits);
  return Number.isFinite(value) ? value : null;
}

/** "1.234.567": every group after the first has three digits. */
function isGrouped(whole: string, separator: string): boolean {
  const [first, ...rest] = whole.split(separator);
  return first.length > 0 && rest.every((group) => /^\d{3}$/.test(group));
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// Day first, as in every language Fluxo speaks: 31/12/2026, 31.12.2026, 31-12-2026 23:59.
const DAY_FIRST_DATE =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A date as written: its wall time, and its UTC offset when the text gives one. */
export interface DateParts {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** Minutes east of UTC ("-03:00" → -180, "Z" → 0); null when the text has no zone. */
  offsetMinutes: number | null;
}

/**
 * The parts of a date (and time) written as ISO 8601 or day first (31/12/2026, 31.12.2026
 * 18:05); null when the text is not a date, or names a day that does not exist.
 */
export function parseDateParts(text: string): DateParts | null {
  if (text.length > MAX_NUMBER_OR_DATE_LENGTH) return null;
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const dayFirst = iso ? null : DAY_FIRST_DATE.exec(trimmed);
  let parts: DateParts;
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = iso;
    parts = {
      year: +y,
      month: +mo,
      day: +d,
      hour: +h,
      minute: +mi,
      second: +s,
      offsetMinutes: zone ? zoneOffsetMinutes(zone) : null,
    };
  } else if (dayFirst) {
    const [, d, mo, y, h = '0', mi = '0', s = '0'] = dayFirst;
    parts = {
      year: +y,
      month: +mo,
      day: +d,
      hour: +h,
      minute: +mi,
      second: +s,
      offsetMinutes: null,
    };
  } else {
    return null;
  }
  return utcOf(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) === null
    ? null
    : parts;
}

/**
 * A date (and time) as ms since 1970; a time without a zone is read as UTC, so two such
 * dates compare by their wall time. Null when the text is not a date.
 */
export function parseDate(text: string): number | null {
  const parts = parseDateParts(text);
  return parts && wallClockAsUtc(parts) - (parts.offsetMinutes ?? 0) * 60_000;
}

/** The instant a date names when its text gives a zone; null when the zone is the reader's to choose. */
export function instantOf(parts: DateParts): number | null {
  return parts.offsetMinutes === null ? null : wallClockAsUtc(parts) - parts.offsetMinutes * 60_000;
}

function wallClockAsUtc(parts: DateParts): number {
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

function utcOf(y: number, mo: number, d: number, h: number, mi: number, s: number): number | null {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  // 31/02 would roll over into March: not a date.
  return new Date(ms).getUTCDate() === d ? ms : null;
}

function zoneOffsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
}

/** Whose conditions turned an item away. */
export type SkipScope = SkipReport['skipped']['by'];

/**
 * Null when the item meets the connection's conditions and then the receiver's; else why not.
 * Deliveries check when they are sent, so a condition edited while sends wait applies to them.
 */
export function skipReportOf(
  connectionConditions: Conditions | null | undefined,
  receiverConditions: Conditions | null | undefined,
  item: Record<string, unknown>,
): SkipReport | null {
  const scopes = [
    ['connection', connectionConditions],
    ['receiver', receiverConditions],
  ] as const;
  for (const [by, conditions] of scopes) {
    const verdict = evaluateConditions(conditions, item);
    if (!verdict.passes) return { skipped: { by, failures: verdict.failures } };
  }
  return null;
}

/** The English sentence a skipped delivery stores as its error, for logs and API clients. */
export function describeSkip(failures: readonly FailedRule[], by: SkipScope = 'receiver'): string {
  const whose = by === 'connection' ? "the connection's conditions" : "the receiver's conditions";
  const first = failures[0];
  if (!first) return `Skipped by ${whose}`;
  const shown = first.actual === '' ? 'it is empty' : `it is "${shortened(first.actual)}"`;
  const wanted = OPERATORS_WITHOUT_VALUE.includes(first.operator)
    ? OPERATOR_WORDS[first.operator]
    : `${OPERATOR_WORDS[first.operator]} "${shortened(first.value.replace(/\r?\n/g, ', '))}"`;
  return `Skipped by ${whose}: ${first.variable} ${wanted} does not hold (${shown})`;
}

const OPERATOR_WORDS: Record<ConditionOperator, string> = {
  equals: 'equals',
  notEquals: 'does not equal',
  contains: 'contains',
  notContains: 'does not contain',
  startsWith: 'starts with',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
  greaterThan: 'is greater than',
  lessThan: 'is less than',
  isOneOf: 'is one of',
};

function shortened(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
