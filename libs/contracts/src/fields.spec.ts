import { describe, expect, it } from '@jest/globals';
import { fieldSchema, isFieldShown, optionsOf } from './fields';

describe(isFieldShown.name, () => {
  const token = { showWhen: { field: 'authType', equals: ['bearer'] } };

  it('should show a field without a condition', () => {
    expect(isFieldShown({}, {})).toBe(true);
  });

  it('should show a field when the sibling has one of the values', () => {
    expect(isFieldShown(token, { authType: 'bearer' })).toBe(true);
  });

  it('should hide a field when the sibling has another value', () => {
    expect(isFieldShown(token, { authType: 'basic' })).toBe(false);
  });

  it('should treat a missing sibling as the empty value', () => {
    expect(isFieldShown(token, {})).toBe(false);
    expect(isFieldShown({ showWhen: { field: 'authType', equals: [''] } }, {})).toBe(true);
  });

  it('should compare numbers and booleans by their text', () => {
    expect(isFieldShown({ showWhen: { field: 'on', equals: ['true'] } }, { on: true })).toBe(true);
  });
});

describe('fieldSchema', () => {
  const base = { key: 'k', label: 'K', required: true };

  it.each([
    ['a select without its options', { ...base, type: 'select' }],
    ['a dynamic-select without its loader', { ...base, type: 'dynamic-select' }],
    ['an account field without its connectors', { ...base, type: 'account' }],
    ['a list without its row fields', { ...base, type: 'list' }],
    [
      'a list inside a list',
      { ...base, type: 'list', itemFields: [{ ...base, type: 'list', itemFields: [] }] },
    ],
    ['an unknown type', { ...base, type: 'colour' }],
  ])('should refuse %s', (_case, field) => {
    expect(fieldSchema.safeParse(field).success).toBe(false);
  });

  it('should keep only what a type carries', () => {
    const parsed = fieldSchema.parse({
      ...base,
      type: 'text',
      options: [{ value: 'a', label: 'A' }],
    });

    expect(parsed).toEqual({ ...base, type: 'text' });
  });
});

describe(optionsOf.name, () => {
  const choices = [{ value: 'a', label: 'A' }];

  it('should give the choices of selects and multi-selects and none for other types', () => {
    expect(
      optionsOf({ key: 'k', label: 'K', required: false, type: 'select', options: choices }),
    ).toEqual(choices);
    expect(
      optionsOf({ key: 'k', label: 'K', required: false, type: 'multi-select', options: choices }),
    ).toEqual(choices);
    expect(optionsOf({ key: 'k', label: 'K', required: false, type: 'text' })).toEqual([]);
  });
});
