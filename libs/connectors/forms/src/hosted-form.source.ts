import { isRecord } from '@fluxo/connector-sdk';
import {
  HONEYPOT_FIELD,
  InboundRejectedError,
  type HostedFormQuestion,
  defineSource,
} from '@fluxo/connector-sdk';
import { hostedFormDefinition } from './hosted-form.questions';
import { HostedFormValidationError, validateHostedSubmission } from './hosted-form.validation';

const honeypotFilled = (body: Record<string, unknown>): boolean => {
  const value = body[HONEYPOT_FIELD];
  return Array.isArray(value)
    ? value.some((v) => String(v).trim() !== '')
    : !!String(value ?? '').trim();
};

const EXAMPLE_ANSWERS: Record<string, string> = {
  email: 'ana@example.com',
  phone: '+5511999998888',
  number: '3',
  amount: '97.50',
  textarea: 'A few words',
};

function exampleAnswer(question: HostedFormQuestion): string {
  if (question.type === 'choice') return question.choices[0] ?? '';
  return EXAMPLE_ANSWERS[question.type] ?? 'Ana Lima';
}

export const hostedFormSource = defineSource({
  key: 'hosted-form',
  name: 'Hosted form',
  description:
    'Fluxo publishes a form page for you (phone-friendly, in your language). Each answer sent starts this connection.',
  kind: 'instant',
  fields: [
    {
      key: 'title',
      label: 'Form title',
      type: 'text',
      required: true,
      help: 'The heading people see at the top of the form, e.g. "Book a table".',
    },
    {
      key: 'intro',
      label: 'Introduction',
      type: 'textarea',
      required: false,
      help: 'A few words under the title: what the form is for and what happens next.',
    },
    {
      key: 'questions',
      label: 'Questions',
      type: 'list',
      required: true,
      help: 'The fields people fill in, in this order. Each answer becomes a variable you can use in the next steps.',
      itemFields: [
        {
          key: 'label',
          label: 'Question',
          type: 'text',
          required: true,
          help: 'What people read next to the field, e.g. "Your e-mail".',
        },
        {
          key: 'name',
          label: 'Variable name',
          type: 'text',
          required: false,
          placeholder: 'email',
          help: 'The name you use for this answer in the next steps. Leave empty to make one from the question; set it to keep it when you reword the question.',
        },
        {
          key: 'type',
          label: 'Answer type',
          type: 'select',
          required: true,
          default: 'text',
          options: [
            { value: 'text', label: 'Short text' },
            { value: 'textarea', label: 'Long text' },
            { value: 'email', label: 'E-mail address' },
            { value: 'phone', label: 'Phone number' },
            { value: 'number', label: 'Number' },
            { value: 'amount', label: 'Amount of money' },
            { value: 'choice', label: 'One of a list' },
          ],
          help: 'Fluxo checks the answer fits before accepting the form.',
        },
        {
          key: 'required',
          label: 'Required',
          type: 'boolean',
          required: false,
          default: false,
          help: 'Tick when the form cannot be sent without this answer.',
        },
        {
          key: 'choices',
          label: 'Options',
          type: 'textarea',
          required: false,
          showWhen: { field: 'type', equals: ['choice'] },
          help: 'For "One of a list": one option per line.',
        },
        {
          key: 'help',
          label: 'Hint',
          type: 'text',
          required: false,
          help: 'A short hint shown under the field, e.g. "We only call about your order".',
        },
      ],
    },
    {
      key: 'submitLabel',
      label: 'Button text',
      type: 'text',
      required: false,
      default: 'Send',
      help: 'The words on the send button.',
    },
    {
      key: 'successMessage',
      label: 'Thank-you message',
      type: 'textarea',
      required: false,
      help: 'Shown after the form is sent. Leave empty for a short thank-you in the form’s language.',
    },
    {
      key: 'redirectUrl',
      label: 'Go to this page after sending',
      type: 'url',
      required: false,
      placeholder: 'https://myshop.example/thanks',
      help: 'Optional. Instead of the thank-you message, people are taken to this address.',
    },
    {
      key: 'language',
      label: 'Form language',
      type: 'select',
      required: false,
      default: 'en',
      options: [
        { value: 'en', label: 'English' },
        { value: 'pt-BR', label: 'Português (Brasil)' },
        { value: 'es', label: 'Español' },
        { value: 'uk', label: 'Українська' },
        { value: 'nb', label: 'Norsk bokmål' },
      ],
      help: 'The language of the buttons, hints and error messages people see.',
    },
  ],
  hostedPage: {
    definition: hostedFormDefinition,
    validate: (form, body) => validateHostedSubmission(form.questions, body, form.language),
  },
  // The form's own questions are its variables, so mapping can start before anyone answers.
  sample: (settings) => ({
    ...Object.fromEntries(
      hostedFormDefinition(settings).questions.map((question) => [
        question.name,
        exampleAnswer(question),
      ]),
    ),
    _submittedAt: '2025-01-15T10:30:00.000Z',
  }),
  parse(request, eventId, ctx) {
    if (!isRecord(request.body)) {
      throw new InboundRejectedError(
        422,
        'INVALID_SUBMISSION',
        'Send the form’s fields (a form post or a JSON object)',
      );
    }
    // Bots fill every field; people never see this one. Acknowledge and drop the call.
    if (honeypotFilled(request.body)) return [];
    const form = hostedFormDefinition(ctx.settings);
    const result = validateHostedSubmission(form.questions, request.body, form.language);
    if (!result.ok) throw new HostedFormValidationError(result.fieldErrors, form.questions);
    const submittedAt = new Date().toISOString();
    return [
      {
        // A submission has no identity of its own: the host's id for the stored call is it.
        key: eventId,
        payload: { ...result.values, _submittedAt: submittedAt },
        occurredAt: submittedAt,
      },
    ];
  },
});
