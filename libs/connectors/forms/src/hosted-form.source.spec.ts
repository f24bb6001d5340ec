import {
  HONEYPOT_FIELD,
  InboundRejectedError,
  testContext,
  type InboundRequest,
} from '@fluxo/connector-sdk';
import { fieldSchema, type StepSettings } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { hostedFormDefinition, hostedFormQuestions, toVariableName } from './hosted-form.questions';
import { hostedFormSource } from './hosted-form.source';
import { HostedFormValidationError } from './hosted-form.validation';

const settings: StepSettings = {
  title: 'Book a table',
  language: 'pt-BR',
  questions: [
    { label: 'Seu nome', type: 'text', required: true },
    { label: 'E-mail', name: 'email', type: 'email', required: true },
    { label: 'Telefone', type: 'phone', required: false },
    { label: 'Pessoas', name: 'people', type: 'number', required: true },
    { label: 'Sinal', name: 'deposit', type: 'amount', required: false },
    { label: 'Mesa', name: 'area', type: 'choice', required: true, choices: 'Salão\nVaranda' },
  ],
};

/** A urlencoded post exactly as the hosted page sends it. */
function formPost(fields: Record<string, string>): InboundRequest {
  const raw = new URLSearchParams(fields).toString();
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    query: {},
    contentType: 'application/x-www-form-urlencoded',
    body: Object.fromEntries(new URLSearchParams(raw)),
    files: [],
    rawBody: Buffer.from(raw),
    url: 'https://fluxo.example/f/tok',
  };
}

const valid = {
  seu_nome: ' Ana Lima ',
  email: 'ana@example.com',
  telefone: '+55 11 91234-5678',
  people: '4',
  deposit: '97,50',
  area: 'Varanda',
  [HONEYPOT_FIELD]: '',
};

const parse = (request: InboundRequest, eventId = 'evt_1') =>
  hostedFormSource.parse(request, eventId, testContext({ settings }));

const rejection = (request: InboundRequest): InboundRejectedError => {
  try {
    parse(request);
  } catch (error) {
    return error as InboundRejectedError;
  }
  throw new Error('parse did not throw');
};

describe('hostedFormSource', () => {
  it('should declare frozen keys and valid editor fields', () => {
    expect(hostedFormSource.key).toBe('hosted-form');
    expect(hostedFormSource.name).toBe('Hosted form');
    expect(hostedFormSource.fields.map((f) => f.key)).toEqual([
      'title',
      'intro',
      'questions',
      'submitLabel',
      'successMessage',
      'redirectUrl',
      'language',
    ]);
    const questions = hostedFormSource.fields.find((f) => f.key === 'questions');
    expect(questions?.type).toBe('list');
    expect(questions?.type === 'list' && questions.itemFields.map((f) => f.key)).toEqual([
      'label',
      'name',
      'type',
      'required',
      'choices',
      'help',
    ]);
    for (const field of hostedFormSource.fields)
      expect(() => fieldSchema.parse(field)).not.toThrow();
  });

  describe('parse', () => {
    it('should emit one item keyed by the event id with typed answers when the form is valid', () => {
      const [item, ...rest] = parse(formPost(valid), 'evt_42');

      expect(rest).toEqual([]);
      expect(item.key).toBe('evt_42');
      expect(item.payload).toEqual({
        seu_nome: 'Ana Lima',
        email: 'ana@example.com',
        telefone: '+5511912345678',
        people: 4,
        deposit: 97.5,
        area: 'Varanda',
        _submittedAt: item.occurredAt,
      });
      expect(Date.parse(item.occurredAt as string)).toBeGreaterThan(Date.now() - 60_000);
    });

    it('should ignore the call when the hidden bot field is filled', () => {
      expect(parse(formPost({ ...valid, [HONEYPOT_FIELD]: 'http://spam.example' }))).toEqual([]);
    });

    it('should ignore the call when a bot fills only the hidden field', () => {
      expect(parse(formPost({ [HONEYPOT_FIELD]: 'x' }))).toEqual([]);
    });

    it('should throw a 422 with per-field errors in the form’s language when answers are wrong', () => {
      const error = rejection(formPost({ ...valid, email: 'ana@', people: '', area: 'Cozinha' }));

      expect(error).toBeInstanceOf(HostedFormValidationError);
      expect(error).toBeInstanceOf(InboundRejectedError);
      expect(error.statusCode).toBe(422);
      expect(error.code).toBe('INVALID_SUBMISSION');
      expect((error as HostedFormValidationError).fieldErrors).toEqual([
        { field: 'email', message: 'Informe um e-mail como nome@exemplo.com.' },
        { field: 'people', message: 'Preencha este campo.' },
        { field: 'area', message: 'Escolha uma das opções.' },
      ]);
      expect(error.message).toContain('E-mail: Informe um e-mail');
    });

    it.each([
      ['a string', 'hello'],
      ['a list', [{ a: 1 }]],
      ['nothing', undefined],
    ])('should refuse a body that is %s', (_, body) => {
      const error = rejection({ ...formPost({}), body });

      expect(error).toBeInstanceOf(InboundRejectedError);
      expect(error).not.toBeInstanceOf(HostedFormValidationError);
      expect(error.statusCode).toBe(422);
    });

    it('should accept a JSON object body like a form post', () => {
      const request = { ...formPost({}), body: { ...valid, people: 2 } };

      expect(parse(request)[0].payload).toMatchObject({ people: 2, email: 'ana@example.com' });
    });
  });
});

