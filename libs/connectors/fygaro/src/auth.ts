import type { AccountCheckResult, Credentials } from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';

export const fygaroAuthFields: FieldDefinition[] = [
  {
    key: 'publicKey',
    label: 'Public key',
    type: 'text',
    required: true,
    help:
      'In Fygaro, open Settings → API Credentials and copy the public key (key ID) of the ' +
      'credential chosen as the default for hooks.',
  },
  {
    key: 'secret',
    label: 'Secret key',
    type: 'textarea',
    required: true,
    secret: true,
    help:
      'The secret key of the same credential (or the hook secret Fygaro shows for signed ' +
      'hooks). While you change keys, enter the old and the new one, one per line: a hook ' +
      'signed with either is accepted.',
  },
];

/** Every non-empty line of the secret field: several are accepted during a key change. */
export function fygaroSecrets(credentials: Credentials): string[] {
  return String(credentials['secret'] ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** What the check answers, as phrases the editor words in the user's language. */
export const FYGARO_CHECK_PHRASES = {
  enterPublicKey: 'Enter the public key of your Fygaro API credential.',
  enterSecret: 'Enter the secret key of your Fygaro API credential.',
  saved:
    'The keys are saved. Fygaro offers no way to check them from here: the first payment ' +
    'hook shows whether its signature matches.',
} as const;

/** Fygaro only calls us; there is nothing to ask it, so the check says what is missing. */
export async function checkFygaroAccount(credentials: Credentials): Promise<AccountCheckResult> {
  if (!String(credentials['publicKey'] ?? '').trim()) {
    return { ok: false, message: FYGARO_CHECK_PHRASES.enterPublicKey };
  }
  if (fygaroSecrets(credentials).length === 0) {
    return { ok: false, message: FYGARO_CHECK_PHRASES.enterSecret };
  }
  return { ok: true, message: FYGARO_CHECK_PHRASES.saved };
}
