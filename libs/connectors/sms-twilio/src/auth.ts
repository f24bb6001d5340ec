import {
  phrase,
  type AccountCheckResult,
  type ConnectorContext,
  type ConnectorDefinition,
  type Credentials,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import { createTwilioClient, readTwilioAccountOrThrow, type TwilioAccount } from './client';
import { callingCountryOptions } from './phone-number';
import { classifyTwilioError } from './twilio-errors';

/** What the check answers, as phrases the editor words in the user's language. */
export const TWILIO_CHECK_PHRASES = {
  connected: 'Connected to Twilio account {name}',
  connectedWithKey: 'Connected to Twilio account {name} with the API key',
  connectedNoReports:
    'Connected to Twilio account {name}. Add the auth token too, or Fluxo cannot check delivery reports',
  connectedWithKeyNoReports:
    'Connected to Twilio account {name} with the API key. Add the auth token too, or Fluxo cannot check delivery reports',
} as const;

export const twilioAuthFields: FieldDefinition[] = [
  {
    key: 'accountSid',
    label: 'Account SID',
    type: 'text',
    required: true,
    placeholder: 'AC…',
    help: 'Starts with AC. It is on the front page of your Twilio Console, under Account Info.',
  },
  {
    key: 'authToken',
    label: 'Auth token',
    type: 'password',
    required: false,
    secret: true,
    help: 'Shown next to the Account SID in the Twilio Console. Fluxo needs it to check that delivery reports really come from Twilio, also when you send with an API key.',
  },
  {
    key: 'apiKeySid',
    label: 'API key SID',
    type: 'text',
    required: false,
    placeholder: 'SK…',
    help: 'Optional. With an API key (Twilio Console › Account › API keys) Fluxo sends with the key instead of the auth token, and you can revoke it at any time.',
  },
  {
    key: 'apiKeySecret',
    label: 'API key secret',
    type: 'password',
    required: false,
    secret: true,
    help: 'The secret Twilio showed once, when you created the API key.',
  },
  {
    key: 'defaultCountry',
    label: 'Default country',
    type: 'select',
    required: false,
    options: callingCountryOptions,
    help: 'Numbers written without a country code, like (11) 99999-8888, are sent to this country.',
  },
  {
    key: 'defaultFrom',
    label: 'Default sender number',
    type: 'phone',
    required: false,
    placeholder: '+15005550006',
    help: 'Optional. Your Twilio number, in international format, used when a step or another connector (e.g. invoices sent by SMS) does not say who sends.',
  },
  {
    key: 'defaultMessagingServiceSid',
    label: 'Default Messaging Service',
    type: 'text',
    required: false,
    placeholder: 'MG…',
    help: 'Optional. Or a Messaging Service SID (MG…) used as that default sender.',
  },
  {
    key: 'apiBaseUrl',
    label: 'API address',
    type: 'url',
    required: false,
    placeholder: 'https://api.twilio.com',
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
];

type CheckContext = Omit<ConnectorContext, 'credentials' | 'settings'>;

const isAuthRefusal = (error: unknown) => {
  const status = (error as { status?: unknown } | null)?.status;
  return status === 401 || status === 403;
};

/** The account's name, or null when only the API key could be checked (it cannot read it). */
async function connectedName(account: TwilioAccount, ctx: CheckContext): Promise<string | null> {
  const client = await createTwilioClient(account, ctx);
  try {
    const fetched = await client.api.v2010.accounts(account.accountSid).fetch();
    return fetched.friendlyName;
  } catch (error) {
    // Standard API keys may not read the Account resource (only Main keys may), so a refusal
    // there proves nothing: listing one message shows whether the key itself works.
    if (!account.usesApiKey || !isAuthRefusal(error)) throw error;
    await client.messages.list({ limit: 1 });
    return null;
  }
}

/** Fetches the account with the saved credentials; never throws. */
export async function checkTwilioAccount(
  credentials: Credentials,
  ctx: CheckContext,
): Promise<AccountCheckResult> {
  let account: TwilioAccount;
  try {
    account = readTwilioAccountOrThrow(credentials);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  try {
    const name = await connectedName(account, ctx);
    const reports = Boolean(account.authToken);
    const template =
      name === null
        ? reports
          ? TWILIO_CHECK_PHRASES.connectedWithKey
          : TWILIO_CHECK_PHRASES.connectedWithKeyNoReports
        : reports
          ? TWILIO_CHECK_PHRASES.connected
          : TWILIO_CHECK_PHRASES.connectedNoReports;
    return { ok: true, message: phrase(template, { name: name ?? account.accountSid }) };
  } catch (error) {
    const classified = classifyTwilioError(error, { usesApiKey: account.usesApiKey });
    return { ok: false, message: classified.message };
  }
}

export const twilioAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: twilioAuthFields,
  check: checkTwilioAccount,
};
