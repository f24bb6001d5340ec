import type { FieldDefinition } from '@fluxo/contracts';
import { describe, expect, it } from '@jest/globals';
import { displayValue, isLiteralMappingField, joinChoices, splitChoices } from './mapping-values';

const currency: FieldDefinition = {
  key: 'currency',
  label: 'Currency',
  type: 'select',
  required: false,
  options: [
    { value: 'UAH', label: 'Hryvnia' },
    { value: 'USD', label: 'US dollar' },
  ],
};

describe(isLiteralMappingField.name, () => {
  it('should treat picked values as literals and everything else as templates', () => {
    for (const type of ['select', 'boolean', 'account', 'dynamic-select', 'multi-select'] as const)
      expect(isLiteralMappingField({ type })).toBe(true);
    for (const type of ['text', 'textarea', 'email', 'money'] as const)
      expect(isLiteralMappingField({ type })).toBe(false);
  });
});

describe(splitChoices.name, () => {
  it('should read a mapped multi-select back as its choices', () => {
    expect(splitChoices('approved, refunded,')).toEqual(['approved', 'refunded']);
    expect(splitChoices('')).toEqual([]);
  });

  it('should round-trip with joinChoices', () => {
    expect(splitChoices(joinChoices(['a', 'b']))).toEqual(['a', 'b']);
  });
});

describe(displayValue.name, () => {
  it('should show a choice by its label', () => {
    expect(displayValue('UAH', currency)).toBe('Hryvnia');
    expect(displayValue(['UAH', 'USD'], currency)).toBe('Hryvnia, US dollar');
  });

  it('should show empty values as a dash and other values as text or JSON', () => {
    expect(displayValue('')).toBe('—');
    expect(displayValue([])).toBe('—');
    expect(displayValue(12.5)).toBe('12.5');
    expect(displayValue({ a: 1 })).toContain('"a": 1');
  });
});
