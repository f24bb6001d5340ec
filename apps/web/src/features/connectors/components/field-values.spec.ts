import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from 'vitest';
import { initialFieldValues, missingRequiredFields, toSubmitValues } from './field-values';

const fields: FieldDefinition[] = [
  { key: 'host', label: 'SMTP host', type: 'text', required: true },
  { key: 'port', label: 'Port', type: 'number', required: true, default: 587 },
  { key: 'security', label: 'Security', type: 'select', required: true, default: 'starttls' },
  { key: 'password', label: 'Password', type: 'password', required: false, secret: true },
  { key: 'pool', label: 'Keep open', type: 'boolean', required: false },
];

describe(initialFieldValues.name, () => {
  it('should prefill defaults as text and booleans as flags when nothing is saved', () => {
    expect(initialFieldValues(fields)).toEqual({
      host: '',
      port: '587',
      security: 'starttls',
      password: '',
      pool: false,
    });
  });

  it('should prefer saved values over defaults', () => {
    expect(initialFieldValues(fields, { port: 465, pool: true })).toMatchObject({
      port: '465',
      pool: true,
    });
  });
});

describe(missingRequiredFields.name, () => {
  it('should list required fields that are blank', () => {
    const sut = missingRequiredFields(fields, {
      host: '  ',
      port: '587',
      security: '',
      pool: false,
    });

    expect(Object.keys(sut)).toEqual(['host', 'security']);
    expect(sut.host).toContain('SMTP host');
  });
});

describe(toSubmitValues.name, () => {
  it('should turn numbers into numbers and leave out empty optional fields', () => {
    const sut = toSubmitValues(fields, {
      host: 'smtp.example.com',
      port: '465',
      security: 'tls',
      password: '',
      pool: false,
    });

    expect(sut).toEqual({ host: 'smtp.example.com', port: 465, security: 'tls', pool: false });
  });

  it('should accept a decimal comma in money fields', () => {
    const money: FieldDefinition[] = [
      { key: 'amount', label: 'Amount', type: 'money', required: false },
    ];

    expect(toSubmitValues(money, { amount: '12,50' })).toEqual({ amount: 12.5 });
  });
});
