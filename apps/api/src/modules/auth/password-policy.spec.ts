import { describe, expect, it } from '@jest/globals';
import { passwordProblem } from './password-policy';

describe(passwordProblem.name, () => {
  it.each(['password', '12345678', 'qwertyuiop', 'PASSWORD', 'Password', 'iloveyou', 'senha123'])(
    'should refuse the common password %s',
    (password) => {
      expect(passwordProblem(password)).toMatch(/most common/);
    },
  );

  it.each(['        ', '\t\t\t\t\t\t\t\t', '\u00a0'.repeat(10)])(
    'should refuse a password of only whitespace',
    (password) => {
      expect(passwordProblem(password)).toBe('The password cannot be only spaces');
    },
  );

  it.each(['correct horse battery', 'Ståle-rødvin-42', 'пароль-для-fluxo'])(
    'should accept %s',
    (password) => {
      expect(passwordProblem(password)).toBeNull();
    },
  );
});
