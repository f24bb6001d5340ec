import {
  ATTEMPT_NEVER_FINISHED,
  FIELD_ERROR_SENTENCES,
  type FieldError,
  type FieldErrorCode,
} from '@fluxo/contracts';
import { t, type MessageKey } from './i18n/t';

const FIELD_ERROR_KEYS: Record<FieldErrorCode, MessageKey> = {
  'template.tooMuchText': 'fieldError.templateTooMuchText',
  'template.tooSlow': 'fieldError.templateTooSlow',
};

function withLocation(message: string, line?: number, column?: number): string {
  return line !== undefined && column !== undefined
    ? t('fieldError.at', { message, line, column })
    : message;
}

/** A field error in the user's language when its code is known, else the API's words. */
export function fieldErrorText(error: FieldError): string {
  if (!error.code) return error.message;
  return withLocation(t(FIELD_ERROR_KEYS[error.code]), error.params?.line, error.params?.column);
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A stored sentence's pattern, and its wording from the pattern's captured parts. */
type Recogniser = [RegExp, (...parts: string[]) => string];

/**
 * The sentences a delivery's stored error is made of (fields' errors joined with "; "). Stored
 * errors are English text, so the known ones are recognised exactly; any other is shown as is.
 */
const KNOWN_SENTENCES: Recogniser[] = [
  ...(Object.keys(FIELD_ERROR_KEYS) as FieldErrorCode[]).map((code): Recogniser => [
    new RegExp(`^${escaped(FIELD_ERROR_SENTENCES[code])}(?: \\(line (\\d+), column (\\d+)\\))?$`),
    (line, column) => withLocation(t(FIELD_ERROR_KEYS[code]), num(line), num(column)),
  ]),
  [
    new RegExp(`^${escaped(ATTEMPT_NEVER_FINISHED.stopped)}$`),
    () => t('deliveryError.attemptNeverFinished'),
  ],
  [
    new RegExp(`^${escaped(ATTEMPT_NEVER_FINISHED.retrying)}$`),
    () => t('deliveryError.attemptNeverFinishedRetrying'),
  ],
];

function num(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
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
