import { describe, expect, it } from 'vitest';
import { insertVariable, variableTag } from './insert-variable';

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
});

describe(variableTag.name, () => {
  it('should wrap the path in liquid braces with spaces', () => {
    expect(variableTag('items[0].sku')).toBe('{{ items[0].sku }}');
  });
});
