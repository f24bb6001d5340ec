import type { StepSettings } from '@fluxo/contracts';
import type {
  HostedFormDefinition,
  HostedFormLanguage,
  HostedFormQuestion,
  QuestionType,
} from '@fluxo/connector-sdk';
import { HONEYPOT_FIELD, HOSTED_FORM_LANGUAGES, QUESTION_TYPES } from '@fluxo/connector-sdk';

// Ukrainian labels get readable variable names too ("Ім'я" → "imia"), not "question_1".
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'h',
  ґ: 'g',
  д: 'd',
  е: 'e',
  є: 'ie',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ь: '',
  ю: 'iu',
  я: 'ia',
  ы: 'y',
  э: 'e',
  ё: 'io',
  ъ: '',
};

/**
 * A variable name a mapping can use as `{{ name }}`: lower-case letters, digits and `_`.
 * Never starts with `_` (reserved for what Fluxo adds, like `_submittedAt`).
 */
export function toVariableName(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(/[å]/g, 'a')
    .replace(/[\u0400-\u04ff]/g, (letter) => CYRILLIC[letter] ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[_\d]+|_+$/g, '')
    .slice(0, 60);
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '';

const isLanguage = (value: string): value is HostedFormLanguage =>
  (HOSTED_FORM_LANGUAGES as readonly string[]).includes(value);

const isQuestionType = (value: string): value is QuestionType =>
  (QUESTION_TYPES as readonly string[]).includes(value);

/**
 * Reads the questions from the step's `questions` list. Names are stable: the given name, else
 * one derived from the label, else `question_<position>`; repeats get `_2`, `_3`.
 */
export function hostedFormQuestions(settings: StepSettings): HostedFormQuestion[] {
  const rows = Array.isArray(settings.questions) ? settings.questions : [];
  const taken = new Set<string>([HONEYPOT_FIELD]);
  const questions: HostedFormQuestion[] = [];
  rows.forEach((row, index) => {
    if (typeof row !== 'object' || row === null) return;
    const label = text(row.label);
    const type = text(row.type);
    const base = toVariableName(text(row.name)) || toVariableName(label) || `question_${index + 1}`;
    let name = base;
    for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
    taken.add(name);
    questions.push({
      name,
      label: label || name,
      type: isQuestionType(type) ? type : 'text',
      required: row.required === true || row.required === 'true',
      choices: [
        ...new Set(
          text(row.choices)
            .split(/\r?\n/)
            .map((choice) => choice.trim())
            .filter(Boolean),
        ),
      ],
      help: text(row.help),
    });
  });
  return questions;
}

/** The whole hosted form as saved in the source step, with defaults filled in. */
export function hostedFormDefinition(settings: StepSettings): HostedFormDefinition {
  const language = text(settings.language);
  const redirectUrl = text(settings.redirectUrl);
  return {
    title: text(settings.title),
    intro: text(settings.intro),
    questions: hostedFormQuestions(settings),
    submitLabel: text(settings.submitLabel),
    successMessage: text(settings.successMessage),
    redirectUrl: /^https?:\/\//i.test(redirectUrl) ? redirectUrl : null,
    language: isLanguage(language) ? language : 'en',
  };
}
