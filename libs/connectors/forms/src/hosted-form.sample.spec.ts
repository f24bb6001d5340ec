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

  it('should be declared a hosted page so the host serves /f/:token', () => {
    expect(hostedFormSource.hostedPage).toBe(true);
  });
});
