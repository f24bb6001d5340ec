import {
  BlockedHostError,
  phrase,
  type AccountCheckResult,
  type ConnectorDefinition,
  type Credentials,
  type OutboundNetwork,
} from '@fluxo/connector-sdk';
import type { FieldDefinition } from '@fluxo/contracts';
import {
  createSmtpTransport,
  DEFAULT_SMTP_CONNECTIONS,
  MAX_SMTP_CONNECTIONS,
  readSmtpSettings,
  resolveConnectAddress,
  smtpConnectionsOf,
} from './client';
import { describeConnectionError, SMTP_PHRASES } from './smtp-errors';

export const emailAuthFields: FieldDefinition[] = [
  {
    key: 'host',
    label: 'SMTP server',
    type: 'text',
    required: true,
    placeholder: 'smtp.example.com',
    help: 'The outgoing mail server of your e-mail provider.',
  },
  { key: 'port', label: 'Port', type: 'number', required: false, default: 587 },
  {
    key: 'security',
    label: 'Security',
    type: 'select',
    required: true,
    default: 'starttls',
    options: [
      { value: 'starttls', label: 'STARTTLS (port 587)' },
      { value: 'tls', label: 'SSL/TLS (port 465)' },
      { value: 'none', label: 'None (local servers only)' },
    ],
  },
  { key: 'username', label: 'User name', type: 'text', required: false },
  { key: 'password', label: 'Password', type: 'password', required: false, secret: true },
  {
    key: 'fromAddress',
    label: 'From address',
    type: 'email',
    required: true,
    placeholder: 'orders@example.com',
    help: 'Messages are sent from this address; most servers only allow your own.',
  },
  { key: 'fromName', label: 'From name', type: 'text', required: false, placeholder: 'Acme Shop' },
  {
    key: 'connections',
    label: 'Messages at once',
    type: 'number',
    required: false,
    default: DEFAULT_SMTP_CONNECTIONS,
    help: `How many messages Fluxo sends through this server at the same time (1 to ${MAX_SMTP_CONNECTIONS}). Microsoft 365 allows 3; your own server or a sending service usually allows 10 or more.`,
  },
];

/** Connects and logs in without sending anything; never throws. */
export async function checkSmtpAccount(
  credentials: Credentials,
  network?: OutboundNetwork,
): Promise<AccountCheckResult> {
  const settings = readSmtpSettings(credentials);
  if (!settings.host) return { ok: false, message: SMTP_PHRASES.enterServer };
  if (smtpConnectionsOf(credentials) === null) {
    return {
      ok: false,
      message: phrase(SMTP_PHRASES.badConnections, { max: MAX_SMTP_CONNECTIONS }),
    };
  }
  let address: string;
  try {
    address = await resolveConnectAddress(settings, network);
  } catch (error) {
    if (error instanceof BlockedHostError) return { ok: false, message: error.message };
    return { ok: false, message: describeConnectionError(error, settings) };
  }
  const transport = await createSmtpTransport(settings, address);
  try {
    await transport.verify();
    const where = `${settings.host}:${settings.port}`;
    return { ok: true, message: phrase(SMTP_PHRASES.connected, { where }) };
  } catch (error) {
    return { ok: false, message: describeConnectionError(error, settings) };
  } finally {
    transport.close();
  }
}

export const emailAuth: NonNullable<ConnectorDefinition['auth']> = {
  fields: emailAuthFields,
  check: (credentials, ctx) => checkSmtpAccount(credentials, ctx.network),
};
