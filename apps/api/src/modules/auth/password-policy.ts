let commonPasswords: Promise<Set<string>> | null = null;

/**
 * zxcvbn's list of passwords seen most often in breaches, those long enough to pass the
 * length rule (about 18,000). Its module (≈13 MB resident with its other dictionaries) loads
 * on first use, so processes that never sign anyone up skip it.
 */
async function isCommon(password: string): Promise<boolean> {
  commonPasswords ??= import('@zxcvbn-ts/language-common').then(
    ({ dictionary }) =>
      new Set((dictionary['passwords-common'] as string[]).filter((entry) => entry.length >= 8)),
  );
  return (await commonPasswords).has(password.toLowerCase());
}

/** Why a new password is refused, or null. The length rule is in the contracts' schema. */
export async function passwordProblem(password: string): Promise<string | null> {
  if (password.trim() === '') return 'The password cannot be only spaces';
  if (await isCommon(password)) {
    return 'This password is one of the most common ones; choose one that is harder to guess';
  }
  return null;
}