describe(hostedFormQuestions.name, () => {
  it('should derive stable variable names from labels and keep given ones', () => {
    const names = hostedFormQuestions(settings).map((q) => q.name);

    expect(names).toEqual(['seu_nome', 'email', 'telefone', 'people', 'deposit', 'area']);
    expect(hostedFormQuestions(settings).map((q) => q.name)).toEqual(names);
  });

  it('should number repeated names and fall back to the position when nothing is usable', () => {
    const questions = hostedFormQuestions({
      questions: [
        { label: 'Name', type: 'text' },
        { label: 'name', type: 'text' },
        { label: '¿?', type: 'text' },
        { label: 'Other', name: '_website', type: 'text' },
      ],
    });

    expect(questions.map((q) => q.name)).toEqual(['name', 'name_2', 'question_3', 'website']);
  });

  it('should split choices by line, trimmed and without repeats or blanks', () => {
    const [q] = hostedFormQuestions({
      questions: [{ label: 'Size', type: 'choice', choices: ' S \r\nM\n\nS\nL ' }],
    });

    expect(q.choices).toEqual(['S', 'M', 'L']);
  });

  it('should default the type to text and required to false when they are missing or unknown', () => {
    const [q] = hostedFormQuestions({ questions: [{ label: 'Note', type: 'colour' }] });

    expect(q).toEqual({
      name: 'note',
      label: 'Note',
      type: 'text',
      required: false,
      choices: [],
      help: '',
    });
  });

  it('should return no questions when the setting is missing or not a list', () => {
    expect(hostedFormQuestions({})).toEqual([]);
    expect(hostedFormQuestions({ questions: 'name' })).toEqual([]);
  });
});

describe(toVariableName.name, () => {
  it.each([
    ['Your e-mail', 'your_e_mail'],
    ['Número do pedido', 'numero_do_pedido'],
    ["Ім'я", 'im_ia'],
    ['Прізвище', 'prizvyshche'],
    ['Størrelse på bord', 'storrelse_pa_bord'],
    ['Año', 'ano'],
    ['1st choice', 'st_choice'],
    ['__secret__', 'secret'],
  ])('should turn %j into %j', (label, name) => {
    expect(toVariableName(label)).toBe(name);
  });
});

describe(hostedFormDefinition.name, () => {
  it('should fill in defaults when optional settings are missing', () => {
    expect(hostedFormDefinition({ title: ' Hi ' })).toEqual({
      title: 'Hi',
      intro: '',
      questions: [],
      submitLabel: '',
      successMessage: '',
      redirectUrl: null,
      language: 'en',
    });
  });

  it('should keep only web addresses as the page to go to after sending', () => {
    expect(hostedFormDefinition({ redirectUrl: 'https://shop.example/ok' }).redirectUrl).toBe(
      'https://shop.example/ok',
    );
    expect(hostedFormDefinition({ redirectUrl: 'javascript:alert(1)' }).redirectUrl).toBeNull();
  });

  it('should fall back to English when the language is not offered', () => {
    expect(hostedFormDefinition({ language: 'fr' }).language).toBe('en');
  });
});
