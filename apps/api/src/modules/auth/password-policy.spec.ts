import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy';

describe(passwordProblem.name, () => {
  it.each(['password', '12345678', 'qwertyuiop', 'PASSWORD', 'Password', 'iloveyou', 'senha123'])(
    'should refuse the common password %s',
    async (password) => {
      await expect(passwordProblem(password)).resolves.toMatch(/most common/);
    },
  );

  it.each(['        ', '\t\t\t\t\t\t\t\t', '\u00a0'.repeat(10)])(
    'should refuse a password of only whitespace',
    async (password) => {
      await expect(passwordProblem(password)).resolves.toBe('The password cannot be only spaces');
    },
  );

  it.each(['correct horse battery', 'Ståle-rødvin-42', 'пароль-для-fluxo'])(
    'should accept %s',
    async (password) => {
      await expect(passwordProblem(password)).resolves.toBeNull();
    },
  );
});
