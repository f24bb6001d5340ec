import { describe, expect, it } from '@jest/globals';
import { isFieldShown } from './fields';

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
