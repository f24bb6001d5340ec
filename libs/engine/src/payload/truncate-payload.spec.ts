import { describe, expect, it } from '@jest/globals';
import { capJson } from './truncate-payload';

const bytesOf = (value: unknown) => new TextEncoder().encode(JSON.stringify(value)).length;

describe(capJson.name, () => {
  it('should return the same value when it fits', () => {
    const value = { a: 1, b: 'two' };

    expect(capJson(value, 100)).toBe(value);
  });

  it('should return the same value when it fits exactly', () => {
    const value = { a: 'x' };

    expect(capJson(value, bytesOf(value))).toBe(value);
  });

  it('should return a marker with the original size when the value is too big', () => {
    const value = { text: 'x'.repeat(1000) };

    const sut = capJson(value, 200);

    expect(sut).toMatchObject({ _truncated: true, _originalBytes: bytesOf(value) });
    expect(bytesOf(sut)).toBeLessThanOrEqual(200);
    expect((sut as { preview: string }).preview.startsWith('{"text":"xxx')).toBe(true);
  });

  it('should keep the marker within the limit when the JSON is full of escapes', () => {
    const value = { q: '"\\'.repeat(500) };

    const sut = capJson(value, 150);

    expect(bytesOf(sut)).toBeLessThanOrEqual(150);
    expect((sut as { preview: string }).preview.length).toBeGreaterThan(0);
  });

  it('should count bytes and not split characters when the text is multi-byte', () => {
    const value = { name: 'ção🙂'.repeat(100) };

    const sut = capJson(value, 120) as { preview: string; _originalBytes: number };

    expect(sut._originalBytes).toBe(new TextEncoder().encode(JSON.stringify(value)).length);
    expect(bytesOf(sut)).toBeLessThanOrEqual(120);
    expect(sut.preview).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it('should return an empty preview when the limit is smaller than the marker', () => {
    const sut = capJson({ text: 'x'.repeat(100) }, 10);

    expect(sut).toMatchObject({ _truncated: true, preview: '' });
  });

  it('should return a marker when the value cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;

    expect(capJson(cyclic, 1000)).toEqual({ _truncated: true, _originalBytes: -1, preview: '' });
  });

  it('should return the value when it has no JSON form', () => {
    expect(capJson(undefined, 10)).toBeUndefined();
  });
});
