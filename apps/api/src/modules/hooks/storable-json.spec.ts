import { describe, expect, it } from '@jest/globals';
import { storableJson, storableText } from './storable-json';

describe(storableText.name, () => {
  it.each([
    ['a NUL', 'a\u0000b', 'a\ufffdb'],
    ['a lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['a lone low surrogate', 'a\udc00b', 'a\ufffdb'],
    ['a high surrogate at the end', 'ab\ud83d', 'ab\ufffd'],
    ['two high surrogates in a row', '\ud83d\ud83d\ude00', '\ufffd\ud83d\ude00'],
  ])('should replace %s with U+FFFD', (_name, given, stored) => {
    expect(storableText(given)).toBe(stored);
  });

  it('should keep text jsonb accepts as it is, pairs and all', () => {
    const text = 'Olá 😀 Привіт ø \t\n';

    expect(storableText(text)).toBe(text);
  });
});

describe(storableJson.name, () => {
  it('should clean keys and values at every level and keep other values', () => {
    expect(
      storableJson({ 'k\u0000': ['\ud800', { n: 1, ok: true, none: null, s: 'x\u0000' }] }),
    ).toEqual({ 'k\ufffd': ['\ufffd', { n: 1, ok: true, none: null, s: 'x\ufffd' }] });
  });
});
