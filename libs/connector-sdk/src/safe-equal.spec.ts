import { describe, expect, it } from '@jest/globals';
import { safeEqual } from './safe-equal';

describe(safeEqual.name, () => {
  it.each([
    ['equal strings', 'k-123', 'k-123', true],
    ['a string and its bytes', 'k-123', Buffer.from('k-123'), true],
    ['one character off', 'k-123', 'k-124', false],
    ['a prefix', 'k-123', 'k-12', false],
    ['different lengths', 'short', 'a much longer secret', false],
    ['empty against something', '', 'x', false],
    ['case differences', 'ABCDEF', 'abcdef', false],
  ])('should compare %s', (_name, a, b, equal) => {
    expect(safeEqual(a, b)).toBe(equal);
  });
});
