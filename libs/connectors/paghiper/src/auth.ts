import type {
  AccountCheckResult,
  ConnectorContext,
  ConnectorDefinition,
  Credentials,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import { callPagHiper, PAGHIPER_API_BASE_URL, PAGHIPER_PIX_API_BASE_URL } from './client';
import { brasiliaDay } from './payment-status-changed.source';

/** What the check answers, as phrases the editor words in the user's language. */
export const PAGHIPER_CHECK_PHRASES = {
  accepted: 'PagHiper accepted the API key and token.',
  failed: 'The check failed.',
} as const;

export const paghiperAuthFields: FieldDefinition[] = [
  {
    key: 'apiKey',
    label: 'API key',
    type: 'password',
    required: true,
    secret: true,
    placeholder: 'apk_…',
    help: 'In PagHiper: Minha Conta → Credenciais → ApiKey.',
  },
  {
    key: 'token',
    label: 'Token',
    type: 'password',
    required: true,
    secret: true,
    help: 'In PagHiper: Minha Conta → Credenciais → Token.',
  },
  {
    key: 'apiBaseUrl',
    label: 'API address',
    type: 'url',
    required: false,
    default: PAGHIPER_API_BASE_URL,
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
  {
    key: 'pixApiBaseUrl',
    label: 'PIX API address',
    type: 'url',
    required: false,
    default: PAGHIPER_PIX_API_BASE_URL,
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
];

/** Lists today's boletos (one page of one) to prove the key and token work; never throws. */
export async function checkPagHiperAccount(
  credentials: Credentials,
  ctx: Pick<ConnectorContext, 'network' | 'signal'>,
): Promise<AccountCheckResult> {
  const today = brasiliaDay(Date.now());
  try {
    await callPagHiper({ ...ctx, credentials }, 'boleto', 'list', {
      initial_date: today,
      final_date: today,
      page: 1,
      limit: 1,
    });
    return { ok: true, message: PAGHIPER_CHECK_PHRASES.accepted };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? error.message : PAGHIPER_CHECK_PHRASES.failed,
    };
  }
}

export const paghiperAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: paghiperAuthFields,
  check: (credentials, ctx) => checkPagHiperAccount(credentials, ctx),
};
