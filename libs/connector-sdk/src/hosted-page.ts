import type { StepSettings } from '@fluxo/contracts';

/*
 * The contract between a source that serves a public page (Fluxo's hosted form) and the host
 * that renders it at /f/:token: the questions' shape, the limits and messages the page checks in
 * the browser, and the check the source makes of what was posted. The host knows no connector
 * by name; it finds the page through the source's `hostedPage` declaration.
 */

export const HOSTED_FORM_LANGUAGES = ['en', 'pt-BR', 'es', 'uk', 'nb'] as const;
export type HostedFormLanguage = (typeof HOSTED_FORM_LANGUAGES)[number];

export const QUESTION_TYPES = [
  'text',
  'email',
  'phone',
  'number',
  'amount',
  'choice',
  'textarea',
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/** The hidden field bots fill and people never see; its name can never be a question's. */
export const HONEYPOT_FIELD = '_website';

/** Longest answer kept per type; the page sets the same `maxlength`. */
export const MAX_ANSWER_LENGTH: Record<QuestionType, number> = {
  text: 500,
  email: 254,
  phone: 32,
  number: 64,
  amount: 32,
  choice: 500,
  textarea: 5000,
};

/** One question of a hosted form, with its variable name settled. */
export interface HostedFormQuestion {
  /** The variable the answer is stored under: given by the user or derived from the label. */
  name: string;
  label: string;
  type: QuestionType;
  required: boolean;
  choices: string[];
  help: string;
}

/** Everything the page and the validator need, read from the source step's settings. */
export interface HostedFormDefinition {
  title: string;
  intro: string;
  questions: HostedFormQuestion[];
  submitLabel: string;
  successMessage: string;
  redirectUrl: string | null;
  language: HostedFormLanguage;
}

/** The answers keyed by question name: text as typed (trimmed), numbers as numbers. */
export type HostedFormValues = Record<string, string | number | null>;

export type HostedSubmissionResult =
  | { ok: true; values: HostedFormValues }
  | {
      ok: false;
      /** Question name → what the visitor must fix, in the form's language. */
      fieldErrors: Record<string, string>;
      /** What the visitor typed (trimmed), to fill the form in again. */
      entered: Record<string, string>;
    };

export type HostedFormMessageKey =
  | 'required'
  | 'email'
  | 'phone'
  | 'number'
  | 'amount'
  | 'amountNegative'
  | 'amountDecimals'
  | 'choice'
  | 'tooLong';

export type HostedFormMessages = Record<HostedFormMessageKey, (max: number) => string>;

/** What the visitor reads under a field, in the form's language. */
export const HOSTED_FORM_MESSAGES: Record<HostedFormLanguage, HostedFormMessages> = {
  en: {
    required: () => 'Please fill in this field.',
    email: () => 'Enter an e-mail address like name@example.com.',
    phone: () => 'Enter a phone number with its country code, like +44 20 7946 0958.',
    number: () => 'Enter a number, like 12 or 3.5.',
    amount: () => 'Enter an amount, like 97.50.',
    amountNegative: () => 'The amount cannot be negative.',
    amountDecimals: () => 'Use at most two decimals, like 97.50.',
    choice: () => 'Choose one of the options.',
    tooLong: (max) => `Use at most ${max} characters.`,
  },
  'pt-BR': {
    required: () => 'Preencha este campo.',
    email: () => 'Informe um e-mail como nome@exemplo.com.',
    phone: () => 'Informe um telefone com DDI e DDD, como +55 11 91234-5678.',
    number: () => 'Informe um número, como 12 ou 3,5.',
    amount: () => 'Informe um valor, como 97,50.',
    amountNegative: () => 'O valor não pode ser negativo.',
    amountDecimals: () => 'Use no máximo duas casas decimais, como 97,50.',
    choice: () => 'Escolha uma das opções.',
    tooLong: (max) => `Use no máximo ${max} caracteres.`,
  },
  es: {
    required: () => 'Completa este campo.',
    email: () => 'Escribe un correo como nombre@ejemplo.com.',
    phone: () => 'Escribe un teléfono con el código de país, como +34 612 345 678.',
    number: () => 'Escribe un número, como 12 o 3,5.',
    amount: () => 'Escribe un importe, como 97,50.',
    amountNegative: () => 'El importe no puede ser negativo.',
    amountDecimals: () => 'Usa como máximo dos decimales, como 97,50.',
    choice: () => 'Elige una de las opciones.',
    tooLong: (max) => `Usa como máximo ${max} caracteres.`,
  },
  uk: {
    required: () => 'Заповніть це поле.',
    email: () => 'Введіть адресу на кшталт name@example.com.',
    phone: () => 'Введіть номер із кодом країни, наприклад +380 67 123 4567.',
    number: () => 'Введіть число, наприклад 12 або 3,5.',
    amount: () => 'Введіть суму, наприклад 97,50.',
    amountNegative: () => 'Сума не може бути відʼємною.',
    amountDecimals: () => 'Не більше двох знаків після коми, наприклад 97,50.',
    choice: () => 'Виберіть один із варіантів.',
    tooLong: (max) => `Не більше ${max} символів.`,
  },
  nb: {
    required: () => 'Fyll ut dette feltet.',
    email: () => 'Skriv en e-postadresse som navn@eksempel.no.',
    phone: () => 'Skriv et telefonnummer med landskode, som +47 412 34 567.',
    number: () => 'Skriv et tall, som 12 eller 3,5.',
    amount: () => 'Skriv et beløp, som 97,50.',
    amountNegative: () => 'Beløpet kan ikke være negativt.',
    amountDecimals: () => 'Bruk høyst to desimaler, som 97,50.',
    choice: () => 'Velg ett av alternativene.',
    tooLong: (max) => `Bruk høyst ${max} tegn.`,
  },
};

export interface HostedPage {
  /** The page's questions, texts and language, read from the source step's settings. */
  definition(settings: StepSettings): HostedFormDefinition;
  /** The source's own check of a post, so a refused page shows what to fix under each field. */
  validate(form: HostedFormDefinition, body: unknown): HostedSubmissionResult;
}
