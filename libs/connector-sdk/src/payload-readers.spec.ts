import { describe, expect, it } from '@jest/globals';
import { isRecord, numberOf, recordAt, textOf, textOrNull } from './payload-readers';

describe('payload readers', () => {
  it('should take only plain objects for records', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord([1])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(recordAt('text')).toEqual({});
    expect(recordAt({ id: 7 })).toEqual({ id: 7 });
  });

  it.each([
    ['ana', 'ana'],
    [42, '42'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
    [{ nested: 1 }, ''],
    [['a'], ''],
  ])('should read %p as the text %p', (value, expected) => {
    expect(textOf(value)).toBe(expected);
  });

  it('should read blanks and non-scalars as missing text', () => {
    expect(textOrNull('')).toBeNull();
    expect(textOrNull(false)).toBeNull();
    expect(textOrNull(0)).toBe('0');
    expect(textOrNull('x')).toBe('x');
  });

  it.each([
    [12.5, 12.5],
    ['12.5', 12.5],
    [' 7 ', 7],
    ['', null],
    ['  ', null],
    ['abc', null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
    [true, null],
  ])('should read %p as the number %p', (value, expected) => {
    expect(numberOf(value)).toBe(expected);
  });
});
