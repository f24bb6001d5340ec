import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox } from './secret-box';

describe(SecretBox.name, () => {
  const sut = new SecretBox(randomBytes(32));

  it('should open what it sealed', () => {
    const sealed = sut.seal({ password: 's3cret' });

    expect(sut.openOrThrow(sealed)).toEqual({ password: 's3cret' });
    expect(sealed).not.toContain('s3cret');
  });

  it('should use a fresh IV for every seal', () => {
    expect(sut.seal('same')).not.toBe(sut.seal('same'));
  });

  it('should refuse a tampered ciphertext', () => {
    const [version, iv, tag, data] = sut.seal({ a: 1 }).split('.');
    const flipped = Buffer.from(data, 'base64url');
    flipped[0] ^= 1;

    expect(() =>
      sut.openOrThrow([version, iv, tag, flipped.toString('base64url')].join('.')),
    ).toThrow();
  });

  it('should refuse a value sealed with another key', () => {
    const other = new SecretBox(randomBytes(32));

    expect(() => sut.openOrThrow(other.seal('x'))).toThrow();
  });
});
