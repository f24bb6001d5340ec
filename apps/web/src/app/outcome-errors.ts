import {
  ATTEMPT_NEVER_FINISHED,
  FIELD_ERROR_SENTENCES,
  HOLD_REASONS,
  VALUE_ERROR_SENTENCES,
  type FieldError,
  type FieldErrorCode,
  type ValueErrorCode,
} from '@fluxo/contracts';
import { t, type MessageKey } from './i18n/t';

const VALUE_ERROR_KEYS: Record<ValueErrorCode, MessageKey> = {
  'field.required': 'fieldError.required',
  'field.email': 'fieldError.email',
  'field.number': 'fieldError.number',
  'field.money': 'fieldError.money',
  'field.url': 'fieldError.url',
  'field.phone': 'fieldError.phone',
  'field.boolean': 'fieldError.boolean',
  'field.select': 'fieldError.select',
  'fields.oneOf': 'fieldError.oneOf',
};

const FIELD_ERROR_KEYS: Record<FieldErrorCode, MessageKey> = {
  'template.tooMuchText': 'fieldError.templateTooMuchText',
  'template.tooSlow': 'fieldError.templateTooSlow',
  ...VALUE_ERROR_KEYS,
};

const isValueCode = (code: FieldErrorCode): code is ValueErrorCode =>
  Object.hasOwn(VALUE_ERROR_SENTENCES, code);

function withLocation(message: string, line?: number, column?: number): string {
  return line !== undefined && column !== undefined
    ? t('fieldError.at', { message, line, column })
    : message;
}

/**
 * A field error in the user's language when its code is known, else the API's words.
 * `labelOf`: the field's label as the editor shows it (the API's params name it in English).
 */
export function fieldErrorText(error: FieldError, labelOf?: (field: string) => string): string {
  if (!error.code) return error.message;
  const params = error.params ?? {};
  if (!isValueCode(error.code)) {
    return withLocation(t(FIELD_ERROR_KEYS[error.code]), num(params.line), num(params.column));
  }
  const label = labelOf?.(error.field) ?? String(params.label ?? error.field);
  const labels =
    labelOf && typeof params.fields === 'string'
      ? params.fields.split(',').map(labelOf).join(t('fieldError.or'))
      : String(params.labels ?? '');
  return t(VALUE_ERROR_KEYS[error.code], { ...stringsOf(params), label, labels });
}

function stringsOf(params: Record<string, string | number>): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, String(value)]));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stored sentence's pattern, and its wording from the pattern's captured parts. */
type Recogniser = [RegExp, (...parts: string[]) => string];

/**
 * The sentences a delivery's stored error is made of (fields' errors joined with "; "). Stored
 * errors are English text, so the known ones are recognised exactly; any other is shown as is.
 */
const HELD_FOR_ACCOUNT = sentenceRecogniser(
  HOLD_REASONS.accountMissing,
  'inbound.heldAccountMissing',
);

const KNOWN_SENTENCES: Recogniser[] = [
  ...(['template.tooMuchText', 'template.tooSlow'] as const).map((code): Recogniser => [
    new RegExp(`^${escaped(FIELD_ERROR_SENTENCES[code])}(?: \\(line (\\d+), column (\\d+)\\))?$`),
    (line, column) => withLocation(t(FIELD_ERROR_KEYS[code]), num(line), num(column)),
  ]),
  ...(Object.keys(VALUE_ERROR_SENTENCES) as ValueErrorCode[]).map((code) =>
    sentenceRecogniser(VALUE_ERROR_SENTENCES[code], VALUE_ERROR_KEYS[code]),
  ),
  HELD_FOR_ACCOUNT,
  sentenceRecogniser(HOLD_REASONS.switchedOff, 'inbound.heldSwitchedOff'),
  [
    new RegExp(`^${escaped(ATTEMPT_NEVER_FINISHED.stopped)}$`),
    () => t('deliveryError.attemptNeverFinished'),
  ],
  [
    new RegExp(`^${escaped(ATTEMPT_NEVER_FINISHED.retrying)}$`),
    () => t('deliveryError.attemptNeverFinishedRetrying'),
  ],
];

function num(value: string | number | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/** A stored sentence ("To must be an e-mail address: …"), its `{parts}` read back by name. */
function sentenceRecogniser(sentence: string, key: MessageKey): Recogniser {
  const names: string[] = [];
  const pattern = escaped(sentence).replace(/\\\{(\w+)\\\}/g, (_whole, name: string) => {
    names.push(name);
    // Not across "; ": a stored error joins several fields' sentences with it.
    return '([^;]+?)';
  });
  return [
    new RegExp(`^${pattern}$`),
    (...parts) => t(key, Object.fromEntries(names.map((name, i) => [name, parts[i]]))),
  ];
}

/** Whether a stored hold reason is "choose the … account" (the editor words it anew once chosen). */
export function isHeldForAccount(error: string): boolean {
  return HELD_FOR_ACCOUNT[0].test(error);
}

function sentenceText(sentence: string): string {
  for (const [pattern, render] of KNOWN_SENTENCES) {
    const match = pattern.exec(sentence);
    if (match) return render(...match.slice(1));
  }
  return sentence;
}

/** A delivery's or send test's error in the user's language where it is one Fluxo words. */
export function outcomeErrorText(error: string): string {
  // The attempt sentence contains "; " itself, so it is matched whole first.
  const whole = sentenceText(error);
  if (whole !== error) return whole;
  return error.split('; ').map(sentenceText).join('; ');
}
