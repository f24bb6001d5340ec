import type { AccountCheckResult, Credentials } from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';

export const paytAuthFields: FieldDefinition[] = [
  {
    key: 'integrationKey',
    label: 'Integration key',
    type: 'password',
    required: true,
    secret: true,
    help:
      'In PayT, open Ofertas & Produtos → Postbacks and copy the "Chave de integração" ' +
      '(integration key) shown there. PayT puts it in every postback, and Fluxo refuses ' +
      'postbacks that do not carry it.',
  },
];

/** What the check answers, as phrases the editor words in the user's language. */
export const PAYT_CHECK_PHRASES = {
  enterKey: 'Enter the integration key from PayT’s Postbacks page.',
  saved:
    'The key is saved. PayT offers no way to check it from here: use "Testar URL" in PayT’s ' +
    'Postbacks page, and Fluxo will show whether the postback carried this key.',
} as const;

/**
 * PayT only calls us: there is no API to test the key against, so the check can only say
 * whether a key is there. The first postback proves it (a wrong key is refused and logged).
 */
export async function checkPaytAccount(credentials: Credentials): Promise<AccountCheckResult> {
  const key = String(credentials['integrationKey'] ?? '').trim();
  if (!key) return { ok: false, message: PAYT_CHECK_PHRASES.enterKey };
  return { ok: true, message: PAYT_CHECK_PHRASES.saved };
}
