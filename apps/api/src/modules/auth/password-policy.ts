import { dictionary } from '@zxcvbn-ts/language-common';

let commonPasswords: Set<string> | null = null;

/**
 * zxcvbn's list of passwords seen most often in breaches, those long enough to pass the
 * length rule (about 18,000); built on first use so processes that never sign anyone up skip it.
 */
function isCommon(password: string): boolean {
  commonPasswords ??= new Set(
    (dictionary['passwords-common'] as string[]).filter((entry) => entry.length >= 8),
  );
  return commonPasswords.has(password.toLowerCase());
}

/** Why a new password is refused, or null. The length rule is in the contracts' schema. */
export function passwordProblem(password: string): string | null {
  if (password.trim() === '') return 'The password cannot be only spaces';
  if (isCommon(password)) {
    return 'This password is one of the most common ones; choose one that is harder to guess';
  }
  return null;
}
