import { describe, expect, it } from '@jest/globals';
import {
  VARIABLE_FORMATS,
  formatFilter,
  insertVariable,
  liquidString,
  variableTag,
} from './insert-variable';

describe(insertVariable.name, () => {
  it('should insert the tag at the cursor when nothing is selected', () => {
    const sut = insertVariable('Thanks, !', 'name', 8);

    expect(sut).toEqual({ value: 'Thanks, {{ name }}!', caret: 18 });
  });

  it('should replace the selected text when a range is selected', () => {
    const sut = insertVariable('Hello NAME', 'customer.name', 6, 10);

    expect(sut.value).toBe('Hello {{ customer.name }}');
    expect(sut.caret).toBe(sut.value.length);
  });

  it('should append at the end when the cursor is unknown', () => {
    const sut = insertVariable('Order ', 'order_id', null);

    expect(sut).toEqual({ value: 'Order {{ order_id }}', caret: 20 });
  });

  it('should fill an empty field', () => {
    expect(insertVariable('', 'email', 0)).toEqual({ value: '{{ email }}', caret: 11 });
  });

  it('should clamp a stale cursor that is past the end of the value', () => {
    expect(insertVariable('ab', 'x', 10, 12).value).toBe('ab{{ x }}');
  });

  it('should treat a reversed range as a cursor at its start', () => {
    expect(insertVariable('abcd', 'x', 3, 1).value).toBe('abc{{ x }}d');
  });

  it('should insert the variable through a filter when a format is chosen', () => {
    const sut = insertVariable('Hello , bye', 'name', 6, 6, 'upcase');

    expect(sut).toEqual({ value: 'Hello {{ name | upcase }}, bye', caret: 25 });
  });

  it('should insert the plain tag when the filter is null', () => {
    expect(insertVariable('', 'name', 0, 0, null).value).toBe('{{ name }}');
  });
});

describe(variableTag.name, () => {
  it('should wrap the path in liquid braces with spaces', () => {
    expect(variableTag('items[0].sku')).toBe('{{ items[0].sku }}');
  });

  it('should add the filter after a pipe when one is given', () => {
    expect(variableTag('paid_at', 'date: "%Y-%m-%d"')).toBe('{{ paid_at | date: "%Y-%m-%d" }}');
  });
});

describe(formatFilter.name, () => {
  it('should give no filter for the plain format', () => {
    expect(formatFilter('plain')).toBeNull();
  });

  it('should give the liquid filter of each format', () => {
    const sut = Object.fromEntries(VARIABLE_FORMATS.map((f) => [f, formatFilter(f, 'n/a')]));

    expect(sut).toEqual({
      plain: null,
      upcase: 'upcase',
      downcase: 'downcase',
      capitalize: 'capitalize',
      dateDay: 'date: "%d.%m.%Y"',
      dateIso: 'date: "%Y-%m-%d"',
      dateTime: 'date: "%d.%m.%Y %H:%M"',
      round2: 'round: 2',
      default: 'default: "n/a"',
    });
  });

  it('should quote the default text when it has quotes and backslashes', () => {
    expect(formatFilter('default', 'say "hi" \\ bye')).toBe('default: "say \\"hi\\" \\\\ bye"');
  });

  it('should insert an empty default when no text was typed', () => {
    expect(variableTag('city', formatFilter('default'))).toBe('{{ city | default: "" }}');
  });
});

describe(liquidString.name, () => {
  it('should keep single quotes and braces as they are', () => {
    expect(liquidString("it's {{ x }}")).toBe('"it\'s {{ x }}"');
  });
});
