import {
  phrase,
  type AccountCheckResult,
  type ConnectorContext,
  type ConnectorDefinition,
  type Credentials,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import { GOOGLE_SCOPES, googleClients, toDeliveryError } from './client';

/** What the check answers, as phrases the editor words in the user's language. */
export const GOOGLE_SHEETS_CHECK_PHRASES = {
  signedIn: 'Connected with your Google sign-in',
  serviceAccount: 'Connected as {email}',
} as const;

export const googleSheetsAuthFields: FieldDefinition[] = [
  {
    key: 'authType',
    label: 'How Fluxo signs in to Google',
    type: 'select',
    required: true,
    default: 'service-account',
    options: [
      { value: 'service-account', label: 'Service account key (JSON)' },
      { value: 'oauth2', label: 'Sign in with Google' },
    ],
    help: 'A service account is a robot Google account you share your spreadsheets with; "Sign in with Google" uses your own account.',
  },
  {
    key: 'serviceAccountKey',
    label: 'Service account key (JSON)',
    type: 'textarea',
    required: false,
    secret: true,
    showWhen: { field: 'authType', equals: ['service-account'] },
    placeholder: '{ "type": "service_account", "client_email": "…", "private_key": "…" }',
    help:
      'In Google Cloud Console: create a project, enable the Google Sheets API, then under ' +
      'IAM & Admin > Service accounts create a service account, open it, choose Keys > Add key > ' +
      'JSON and paste the downloaded file here. Then share each spreadsheet with the ' +
      '"client_email" written in the file (as Editor if Fluxo should add rows).',
  },
  {
    key: 'apiBaseUrl',
    label: 'API address',
    type: 'url',
    required: false,
    placeholder: 'https://sheets.googleapis.com/',
    help: 'Leave empty. Only for testing against a local sandbox.',
  },
];

export const googleSheetsOAuth2 = {
  authorizeUrl: 'https://accounts.google.com/o/oauth2/v2/auth',
  tokenUrl: 'https://oauth2.googleapis.com/token',
  scopes: GOOGLE_SCOPES,
  authorizeParams: { access_type: 'offline', prompt: 'consent' },
};

/** Fetches an access token (the cheapest proof the sign-in works); never throws. */
export async function checkGoogleSheetsAccount(
  credentials: Credentials,
  ctx: Omit<ConnectorContext, 'credentials' | 'settings'>,
): Promise<AccountCheckResult> {
  let serviceAccountEmail: string | undefined;
  try {
    const clients = await googleClients({ credentials, network: ctx.network, signal: ctx.signal });
    serviceAccountEmail = clients.serviceAccountEmail;
    if (credentials.authType === 'oauth2') {
      // A stored access token may still be valid after the user revoked access: refresh to know.
      if (credentials.oauthRefreshToken) await clients.auth.refreshAccessToken();
      else await clients.auth.getAccessToken();
      return { ok: true, message: GOOGLE_SHEETS_CHECK_PHRASES.signedIn };
    }
    await clients.auth.getAccessToken();
    const email = serviceAccountEmail ?? '';
    return { ok: true, message: phrase(GOOGLE_SHEETS_CHECK_PHRASES.serviceAccount, { email }) };
  } catch (error) {
    return { ok: false, message: toDeliveryError(error, { serviceAccountEmail }).message };
  }
}

export const googleSheetsAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: googleSheetsAuthFields,
  check: checkGoogleSheetsAccount,
  oauth2: googleSheetsOAuth2,
};
