import {
  phrase,
  type AccountCheckResult,
  type ConnectorContext,
  type ConnectorDefinition,
  type Credentials,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import { fetchBills, PortmoneBusinessError, portmoneDay, readAccount } from './client';
import { describePortmoneError } from './portmone-errors';

export const portmoneAuthFields: FieldDefinition[] = [
  {
    key: 'payeeId',
    label: 'Payee (merchant) ID',
    type: 'text',
    required: true,
    placeholder: '1185',
    help: 'Your shop ID at Portmone. Portmone support gives it to you.',
  },
  {
    key: 'login',
    label: 'Login',
    type: 'text',
    required: true,
    help: 'The login of your Portmone business cabinet.',
  },
  {
    key: 'password',
    label: 'Password',
    type: 'password',
    required: true,
    secret: true,
    help: 'The password of your Portmone business cabinet.',
  },
  {
    key: 'signatureKey',
    label: 'Signature key',
    type: 'password',
    required: false,
    secret: true,
    help: 'Only if Portmone gave you a key for signing requests; leave empty otherwise.',
  },
  {
    key: 'apiBaseUrl',
    label: 'API address',
    type: 'url',
    required: false,
    placeholder: 'https://www.portmone.com.ua',
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
];

/** What the check answers, as phrases the editor words in the user's language. */
export const PORTMONE_CHECK_PHRASES = {
  enterCredentials: 'Enter the payee ID, login and password',
  connected: 'Connected to Portmone as payee {payee}',
} as const;

/** Asks Portmone for today's bills: cheap, and it needs the payee ID, login and password. */
export async function checkPortmoneAccount(
  credentials: Credentials,
  ctx: Pick<ConnectorContext, 'network' | 'signal'>,
): Promise<AccountCheckResult> {
  const account = readAccount(credentials);
  if (!account.payeeId || !account.login || !account.password) {
    return { ok: false, message: PORTMONE_CHECK_PHRASES.enterCredentials };
  }
  const today = portmoneDay(new Date());
  try {
    await fetchBills(account, { startDate: today, endDate: today }, ctx);
    return {
      ok: true,
      message: phrase(PORTMONE_CHECK_PHRASES.connected, { payee: account.payeeId }),
    };
  } catch (error) {
    if (error instanceof PortmoneBusinessError) {
      return { ok: false, message: describePortmoneError(error, 'sign in') };
    }
    const message = error instanceof Error ? error.message : String(error);
    // "Fluxo will try again" is true of deliveries, not of a connection check.
    return { ok: false, message: message.replace(/[;.] Fluxo will try again\.$/, '.') };
  }
}

export const portmoneAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: portmoneAuthFields,
  check: (credentials, ctx) => checkPortmoneAccount(credentials, ctx),
};
