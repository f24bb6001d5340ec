import { describe, expect, it } from '@jest/globals';
import { hostedFormSource } from './hosted-form.source';

describe('hostedFormSource.sample', () => {
  const sut = hostedFormSource.sample as (settings: Record<string, unknown>) => object;

  it('should offer one example answer per question, named like the variables', () => {
    const sample = sut({
      title: 'Book',
      questions: [
        { label: 'Your name', type: 'text' },
        { label: 'E-mail', name: 'email', type: 'email' },
        { label: 'Table', type: 'choice', choices: 'Inside\nTerrace' },
        { label: 'Deposit', name: 'deposit', type: 'amount' },
      ],
    });

    expect(sample).toEqual({
      your_name: 'Ana Lima',
      email: 'ana@example.com',
      table: 'Inside',
      deposit: '97.50',
      _submittedAt: '2025-01-15T10:30:00.000Z',
    });
  });

  it('should declare its hosted page: the form built from the settings and its validation', () => {
    const page = hostedFormSource.hostedPage;
    if (!page) throw new Error('the hosted form declares no page');
    const form = page.definition({
      title: 'Book',
      language: 'es',
      questions: [{ label: 'E-mail', name: 'email', type: 'email', required: true }],
    });

    expect(form).toMatchObject({ title: 'Book', language: 'es' });
    expect(form.questions.map((question) => question.name)).toEqual(['email']);
    expect(page.validate(form, { email: 'not-an-address' })).toMatchObject({ ok: false });
    expect(page.validate(form, { email: 'ana@example.com' })).toMatchObject({ ok: true });
  });
});
