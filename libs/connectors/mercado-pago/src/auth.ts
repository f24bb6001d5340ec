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
  notMercadoPago:
    'The answer names no Mercado Pago account, so this is not Mercado Pago. Leave the API ' +
    'address empty unless you test against a sandbox.',
  connected: 'Connected to Mercado Pago as {name}.',
  connectedNoSecret:
    'Connected to Mercado Pago as {name}. Without the webhook secret notifications are refused; "Payments (polled)" works.',
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
    required: false,
    secret: true,
    help:
      'The secret signature from Your integrations → Webhooks (shown after you save the ' +
      'webhook URL). Fluxo refuses notifications until it is set; "Payments (polled)" works ' +
      'without it.',
  },
  {
    key: 'publicKey',
    label: 'Public key',
    type: 'text',
    required: false,
    placeholder: 'APP_USR-…',
    help:
      'Optional, beside the access token in Production credentials. Mercado Pago uses it in ' +
      'checkout pages; Fluxo only keeps it so the account is complete as the article asks.',
  },
  {
    key: 'country',
    label: 'Country',
    type: 'select',
    required: false,
    options: [
      { value: 'AR', label: 'Argentina' },
      { value: 'BR', label: 'Brazil' },
      { value: 'CL', label: 'Chile' },
      { value: 'CO', label: 'Colombia' },
      { value: 'MX', label: 'Mexico' },
      { value: 'PE', label: 'Peru' },
      { value: 'UY', label: 'Uruguay' },
    ],
    help:
      'Optional: the country of your Mercado Pago account. Payment methods and currencies ' +
      'differ by country; Fluxo reads the payments as Mercado Pago reports them either way.',
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
  // Only notifications need the secret: "Payments (polled)" reads with the token alone.
  const hasSecret = Boolean(String(credentials['webhookSecret'] ?? '').trim());
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
      message: phrase(
        hasSecret
          ? MERCADO_PAGO_CHECK_PHRASES.connected
          : MERCADO_PAGO_CHECK_PHRASES.connectedNoSecret,
        { name: String(name) },
      ),
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
