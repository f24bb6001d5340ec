import type { Credentials, OutboundNetwork } from '@fluxo/connector-sdk';
import type { SMTPTransportOptions, Transporter } from 'nodemailer';

/**
 * `auto`: STARTTLS when the server offers it, as an smtp:// URL means to nodemailer; only the
 * instance's own mail (FLUXO_SMTP_URL) uses it, the account form offers the other three.
 */
export type SmtpSecurity = 'starttls' | 'tls' | 'none' | 'auto';

/** An account's credentials, read once into the shape the transport needs. */
export interface SmtpSettings {
  host: string;
  port: number;
  security: SmtpSecurity;
  username: string;
  password: string;
  fromAddress: string;
  fromName: string;
  /** How many SMTP sessions deliveries through this account may keep open at once. */
  connections: number;
}

/** Microsoft 365 takes at most 3 sessions per mailbox; most providers allow more. */
export const DEFAULT_SMTP_CONNECTIONS = 3;
export const MAX_SMTP_CONNECTIONS = 20;

/** Long enough for a slow provider, short enough that a dead host frees the worker quickly. */
export const SMTP_TIMEOUT_MS = 15_000;

const SECURITY_VALUES: readonly SmtpSecurity[] = ['starttls', 'tls', 'none', 'auto'];

const text = (value: Credentials[string] | undefined) =>
  value === undefined || value === null ? '' : String(value).trim();

/**
 * The credentials of the instance's own mail, from FLUXO_SMTP_URL (smtp://user:pass@host:port,
 * smtps:// for TLS from the start) and FLUXO_SMTP_FROM ("Name <address>" or an address).
 */
export function smtpCredentialsFromUrl(url: string, from: string): Credentials {
  const parsed = new URL(url);
  const tls = parsed.protocol === 'smtps:';
  const named = /^\s*(.*?)\s*<([^<>]+)>\s*$/.exec(from);
  return {
    host: parsed.hostname.replace(/^\[|\]$/g, ''),
    port: parsed.port || (tls ? '465' : '587'),
    security: tls ? 'tls' : 'auto',
    username: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    fromAddress: named ? named[2].trim() : from.trim(),
    fromName: named ? named[1].replace(/^"|"$/g, '') : '',
  };
}

export function readSmtpSettings(credentials: Credentials): SmtpSettings {
  const rawSecurity = text(credentials.security);
  const security = SECURITY_VALUES.includes(rawSecurity as SmtpSecurity)
    ? (rawSecurity as SmtpSecurity)
    : 'starttls';
  const port = Number(text(credentials.port));
  return {
    host: text(credentials.host),
    port:
      Number.isInteger(port) && port > 0 && port <= 65535 ? port : security === 'tls' ? 465 : 587,
    security,
    username: text(credentials.username),
    // Passwords may legitimately start or end with spaces: keep them exactly.
    password: credentials.password === undefined ? '' : String(credentials.password),
    fromAddress: text(credentials.fromAddress),
    fromName: text(credentials.fromName),
    connections: smtpConnectionsOf(credentials) ?? DEFAULT_SMTP_CONNECTIONS,
  };
}

/**
 * The account's "messages at once": null when it is set to something other than a whole
 * number from 1 to MAX_SMTP_CONNECTIONS (the account check says so; sending uses the default).
 */
export function smtpConnectionsOf(credentials: Credentials): number | null {
  const raw = text(credentials.connections);
  if (raw === '') return DEFAULT_SMTP_CONNECTIONS;
  const connections = Number(raw);
  return Number.isInteger(connections) && connections >= 1 && connections <= MAX_SMTP_CONNECTIONS
    ? connections
    : null;
}

/**
 * Where to open the socket: the host's guard checks and resolves the name once, and the
 * transport connects to exactly that address (no second lookup an attacker could rebind).
 */
export async function resolveConnectAddress(
  settings: SmtpSettings,
  network: OutboundNetwork | undefined,
): Promise<string> {
  return network ? network.resolveAllowedAddress(settings.host) : settings.host;
}

export function smtpTransportOptions(
  settings: SmtpSettings,
  connectAddress: string = settings.host,
): SMTPTransportOptions {
  return {
    host: connectAddress,
    // Certificates name the host, not the address we connect to.
    ...(connectAddress !== settings.host ? { tls: { servername: settings.host } } : {}),
    port: settings.port,
    // 'tls' speaks TLS from the first byte (465); 'starttls' refuses to go on in clear text;
    // 'none' never upgrades, for local relays and the sandbox, which have no certificate;
    // 'auto' upgrades when the server offers it.
    secure: settings.security === 'tls',
    requireTLS: settings.security === 'starttls',
    ignoreTLS: settings.security === 'none',
    auth: settings.username ? { user: settings.username, pass: settings.password } : undefined,
    connectionTimeout: SMTP_TIMEOUT_MS,
    greetingTimeout: SMTP_TIMEOUT_MS,
    socketTimeout: SMTP_TIMEOUT_MS,
    dnsTimeout: SMTP_TIMEOUT_MS,
    // Single-use by default (the account check); deliveries use the per-account pool.
    pool: false,
  };
}

/**
 * nodemailer, loaded on the first message or account check: ≈13 MB resident that an instance
 * which never sends e-mail does not carry (idle RSS).
 */
export function nodemailer(): Promise<typeof import('nodemailer')> {
  return import('nodemailer');
}

export async function createSmtpTransport(
  settings: SmtpSettings,
  connectAddress?: string,
): Promise<Transporter> {
  const { createTransport } = await nodemailer();
  return createTransport(smtpTransportOptions(settings, connectAddress));
}
