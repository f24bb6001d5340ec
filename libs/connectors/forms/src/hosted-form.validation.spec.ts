import { describe, expect, it } from '@jest/globals';
import {
  HOSTED_FORM_LANGUAGES,
  MAX_ANSWER_LENGTH,
  type HostedFormQuestion,
  HOSTED_FORM_MESSAGES,
  type QuestionType,
} from '@fluxo/connector-sdk';
import {
  HostedFormValidationError,
  normalizePhone,
  parseAmount,
  validateHostedSubmission,
} from './hosted-form.validation';

const question = (
  type: QuestionType,
  overrides: Partial<HostedFormQuestion> = {},
): HostedFormQuestion => ({
  name: 'answer',
  label: 'Answer',
  type,
  required: false,
  choices: [],
  help: '',
  ...overrides,
});

const errorOf = (q: HostedFormQuestion, answer: unknown, language?: 'en' | 'pt-BR') => {
  const result = validateHostedSubmission([q], { [q.name]: answer }, language);
  return result.ok ? null : result.fieldErrors[q.name];
};

const valueOf = (q: HostedFormQuestion, answer: unknown) => {
  const result = validateHostedSubmission([q], { [q.name]: answer });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.fieldErrors)}`);
  return result.values[q.name];
};

const en = HOSTED_FORM_MESSAGES.en;

describe(validateHostedSubmission.name, () => {
  describe('required', () => {
    it.each(['', '   ', undefined, null, []])(
      'should refuse a required question when the answer is %j',
      (answer) => {
        expect(errorOf(question('text', { required: true }), answer)).toBe(en.required(500));
      },
    );

    it.each<[QuestionType, string | null]>([
      ['text', ''],
      ['textarea', ''],
      ['email', ''],
      ['phone', ''],
      ['choice', ''],
      ['number', null],
      ['amount', null],
    ])('should keep an optional empty %s question as %j', (type, empty) => {
      expect(valueOf(question(type), '  ')).toBe(empty);
    });

    it('should refuse in the form’s language when the form is in Portuguese', () => {
      expect(errorOf(question('text', { required: true }), '', 'pt-BR')).toBe(
        'Preencha este campo.',
      );
    });

    it('should fall back to English when the language is unknown', () => {
      const result = validateHostedSubmission(
        [question('text', { required: true })],
        {},
        'xx' as 'en',
      );

      expect(result).toMatchObject({ ok: false, fieldErrors: { answer: en.required(500) } });
    });
  });

  describe('text', () => {
    it('should trim the answer when it has spaces around it', () => {
      expect(valueOf(question('text'), '  Ana Lima \n')).toBe('Ana Lima');
    });

    it('should take the first value when a name is repeated', () => {
      expect(valueOf(question('text'), ['first', 'second'])).toBe('first');
    });

    it('should read numbers and booleans of a JSON body as text', () => {
      expect(valueOf(question('text'), 42)).toBe('42');
      expect(valueOf(question('text'), true)).toBe('true');
    });

    it('should accept an answer when it is exactly as long as allowed', () => {
      expect(valueOf(question('text'), 'x'.repeat(MAX_ANSWER_LENGTH.text))).toHaveLength(500);
    });

    it.each<QuestionType>(['text', 'textarea', 'email', 'choice'])(
      'should refuse a %s answer when it is longer than allowed',
      (type) => {
        const max = MAX_ANSWER_LENGTH[type];

        expect(errorOf(question(type), 'x'.repeat(max + 1))).toBe(en.tooLong(max));
      },
    );

    it('should allow long answers when the question is a long text', () => {
      expect(valueOf(question('textarea'), 'y'.repeat(5000))).toHaveLength(5000);
    });
  });

  describe('email', () => {
    it.each(['ana@example.com', 'ana.lima+shop@mail.example.co.uk', 'Ü@bücher.de'])(
      'should accept %s',
      (email) => {
        expect(valueOf(question('email'), ` ${email} `)).toBe(email);
      },
    );

    it.each([
      'ana',
      'ana@',
      '@example.com',
      'ana@example',
      'ana@@example.com',
      'a na@ex.com',
      'ana@example.c',
      'ana@.com',
    ])('should refuse %s', (email) => {
      expect(errorOf(question('email'), email)).toBe(en.email(254));
    });
  });

  describe('phone', () => {
    it.each([
      ['+351 912 345 678', '+351912345678'],
      ['+55 (11) 91234-5678', '+5511912345678'],
      ['0047 412 34 567', '+4741234567'],
      ['+1.555.010.9999', '+15550109999'],
      ['912345678', '912345678'],
    ])('should normalise %s to %s', (typed, normalised) => {
      expect(valueOf(question('phone'), typed)).toBe(normalised);
    });

    it.each(['12345', '+0 123 456 789', 'call me', '+351 912 345 678 ext 2', '+1234567890123456'])(
      'should refuse %s',
      (typed) => {
        expect(errorOf(question('phone'), typed)).toBe(en.phone(32));
      },
    );
  });

  describe('number', () => {
    it.each([
      ['12', 12],
      ['-3.5', -3.5],
      ['3,5', 3.5],
      ['0', 0],
      [' 1 000 ', 1000],
    ])('should read %j as %d', (typed, value) => {
      expect(valueOf(question('number'), typed)).toBe(value);
    });

    it.each(['twelve', '1e5', '1.2.3', '--1', '0x10', '1,234.5'])('should refuse %s', (typed) => {
      expect(errorOf(question('number'), typed)).toBe(en.number(64));
    });
  });

  describe('amount', () => {
    it.each([
      ['97.50', 97.5],
      ['97,50', 97.5],
      ['97,5', 97.5],
      ['0', 0],
      ['1.234,56', 1234.56],
      ['1,234.56', 1234.56],
      ['1 234,56', 1234.56],
      ['1.234', 1234],
      ['97.505', 97505],
      ['1,234,567', 1234567],
      ['1.234.567,89', 1234567.89],
    ])('should read %j as %d', (typed, value) => {
      expect(valueOf(question('amount'), typed)).toBe(value);
    });

    it('should refuse a negative amount', () => {
      expect(errorOf(question('amount'), '-5')).toBe(en.amountNegative(32));
    });

    it.each(['97.5055', '0.125', '1,2345'])('should refuse %s for its decimals', (typed) => {
      expect(errorOf(question('amount'), typed)).toBe(en.amountDecimals(32));
    });

    it.each(['R$ 10', 'ten', '12.34.56', '1,234,56', '1.234.5,6', '.50', '1e3'])(
      'should refuse %s',
      (typed) => {
        expect(errorOf(question('amount'), typed)).toBe(en.amount(32));
      },
    );
  });

  describe('choice', () => {
    const size = question('choice', { choices: ['Small', 'Large'] });

    it('should accept one of the options', () => {
      expect(valueOf(size, ' Large ')).toBe('Large');
    });

    it.each(['large', 'Medium', 'Small,Large'])('should refuse %s', (typed) => {
      expect(errorOf(size, typed)).toBe(en.choice(500));
    });
  });

  describe('the whole submission', () => {
    const questions = [
      question('text', { name: 'name', label: 'Name', required: true }),
      question('email', { name: 'email', label: 'E-mail', required: true }),
      question('amount', { name: 'amount', label: 'Amount' }),
    ];

    it('should keep only the questions’ answers when the body has other fields', () => {
      const result = validateHostedSubmission(questions, {
        name: 'Ana',
        email: 'ana@example.com',
        amount: '97,50',
        role: 'admin',
      });

      expect(result).toEqual({
        ok: true,
        values: { name: 'Ana', email: 'ana@example.com', amount: 97.5 },
      });
    });

    it('should list every wrong answer and what was typed when several are wrong', () => {
      const result = validateHostedSubmission(questions, {
        name: ' ',
        email: ' ana@ ',
        amount: '12',
      });

      expect(result).toEqual({
        ok: false,
        fieldErrors: { name: en.required(500), email: en.email(254) },
        entered: { name: '', email: 'ana@', amount: '12' },
      });
    });

    it.each([null, 'text', ['a'], 7])('should treat a %j body as all answers empty', (body) => {
      const result = validateHostedSubmission(questions, body);

      expect(result).toMatchObject({ ok: false, fieldErrors: { name: en.required(500) } });
    });

    it('should cut what was typed to the allowed length when it is too long', () => {
      const result = validateHostedSubmission([question('text')], { answer: 'z'.repeat(900) });

      expect(result.ok ? null : result.entered.answer).toHaveLength(500);
    });
  });
});

describe('HOSTED_FORM_MESSAGES', () => {
  it.each(HOSTED_FORM_LANGUAGES)('should have every message in %s', (language) => {
    const messages = HOSTED_FORM_MESSAGES[language];

    expect(Object.keys(messages).sort()).toEqual(Object.keys(HOSTED_FORM_MESSAGES.en).sort());
    for (const message of Object.values(messages)) expect(message(10).length).toBeGreaterThan(5);
    expect(messages.tooLong(77)).toContain('77');
  });
});

describe(HostedFormValidationError.name, () => {
  it('should be a 422 with the field errors and the labels in its message', () => {
    const sut = new HostedFormValidationError({ email: 'Enter an e-mail address.' }, [
      question('email', { name: 'email', label: 'Your e-mail' }),
    ]);

    expect(sut.statusCode).toBe(422);
    expect(sut.code).toBe('INVALID_SUBMISSION');
    expect(sut.fieldErrors).toEqual([{ field: 'email', message: 'Enter an e-mail address.' }]);
    expect(sut.message).toBe('Some answers need fixing: Your e-mail: Enter an e-mail address.');
  });
});

describe(normalizePhone.name, () => {
  it('should return null when there are letters', () => {
    expect(normalizePhone('+351 91 ABC')).toBeNull();
  });
});

describe(parseAmount.name, () => {
  it('should read a bare integer', () => {
    expect(parseAmount('97')).toBe(97);
  });
});
