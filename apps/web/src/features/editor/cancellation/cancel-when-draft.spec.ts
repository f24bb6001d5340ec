import { describe, expect, it } from '@jest/globals';
import { cancelWhenOf, draftOf, keyTemplateOf, testItemKey } from './cancel-when-draft';

const OWN = '7b6f3c1e-4a52-4f7e-9d2c-0a1b2c3d4e5f';
const OTHER = '0c9d8e7f-6a5b-4c3d-8e2f-1a2b3c4d5e6f';

describe('cancel-when draft', () => {
  it('should start a new cancellation switched off, listening to its own connection', () => {
    expect(draftOf(null, OWN)).toEqual({
      enabled: false,
      key: '',
      connectionIds: [OWN],
      statusVariable: '',
      statusValues: '',
    });
  });

  it('should wrap a picked variable in a template and leave a written template alone', () => {
    expect(keyTemplateOf(' customer.email ')).toBe('{{ customer.email }}');
    expect(keyTemplateOf('{{ order.id }}-{{ customer.email }}')).toBe(
      '{{ order.id }}-{{ customer.email }}',
    );
    expect(keyTemplateOf('plain words')).toBe('plain words');
  });

  it('should save nothing when switched off', () => {
    expect(cancelWhenOf({ ...draftOf(null, OWN), key: 'x' })).toEqual({
      ok: true,
      cancelWhen: null,
    });
  });

  it('should build the cancellation the API accepts, with its status filter', () => {
    const verdict = cancelWhenOf({
      enabled: true,
      key: 'customer.email',
      connectionIds: [OWN, OTHER],
      statusVariable: 'status',
      statusValues: 'approved\n\npaid ',
    });

    expect(verdict).toEqual({
      ok: true,
      cancelWhen: {
        key: '{{ customer.email }}',
        connectionIds: [OWN, OTHER],
        onlyIf: { variable: 'status', values: ['approved', 'paid'] },
      },
    });
  });

  it('should name the problem: a key without a variable, no connection, half a status filter', () => {
    const base = { ...draftOf(null, OWN), enabled: true, key: 'customer.email' };

    expect(cancelWhenOf({ ...base, key: 'the customer' })).toEqual({ ok: false, problem: 'key' });
    expect(cancelWhenOf({ ...base, connectionIds: [] })).toEqual({
      ok: false,
      problem: 'connections',
    });
    expect(cancelWhenOf({ ...base, statusVariable: 'status' })).toEqual({
      ok: false,
      problem: 'status',
    });
    expect(cancelWhenOf({ ...base, statusValues: 'paid' })).toEqual({
      ok: false,
      problem: 'status',
    });
  });

  it('should show the test item key as the API compares it, and nothing for longer templates', () => {
    const item = { customer: { email: '  Ana@Example.COM ' } };

    expect(testItemKey('customer.email', item)).toBe('ana@example.com');
    expect(testItemKey('{{ customer.phone }}', item)).toBeNull();
    expect(testItemKey('{{ a }}-{{ b }}', item)).toBeUndefined();
    expect(testItemKey('customer.email', null)).toBeUndefined();
  });
});
