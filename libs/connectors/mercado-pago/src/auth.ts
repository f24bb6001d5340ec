import {
  phrase,
  type AccountCheckResult,
  type ConnectorDefinition,
  type ConnectorContext,
  type Credentials,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import { getMercadoPagoResource, MERCADO_PAGO_API_BASE_URL } from './client';

/** What the check answers, as phrases the editor words in the user's language. */
export const MERCADO_PAGO_CHECK_PHRASES = {
  enterSecret: 'Enter the webhook secret from Your integrations → Webhooks.',
  notMercadoPago:
    'The answer names no Mercado Pago account, so this is not Mercado Pago. Leave the API ' +
    'address empty unless you test against a sandbox.',
  connected: 'Connected to Mercado Pago as {name}.',
  failed: 'The check failed.',
} as const;

export const mercadoPagoAuthFields: FieldDefinition[] = [
  {
    key: 'accessToken',
    label: 'Access token',
    type: 'password',
    required: true,
    secret: true,
    placeholder: 'APP_USR-…',
    help:
      'In Mercado Pago: Your integrations → your application → Production credentials → ' +
      'Access token. Fluxo uses it only to read the payments Mercado Pago tells it about.',
  },
  {
    key: 'webhookSecret',
    label: 'Webhook secret',
    type: 'password',
    required: true,
    secret: true,
    help:
      'The secret signature from Your integrations → Webhooks (shown after you save the ' +
      'webhook URL). Fluxo refuses notifications until it is set.',
  },
  {
    key: 'apiBaseUrl',
    label: 'API address',
    type: 'url',
    required: false,
    default: MERCADO_PAGO_API_BASE_URL,
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
];

/** Reads the token's own user (`GET /users/me`); never throws. */
export async function checkMercadoPagoAccount(
  credentials: Credentials,
  ctx: Pick<ConnectorContext, 'network' | 'signal'>,
): Promise<AccountCheckResult> {
  if (!String(credentials['webhookSecret'] ?? '').trim()) {
    return { ok: false, message: MERCADO_PAGO_CHECK_PHRASES.enterSecret };
  }
  try {
    const me = await getMercadoPagoResource({ ...ctx, credentials }, '/users/me', 'your account');
    const name = [me['nickname'], me['email'], me['id']].find(
      (value) => (typeof value === 'string' && value.trim() !== '') || typeof value === 'number',
    );
    if (name === undefined) {
      return { ok: false, message: MERCADO_PAGO_CHECK_PHRASES.notMercadoPago };
    }
    return {
      ok: true,
      message: phrase(MERCADO_PAGO_CHECK_PHRASES.connected, { name: String(name) }),
    };
  } catch (error) {
    const failed = MERCADO_PAGO_CHECK_PHRASES.failed;
    return { ok: false, message: error instanceof Error ? error.message : failed };
  }
}

export const mercadoPagoAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: mercadoPagoAuthFields,
  check: (credentials, ctx) => checkMercadoPagoAccount(credentials, ctx),
};
