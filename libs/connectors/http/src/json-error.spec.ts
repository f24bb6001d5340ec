import { describe, expect, it } from '@jest/globals';
import { excerptAround, locateJsonError } from './json-error';

describe(locateJsonError.name, () => {
  it.each([
    '{}',
    '[]',
    ' {"a": [1, -2.5e+3, 0, true, false, null], "b": {"c": "\\u00e9\\n\\"q\\""}} ',
    '"just text"',
    '42',
  ])('should find nothing wrong when the text is valid JSON: %s', (text) => {
    expect(locateJsonError(text)).toBeNull();
  });

  it.each([
    ['', 1, 1, 'the body is empty'],
    ['{"a": 1,}', 1, 9, "a comma cannot come just before '}'"],
    ['[1, 2,]', 1, 7, "a comma cannot come just before ']'"],
    ["{'a': 1}", 1, 2, "expected a property name in double quotes, found '''"],
    ['{a: 1}', 1, 2, 'expected a property name in double quotes, found "a"'],
    ['{"a" 1}', 1, 6, 'expected \':\' after the property name, found "1"'],
    ['{"a": }', 1, 7, "expected a value, found '}'"],
    ['{"a": undefined}', 1, 7, 'expected a value, found "undefined"'],
    ['{"a": 01}', 1, 8, "expected ',' or '}' after a property, found \"1\""],
    ['{"a": 1} x', 1, 10, 'unexpected "x" after the end of the JSON value'],
    [
      '{\n "a": "two\nlines"\n}',
      2,
      11,
      'a line break inside a text in double quotes (write it as \\n)',
    ],
    ['{"path": "C:\\data"}', 1, 13, '"\\d" is not a valid escape (write a backslash as \\\\)'],
    ['{"a": "\\u12"}', 1, 8, '\\u must be followed by four hexadecimal digits'],
    ['{"a": "open', 1, 12, 'a text in double quotes is not closed'],
    ['[1 2]', 1, 4, "expected ',' or ']' after a value, found \"2\""],
    ['{"a": 1', 1, 8, "expected ',' or '}' after a property, found the end of the text"],
    ['{"a": -}', 1, 7, '"-" is not a valid number'],
  ])('should point at the mistake when the text is %j', (text, line, column, reason) => {
    expect(JSON.parse.bind(null, text)).toThrow();

    expect(locateJsonError(text)).toMatchObject({ line, column, reason });
  });

  it('should refuse deep nesting instead of overflowing the stack', () => {
    expect(locateJsonError('['.repeat(100_000))?.reason).toBe('the JSON is nested too deeply');
  });
});

describe(excerptAround.name, () => {
  it('should show the text around the offset on one line with ellipses when cut', () => {
    const text = `${'a'.repeat(30)}\n\tXYZ${'b'.repeat(30)}`;

    expect(excerptAround(text, 32, 5)).toBe('…aaa XYZbb…');
  });
});
