import {
  networkFailureOf,
  phrase,
  PermanentDeliveryError,
  TransientDeliveryError,
} from '@fluxo/connector-sdk';
import { SMTP_TIMEOUT_MS, type SmtpSettings } from './client';

/** The fields of a nodemailer error this connector reads. */
interface SmtpError {
  code?: string;
  originalCode?: string;
  responseCode?: number;
  response?: string;
  message?: string;
  rejected?: string[];
  name?: string;
}

/** What checks and sends answer, as phrases the editor words in the user's language. */
export const SMTP_PHRASES = {
  enterServer: 'Enter the SMTP server',
  badConnections: 'Messages at once must be a whole number from 1 to {max}',
  connected: 'Connected to {where}',
  authRefused: 'The SMTP server refused the user name or password',
  unknownHost: 'Could not find the server "{host}": check the SMTP server name',
  noAnswer: 'Could not reach {where}: no answer within {seconds} seconds',
  unreachable: 'Could not reach {where}: {reason}',
  noSecureConnection:
    'Could not set up a secure connection with {where}: check the Security setting and the port',
  serverAnswered: 'The SMTP server at {where} answered: {reply}',
  cannotTalk: 'Could not talk to {where}: {reason}',
  loginUnavailable: 'The SMTP server could not check the login now: {reply}',
  messageRefused: 'The SMTP server refused the message: {reply}',
  tryLater: 'The SMTP server asked to try again later: {reply}',
  badAddresses: 'The addresses are not valid: {reason}',
  interrupted: 'Sending was interrupted before the server confirmed it',
} as const;

export const AUTH_REFUSED_MESSAGE = SMTP_PHRASES.authRefused;

const asSmtpError = (error: unknown): SmtpError =>
  typeof error === 'object' && error !== null ? (error as SmtpError) : { message: String(error) };

/** Removes the password, in clear and as the base64 AUTH PLAIN/LOGIN send it, from a text. */
export function redactSecrets(text: string, settings: SmtpSettings): string {
  const { username, password } = settings;
  if (!password) return text;
  const forms = [
    password,
    Buffer.from(password).toString('base64'),
    Buffer.from(`\u0000${username}\u0000${password}`).toString('base64'),
  ];
  return forms.reduce((result, secret) => result.split(secret).join('***'), text);
}

/** What a user should read when the server could not be reached or spoken to at all. */
export function describeConnectionError(error: unknown, settings: SmtpSettings): string {
  const { host, port } = settings;
  const err = asSmtpError(error);
  const where = `${host}:${port}`;

  if (err.code === 'EAUTH') return AUTH_REFUSED_MESSAGE;
  const failure = networkFailureOf(error);
  if (failure?.kind === 'dns') {
    return phrase(SMTP_PHRASES.unknownHost, { host });
  }
  if (failure?.kind === 'timeout') {
    return phrase(SMTP_PHRASES.noAnswer, { where, seconds: SMTP_TIMEOUT_MS / 1000 });
  }
  if (failure && failure.kind !== 'tls' && failure.kind !== 'other') {
    return phrase(SMTP_PHRASES.unreachable, { where, reason: failure.reason });
  }
  if (err.code === 'ETLS' || /TLS|SSL|wrong version number/i.test(err.message ?? '')) {
    return phrase(SMTP_PHRASES.noSecureConnection, { where });
  }
  if (err.responseCode) {
    const reply = redactSecrets(err.response ?? err.message ?? '', settings);
    return phrase(SMTP_PHRASES.serverAnswered, { where, reply });
  }
  const reason = redactSecrets(err.message ?? 'unknown error', settings);
  return phrase(SMTP_PHRASES.cannotTalk, { where, reason });
}

function replyDetails(err: SmtpError, settings: SmtpSettings): Record<string, unknown> {
  return {
    responseCode: err.responseCode ?? null,
    smtpResponse: err.response ? redactSecrets(err.response, settings) : null,
    rejected: err.rejected ?? [],
  };
}

/**
 * Sorts a send failure into "try again later" and "will never work". SMTP says it in the
 * reply class: 4xx is temporary (greylisting, full mailbox, rate limit), 5xx is final.
 */
export function classifySendError(
  error: unknown,
  settings: SmtpSettings,
): PermanentDeliveryError | TransientDeliveryError {
  if (error instanceof PermanentDeliveryError || error instanceof TransientDeliveryError) {
    return error;
  }
  const err = asSmtpError(error);
  const details = replyDetails(err, settings);
  const reply = redactSecrets(err.response ?? err.message ?? '', settings);
  const code = err.responseCode ?? 0;

  if (err.code === 'EAUTH') {
    // 454 "temporary authentication failure" is the server's problem, not the password's.
    return code >= 400 && code < 500
      ? new TransientDeliveryError(phrase(SMTP_PHRASES.loginUnavailable, { reply }), details)
      : new PermanentDeliveryError(AUTH_REFUSED_MESSAGE, details);
  }
  if (code >= 500) {
    return new PermanentDeliveryError(phrase(SMTP_PHRASES.messageRefused, { reply }), details);
  }
  if (code >= 400) {
    return new TransientDeliveryError(phrase(SMTP_PHRASES.tryLater, { reply }), details);
  }
  if (err.code === 'EENVELOPE') {
    // Nodemailer refused the addresses before talking to the server: retrying cannot help.
    const reason = redactSecrets(err.message ?? '', settings);
    return new PermanentDeliveryError(phrase(SMTP_PHRASES.badAddresses, { reason }), details);
  }
  if (err.name === 'AbortError' || err.code === 'ABORT_ERR') {
    return new TransientDeliveryError(SMTP_PHRASES.interrupted, details);
  }
  // Connection refused, timeouts, resets, DNS: all of them may heal on their own.
  return new TransientDeliveryError(describeConnectionError(error, settings), details);
}
