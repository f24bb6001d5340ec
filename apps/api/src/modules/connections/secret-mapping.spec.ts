import { randomBytes } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { SecretBox } from '../../common/secret-box';
import {
  maskSealedFields,
  maskSecretValues,
  openSealedFields,
  sealSecretFields,
} from './secret-mapping';

const box = new SecretBox(randomBytes(32));
const secret = new Set(['token', 'password']);

describe('secret mapping fields', () => {
  it('should seal secret fields only, and open them back', () => {
    const sealed = sealSecretFields({ url: 'https://x', token: 'abc{{ id }}' }, secret, {}, box);

    expect(sealed.url).toBe('https://x');
    expect(sealed.token).toMatch(/^fluxo-sealed:v1\./);
    expect(JSON.stringify(sealed)).not.toContain('abc');
    expect(openSealedFields(sealed, box)).toEqual({ url: 'https://x', token: 'abc{{ id }}' });
  });

  it('should keep the stored value when the mask comes back, and drop it when there was none', () => {
    const stored = sealSecretFields({ token: 'abc' }, secret, {}, box);

    expect(sealSecretFields({ token: '••••' }, secret, stored, box)).toEqual(stored);
    expect(sealSecretFields({ password: '••••' }, secret, {}, box)).toEqual({});
  });

  it('should let a secret be cleared', () => {
    const stored = sealSecretFields({ token: 'abc' }, secret, {}, box);

    expect(sealSecretFields({ token: '' }, secret, stored, box)).toEqual({ token: '' });
  });

  it('should show sealed values as the mask and leave plain ones', () => {
    const stored = sealSecretFields({ token: 'abc', url: 'u' }, secret, {}, box);

    expect(maskSealedFields(stored)).toEqual({ token: '••••', url: 'u' });
  });

  it('should mask rendered secret values that are set', () => {
    expect(maskSecretValues({ token: 'abc', password: '', url: 'u' }, secret)).toEqual({
      token: '••••',
      password: '',
      url: 'u',
    });
  });
});
